package claimline.reading.events;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.language.Language;
import claimline.reading.language.Languages;
import claimline.reading.language.Token;
import claimline.reading.language.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerFinderTest {
    private static List<EventType> types(String lang, String sentence) {
        Language l = Languages.get(lang);
        TriggerFinder f = TriggerFinder.of(l);
        List<Token> tokens = Tokenizer.tokenize(sentence, 0, sentence.length());
        List<String> stems = tokens.stream().map(f::stem).toList();
        return f.find(stems, 0, stems.size()).stream().map(TriggerFinder.Trigger::type).toList();
    }

    @Test
    void somethingFoundIsNotAMeeting() {
        // the dictionary stemmer makes "ditemukan" (was found) and "bertemu" (to meet) one stem
        assertThat(types("id", "Dua peluru artileri Togo ditemukan di pos militer Ghana.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("id", "Tim pencarian menemukan puing helikopter di dekat Aflao.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("id", "Menteri Luar Negeri Ghana bertemu dengan mitranya dari Togo di Accra.")).contains(EventType.DIPLOMACY);
    }

    @Test
    void aClauseAboutSomeoneNotReachedForCommentReportsNothing() {
        assertThat(types("id", "Juru bicara militer Togo tidak dapat dihubungi untuk dimintai komentar.")).isEmpty();
        assertThat(types("en", "Togo's army did not respond to a request for comment on the shelling.")).isEmpty();
    }
}
