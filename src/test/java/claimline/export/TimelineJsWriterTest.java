package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.TimeBasis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events as a TimelineJS3 timeline, read back with Jackson as TimelineJS reads its JSON. */
class TimelineJsWriterTest {
    private static JsonNode written(EventModel model, List<Event> events) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJsWriter.write(model, events, "seeds", out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static JsonNode slide(JsonNode root, String id) {
        for (JsonNode s : root.get("events")) {
            if (s.get("unique_id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no slide " + id);
    }

    private static List<String> fields(JsonNode date) {
        List<String> names = new ArrayList<>();
        date.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void oneSlidePerEventGivenWithATitleSlideAndEverySlideHasWhatTimelineJsRequires() throws Exception {
        EventModel model = Seeds.model();
        JsonNode root = written(model, model.events());
        assertThat(root.get("title").get("text").get("headline").asText()).isEqualTo("seeds");
        assertThat(root.get("title").get("text").get("text").asText()).contains(model.events().size() + " events");
        assertThat(root.get("events")).hasSize(model.events().size());
        List<String> ids = new ArrayList<>();
        for (JsonNode s : root.get("events")) {
            ids.add(s.get("unique_id").asText());
            assertThat(s.get("start_date").get("year").isInt()).isTrue();
            assertThat(s.get("text").get("headline").asText()).isNotBlank();
            assertThat(s.get("group").asText()).isNotBlank();
        }
        assertThat(ids).containsExactlyElementsOf(model.events().stream().map(Event::id).toList());

        // the app writes the events its filter shows: only those are slides
        List<Event> shown = model.events().stream().filter(e -> !e.background()).toList();
        assertThat(written(model, shown).get("events")).hasSize(shown.size()).hasSizeLessThan(model.events().size());
    }

    @Test
    void aSlidesDateIsAtTheEventsPrecisionAndNoFiner() throws Exception {
        EventModel model = Seeds.model();
        JsonNode root = written(model, model.events());
        Event november2020 = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.MONTH);
        JsonNode month = slide(root, november2020.id()).get("start_date");
        assertThat(fields(month)).containsExactly("year", "month");
        assertThat(month.get("year").asInt()).isEqualTo(2020);
        assertThat(month.get("month").asInt()).isEqualTo(11);

        Event year = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.YEAR);
        assertThat(fields(slide(root, year.id()).get("start_date"))).containsExactly("year");

        Event day = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.DAY);
        assertThat(fields(slide(root, day.id()).get("start_date"))).containsExactly("year", "month", "day");

        // the night of 13 September: the clock time the parties stated, its offset in the date shown
        JsonNode night = slide(root, AnalystModels.night().id());
        assertThat(night.get("start_date").get("day").asInt()).isEqualTo(13);
        assertThat(night.get("start_date").get("hour").asInt()).isZero();
        assertThat(night.get("start_date").get("minute").asInt()).isEqualTo(5);
        assertThat(night.get("display_date").asText()).isEqualTo("13 Sep 2022, 00:05 (UTC+4)");

        // a part of the day has its conventional hour to order the day, no minute, and says "around"
        Event morning = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.PART_OF_DAY);
        JsonNode part = slide(root, morning.id());
        assertThat(fields(part.get("start_date"))).containsExactly("year", "month", "day", "hour");
        assertThat(part.get("display_date").asText()).contains("around");
        assertThat(slide(root, day.id()).has("display_date")).isFalse();
    }

    @Test
    void theGroupIsThePartiesThatClaimAboutTheEventAndTheTextQuotesEachPassageWithPartyStanceAndOutlet()
            throws Exception {
        EventModel model = Seeds.model();
        JsonNode night = slide(written(model, model.events()), AnalystModels.night().id());
        // the sides and the third states that tell of it, sorted; outlets are no group
        assertThat(night.get("group").asText().split(", ")).contains("Armenia", "Azerbaijan", "United States")
                .isSorted().noneMatch(g -> g.contains("KOMPAS") || g.startsWith("media"));
        String text = night.get("text").get("text").asText();
        assertThat(text).contains("<b>Armenia</b> · Ministry of Defence of Armenia asserts · <i>KOMPAS.com, 13 Sep 2022")
                .contains("<b>Azerbaijan</b> · Ministry of Defence of Azerbaijan denies")
                .contains("Goris, Sotk, dan Jermuk")
                .contains("Where the versions differ").contains("Azerbaijan blames Armenia");
        long passages = AnalystModels.night().claims().stream().mapToLong(c -> c.sources().size()).sum();
        assertThat(text.split("<br>“", -1)).hasSize((int) passages + 1);

        // history told only by outlets in their own voice: no party claims it
        Event outletsOnly = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.YEAR
                && e.claims().stream().allMatch(c -> model.sideOf(c.claimant()) == null));
        assertThat(slide(written(model, model.events()), outletsOnly.id()).get("group").asText())
                .isEqualTo(TimelineJsWriter.OUTLETS_ONLY);
    }

    @Test
    void aPassageWithMarkupIsEscapedSoTimelineJsShowsItsWords() throws Exception {
        Event toll = AnalystModels.tollsDiffer(EventType.ARMED_CLASH, TimeBasis.STATED);
        EventModel model = AnalystModels.seedsWith(toll);
        String text = slide(written(model, List.of(toll)), toll.id()).get("text").get("text").asText();
        assertThat(text).contains("where &lt;b&gt;drones&lt;/b&gt; &amp; shells fell")
                .doesNotContain("<b>drones</b>").contains("<i>Border Monitor, 14 Sep 2022</i>");
        assertThat(written(model, List.of(toll)).get("events")).hasSize(1);
    }
}
