package claimline.reading.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import claimline.reading.DocumentReader;
import org.junit.jupiter.api.Test;

/** A mistake in the assets fails loudly when they are loaded, naming the file and the entry. */
class LexiconFileTest {
    @Test
    void aMisspeltKeyFailsTheLoad() {
        LexiconFile f = LexiconFile.open("lexicon/test/misspelt.json");
        assertThat(f.numbers("months")).containsEntry("januari", 1);
        assertThatThrownBy(f::finish).hasMessageContaining("lexicon/test/misspelt.json").hasMessageContaining("wekdays");
    }

    @Test
    void aWordListEntryTheTokenizerCannotMatchFailsTheLoad() {
        LexiconFile f = LexiconFile.open("lexicon/test/two-words.json");
        assertThatThrownBy(() -> f.words("verbs")).hasMessageContaining("\"went on\"");
        assertThatThrownBy(() -> f.words("caps")).hasMessageContaining("\"Kata\"");
    }

    @Test
    void aMissingKeyFailsTheLoad() {
        assertThatThrownBy(() -> LexiconFile.open("lexicon/test/misspelt.json").words("verbs"))
                .hasMessageContaining("missing key \"verbs\"");
    }

    @Test
    void everyLanguageOfTheRegistryLoadsItsLexiconsStrictly() {
        assertThat(Languages.all()).extracting(Language::code).containsExactly("en", "id");
        new DocumentReader(2026); // loads every language's lexicons, and throws on any mistake in them
        assertThat(Languages.get("id").stemmer().stem("menembaki")).isEqualTo("tembak");
        assertThat(Languages.get("en").stemmer().stem("shelling")).isEqualTo("shell");
    }
}
