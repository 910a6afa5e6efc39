package claimline.reading.events;

import claimline.reading.language.Languages;
import claimline.reading.language.Tokenizer;
import claimline.reading.language.Token;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trigger rules on sentences written for the tests, from several border conflicts. */
class TriggerFinderTest {
    private static EventType typeOf(String language, String sentence) {
        TriggerFinder f = TriggerFinder.of(Languages.get(language));
        List<Token> tokens = Tokenizer.tokenize(sentence, 0, sentence.length());
        List<String> stems = tokens.stream().map(f::stem).toList();
        List<TriggerFinder.Trigger> t = f.find(stems, 0, stems.size());
        return t.isEmpty() ? null : t.get(0).type();
    }

    @Test
    void indonesianStemsMatchAffixedForms() {
        assertThat(typeOf("id", "Pasukan Tajikistan menembaki pos perbatasan Kirgistan.")).isEqualTo(EventType.ATTACK);
        assertThat(typeOf("id", "Bentrokan pecah di perbatasan Thailand dan Kamboja.")).isEqualTo(EventType.ARMED_CLASH);
        assertThat(typeOf("id", "Dua tentara India tewas di Poonch.")).isEqualTo(EventType.CASUALTIES);
        assertThat(typeOf("id", "Kedua menteri berbicara melalui telepon.")).isEqualTo(EventType.DIPLOMACY);
        assertThat(typeOf("id", "Gencatan senjata berlaku sejak pagi.")).isEqualTo(EventType.CEASEFIRE);
        assertThat(typeOf("id", "Kamboja menuduh Thailand melanggar gencatan senjata.")).isEqualTo(EventType.CEASEFIRE_VIOLATION);
    }

    @Test
    void aNegatedTriggerDoesNotCount() {
        assertThat(typeOf("id", "Situasi tenang tanpa ada baku tembak.")).isNull();
        assertThat(typeOf("en", "The night passed with no shelling.")).isNull();
    }

    @Test
    void anAppealToStopTheFightingIsAStatementNotFighting() {
        assertThat(typeOf("id", "Sekjen PBB menyerukan penghentian segera permusuhan di perbatasan Kirgistan-Tajikistan."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(typeOf("id", "Malaysia meminta Thailand dan Kamboja untuk menyelesaikan sengketa setelah perang singkat itu."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(typeOf("en", "The EU urged both sides to halt the fighting near Kotli."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(typeOf("en", "Pakistan's army said Indian troops shelled villages near Kotli."))
                .isEqualTo(EventType.ATTACK);
    }

    @Test
    void englishFormsAreStemmed() {
        assertThat(typeOf("en", "Kyrgyz border guards clashed with Tajik troops.")).isEqualTo(EventType.ARMED_CLASH);
        assertThat(typeOf("en", "Three civilians were killed in the shelling.")).isIn(EventType.ATTACK, EventType.CASUALTIES);
        assertThat(typeOf("en", "Armenia asked Russia for military assistance under the treaty."))
                .isEqualTo(EventType.REQUEST_ASSISTANCE);
    }
}
