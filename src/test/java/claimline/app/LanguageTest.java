package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language the interface starts in (no toolkit needed). */
class LanguageTest {
    @Test
    void withNoChoiceRememberedTheSystemLanguageDecides() {
        assertThat(Language.choose(null, Locale.forLanguageTag("id-ID"))).isEqualTo(Language.INDONESIAN);
        assertThat(Language.choose(null, new Locale("in", "ID"))).as("Java's old code for Indonesian")
                .isEqualTo(Language.INDONESIAN);
        assertThat(Language.choose(null, Locale.US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose(null, Locale.forLanguageTag("ms-MY"))).as("a language we do not speak")
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void aRememberedChoiceWinsOverTheSystem() {
        assertThat(Language.choose("en", Locale.forLanguageTag("id-ID"))).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose("id", Locale.US)).isEqualTo(Language.INDONESIAN);
        assertThat(Language.choose("xx", Locale.forLanguageTag("id"))).as("a choice we no longer know")
                .isEqualTo(Language.INDONESIAN);
    }
}
