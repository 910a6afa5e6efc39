package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word of fighting made a figure of speech by its neighbour is no fighting: "an uphill battle to hold onto power",
 * "a trade war", "the Cold War", "perang dagang", "Perang Dingin". The same word alone still is. Togo and Ghana, which
 * the gazetteer has no entry for.
 */
class FigurativeFightTest {
    private static boolean fighting(String text) {
        return OneArticle.mentions(text).stream().anyMatch(m -> m.type() == EventType.ARMED_CLASH);
    }

    @Test
    void aFigureOfSpeechIsNoFighting() {
        for (String text : List.of(
                "LOME, May 6, 2025 - Togo's president faces an uphill battle to hold onto power in the election.\n",
                "LOME, May 6, 2025 - Togo and Ghana have waged a trade war over cocoa since Monday.\n",
                "LOME, 6 Mei 2025 - Togo dan Ghana terlibat perang dagang soal kakao sejak Senin.\n",
                "LOME, 6 Mei 2025 - Ranjau itu ditanam di perbatasan Togo pada puncak Perang Dingin.\n")) {
            assertThat(fighting(text)).as(text).isFalse();
        }
    }

    @Test
    void theSameWordsTellFightingWhereTheyDo() {
        for (String text : List.of(
                "LOME, May 6, 2025 - Togolese and Ghanaian troops fought a battle near Aflao on Monday.\n",
                "LOME, 6 Mei 2025 - Perang antara tentara Togo dan Ghana pecah di dekat Aflao pada Senin.\n")) {
            assertThat(fighting(text)).as(text).isTrue();
        }
    }
}
