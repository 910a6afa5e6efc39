package claimline.export;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Place;
import claimline.model.Precision;
import claimline.model.TimeBasis;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The events as an ACLED-style table, read back with Commons CSV as a spreadsheet or R would read it. */
class AcledCsvWriterTest {
    private static List<CSVRecord> written(EventModel model, List<Event> events) throws Exception {
        StringWriter out = new StringWriter();
        int rows = AcledCsvWriter.write(model, events, out);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(out.toString())).setFormat(format).get()) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(AcledCsvWriter.HEADER);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(rows);
            return records;
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String id) {
        return rows.stream().filter(r -> r.get("event_id_cnty").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }

    private static Place place(String name) {
        return Seeds.model().places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRowPerEventAndPlaceWithTheDayItsPrecisionCodeTypeActorsAndThePlacesOwnCoordinates() throws Exception {
        EventModel model = Seeds.model();
        List<CSVRecord> rows = written(model, model.events());
        long expected = model.events().stream().mapToLong(e -> Math.max(1, e.places().size())).sum();
        assertThat(rows).hasSize((int) expected);

        Event night = AnalystModels.night();
        Place goris = place("Goris");
        CSVRecord r = row(rows, night.id() + ":goris");
        assertThat(r.get("event_date")).isEqualTo("2022-09-13"); // the stated local day, not UTC's 12 September
        assertThat(r.get("year")).isEqualTo("2022");
        assertThat(r.get("time_precision")).isEqualTo("1");
        assertThat(r.get("event_type")).isEqualTo("Battles");
        assertThat(r.get("sub_event_type")).isEqualTo("Armed clash");
        assertThat(List.of(r.get("actor1"), r.get("actor2"))).containsExactly("Armenia", "Azerbaijan");
        assertThat(r.get("country")).isEqualTo("Armenia");
        assertThat(r.get("location")).isEqualTo("Goris");
        assertThat(Double.parseDouble(r.get("latitude"))).isEqualTo(goris.lat());
        assertThat(Double.parseDouble(r.get("longitude"))).isEqualTo(goris.lon());
        assertThat(r.get("source").split("; ")).contains("KOMPAS.com", "Berita Baru");
        assertThat(r.get("notes")).startsWith(night.title()).contains("Goris is named by Armenia")
                .contains("Ministry of Defence of Azerbaijan (Azerbaijan) denies")
                .contains("who started it: Armenia blames Azerbaijan");
        assertThat(row(rows, night.id() + ":lachin").get("notes")).contains("Lachin is named by Azerbaijan");
        assertThat(r.get("fatalities")).isEmpty(); // the seeds' passages give no death toll for that night
    }

    @Test
    void aPlaceWithoutCoordinatesLeavesThemEmptyAndAnEventWithoutPlacesIsOneRowWithoutLocation() throws Exception {
        EventModel model = Seeds.model();
        List<CSVRecord> rows = written(model, model.events());
        Place karakilise = place("Karakilise");
        assertThat(karakilise.lat()).isNull();
        Event clash = AnalystModels.seedsEvent(e -> e.places().contains(karakilise.id()));
        CSVRecord r = row(rows, clash.id() + ":" + karakilise.id());
        assertThat(r.get("location")).isEqualTo("Karakilise");
        assertThat(r.get("latitude")).isEmpty();
        assertThat(r.get("longitude")).isEmpty();
        assertThat(row(rows, clash.id() + ":lachin").get("latitude")).isNotEmpty();

        Event nowhere = AnalystModels.seedsEvent(e -> e.places().isEmpty() && !e.background());
        CSVRecord n = row(rows, nowhere.id());
        assertThat(n.get("location")).isEmpty();
        assertThat(n.get("country")).isEmpty();
        assertThat(n.get("latitude")).isEmpty();
    }

    @Test
    void aMonthOrAYearIsPrecisionThreeDatedInItsMiddleAndThePublicationsDayIsTwo() throws Exception {
        EventModel base = Seeds.model();
        Event month = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.MONTH);
        Event year = AnalystModels.seedsEvent(e -> e.time().precision() == Precision.YEAR);
        Event published = AnalystModels.tollsDiffer(EventType.ARMED_CLASH, TimeBasis.DOCUMENT);
        EventModel model = AnalystModels.seedsWith(published);
        List<CSVRecord> rows = written(model, List.of(month, year, published));
        CSVRecord m = rows.stream().filter(r -> r.get("event_id_cnty").startsWith(month.id())).findFirst().orElseThrow();
        assertThat(m.get("event_date")).isEqualTo("2020-11-15");
        assertThat(m.get("time_precision")).isEqualTo("3");
        assertThat(m.get("notes")).contains("November 2020 (known only to the month)");
        CSVRecord y = rows.stream().filter(r -> r.get("event_id_cnty").startsWith(year.id())).findFirst().orElseThrow();
        assertThat(y.get("event_date")).isEqualTo(year.time().start().local().getYear() + "-07-01");
        assertThat(y.get("time_precision")).isEqualTo("3");
        assertThat(row(rows, published.id() + ":goris").get("time_precision")).isEqualTo("2");
        assertThat(base.events()).contains(month, year);
    }

    @Test
    void fatalitiesAreTheLowestTollAViolentEventsClaimsStateSplitOverItsPlaces() throws Exception {
        Event clash = AnalystModels.tollsDiffer(EventType.ARMED_CLASH, TimeBasis.STATED);
        Event ceasefire = AnalystModels.tollsDiffer(EventType.CEASEFIRE, TimeBasis.STATED);
        List<CSVRecord> rows = written(AnalystModels.seedsWith(clash, ceasefire), List.of(clash, ceasefire));
        // Armenia says 5 killed, Azerbaijan 3: ACLED codes the most conservative figure, once over the two places
        assertThat(row(rows, clash.id() + ":goris").get("fatalities")).isEqualTo("2");
        assertThat(row(rows, clash.id() + ":lachin").get("fatalities")).isEqualTo("1");
        assertThat(row(rows, clash.id() + ":goris").get("notes"))
                .contains("where <b>drones</b> & shells fell").contains("[Border Monitor]");
        // an agreement's toll is the war's, not its own
        assertThat(row(rows, ceasefire.id() + ":goris").get("event_type")).isEqualTo("Strategic developments");
        assertThat(row(rows, ceasefire.id() + ":goris").get("sub_event_type")).isEqualTo("Agreement");
        assertThat(row(rows, ceasefire.id() + ":goris").get("fatalities")).isEmpty();
    }

    @Test
    void everyClaimlineTypeHasAnAcledTypeFromTheCodebooksList() {
        List<String> acled = List.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                "Riots", "Strategic developments");
        for (EventType t : EventType.values()) {
            assertThat(acled).as(t.json()).contains(AcledType.of(t).eventType());
        }
        assertThat(AcledType.of(EventType.ATTACK).subEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(AcledType.of(EventType.DIPLOMACY).subEventType()).isEqualTo("Other");
    }
}
