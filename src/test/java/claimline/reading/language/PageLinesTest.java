package claimline.reading.language;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Span;
import org.junit.jupiter.api.Test;

/** The lines of a page, as the stages that look at lines (stamps, captions, sub-headings) ask for them. */
class PageLinesTest {
    private static final String PAGE = "Lima | 3 May\nTroops crossed near Tumbes.\n\nQuito denied it.";

    @Test
    void anOffsetStandsOnTheLineThatHoldsIt() {
        PageLines lines = new PageLines(PAGE);
        int tumbes = PAGE.indexOf("Tumbes");
        assertThat(lines.count()).isEqualTo(4);
        assertThat(PAGE.substring(lines.lineStart(tumbes), lines.lineEnd(tumbes))).isEqualTo("Troops crossed near Tumbes.");
        assertThat(lines.line(lines.lineOf(PAGE.indexOf("Quito")))).isEqualTo("Quito denied it.");
        assertThat(lines.line(2)).isEmpty();
    }

    @Test
    void theLineBreakBelongsToTheLineItEnds() {
        PageLines lines = new PageLines(PAGE);
        int firstBreak = PAGE.indexOf('\n');
        assertThat(lines.lineOf(firstBreak)).isZero();
        assertThat(lines.lineEnd(firstBreak)).isEqualTo(firstBreak);
        assertThat(lines.lineOf(firstBreak + 1)).isEqualTo(1);
        assertThat(lines.lineEnd(PAGE.length())).isEqualTo(PAGE.length());
    }

    @Test
    void aSpanIsTheWholeLineWhenOnlyWhiteSpaceStandsAroundIt() {
        String page = "Header\n   3 May 2021  \nText on.";
        PageLines lines = new PageLines(page);
        int at = page.indexOf("3 May");
        assertThat(lines.wholeLine(new Span(at, at + "3 May 2021".length()))).isTrue();
        assertThat(lines.wholeLine(new Span(at, at + "3 May".length()))).isFalse();
    }

    @Test
    void aTextWithoutLineBreaksIsOneLine() {
        PageLines lines = new PageLines("no break at all");
        assertThat(lines.count()).isEqualTo(1);
        assertThat(lines.lineStart(5)).isZero();
        assertThat(lines.lineEnd(5)).isEqualTo(15);
    }
}
