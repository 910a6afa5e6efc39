package claimline.reading.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A date-line pattern that can only match at a line's start is tried there alone; one that has an alternative outside
 * a group ("^a|b") can match anywhere and is searched for.
 */
class AnchoredPatternTest {
    @Test
    void onlyAPatternOpeningWithACaretAndNoTopLevelAlternativeIsAnchored() {
        assertThat(DocumentShape.anchoredAtStart("^(?<place>\\p{Lu}+)\\s+-")).isTrue();
        assertThat(DocumentShape.anchoredAtStart("^(?:LIMA|QUITO) - ")).isTrue();
        assertThat(DocumentShape.anchoredAtStart("^[|(]x")).isTrue();
        assertThat(DocumentShape.anchoredAtStart("^a\\|b")).isTrue();
        assertThat(DocumentShape.anchoredAtStart("^LIMA - |QUITO - ")).isFalse();
        assertThat(DocumentShape.anchoredAtStart("LIMA - ")).isFalse();
    }

    @Test
    void aDatelineIsFoundTheSameWayOnTheLineItOpens() {
        String text = "Headline on the border\nLIMA (AP) - Ecuadorian troops fired on a Peruvian post.\n";
        DocumentShape.Dateline d = DocumentShape.dateline(text);
        assertThat(d).isNotNull();
        assertThat(d.span().of(text)).startsWith("LIMA");
    }
}
