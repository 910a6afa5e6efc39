package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fight an article dates to its day and a source dates by counting days back ("three days ago", counted from when
 * the article appeared, not from when the source spoke): one happening told two ways, on the day the article states
 * (reading guide 2 and 4). Honduras–Nicaragua, which the gazetteer has no entry for.
 */
class CountedDaysTest extends ReadsArticleClasses {
    @Override
    List<String> articles() {
        return List.of("counted-days");
    }

    @Test
    void aDayCountedBackJoinsTheStatedDayOfTheFightAtThatPlace() {
        for (String lang : List.of("id", "en")) {
            List<Event> violent = eventsOf("counted-days-" + lang).stream().filter(e -> e.type().isViolence()).toList();
            assertThat(violent).as(lang).hasSize(1);
            Event clash = violent.get(0);
            assertThat(clash.time().start().iso()).as(lang).isEqualTo("2025-05-14");
            // the name given a place word once ("desa Guasaule") is that place when named again alone
            assertThat(clash.places()).as(lang).contains("place-guasaule");
            String text = model.documentsById().get("counted-days-" + lang).text();
            assertThat(clash.sources()).as(lang).anySatisfy(s -> assertThat(text.substring(s.start(), s.end()))
                    .containsAnyOf("tiga hari lalu", "three days ago"));
            // "told the media today that the fighting took place five days ago": today dates the telling
            assertThat(clash.sources()).as(lang).anySatisfy(s -> assertThat(text.substring(s.start(), s.end()))
                    .containsAnyOf("lima hari lalu", "five days ago"));
        }
    }
}
