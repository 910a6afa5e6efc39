package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.Corpus;
import claimline.corpus.SourceText;
import claimline.model.Event;
import claimline.model.EventModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Local time" is the time where the fighting is, in any country: its zone comes from the countries data, and the
 * offset is the one in force that day (summer time included), not a fixed figure per state.
 */
class LocalTimeTest {
    private static Event violence(String text) {
        EventModel m = new CorpusAnalyzer(2026).analyze(new Corpus(List.of(new SourceText("t", "t.txt", text, null)),
                List.of()));
        return m.events().stream().filter(e -> e.type().isViolence()).findFirst().orElseThrow();
    }

    @Test
    void aCountryWithoutAHandMadeEntryHasItsOwnLocalTime() {
        Event e = violence("SEOUL, Kabar Semenanjung - Militer Korea Selatan mengatakan pasukan Korea Utara melepaskan "
                + "tembakan di dekat desa Cheorwon pada Senin (3/3/2025) pukul 14.00 waktu setempat.\n");
        assertThat(e.time().start().iso()).isEqualTo("2025-03-03T14:00+09:00");
    }

    @Test
    void summerTimeIsTheOffsetOfThatDay() {
        String winter = "BEIRUT, March 3 (Levant Wire) - Lebanon's army said Israeli drones struck a house in "
                + "southern Lebanon at 2 p.m. local time on Monday, March 3, 2025.\n";
        String summer = "BEIRUT, July 7 (Levant Wire) - Lebanon's army said Israeli drones struck a house in "
                + "southern Lebanon at 2 p.m. local time on Monday, July 7, 2025.\n";
        assertThat(violence(winter).time().start().iso()).isEqualTo("2025-03-03T14:00+02:00");
        assertThat(violence(summer).time().start().iso()).isEqualTo("2025-07-07T14:00+03:00");
    }
}
