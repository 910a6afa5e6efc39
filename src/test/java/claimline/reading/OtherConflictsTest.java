package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.CorpusReader;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Stance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on articles written for the tests (src/test/resources/articles), about conflicts other than the seeds',
 * in English and Indonesian: the reader must not depend on the seeds.
 */
class OtherConflictsTest {
    @TempDir
    static Path dir;
    private static EventModel model;

    @BeforeAll
    static void read() throws Exception {
        for (String name : List.of("kgz-tjk-en.txt", "tha-khm-id.txt")) {
            try (var in = OtherConflictsTest.class.getResourceAsStream("/articles/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        model = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(dir));
    }

    private static Document doc(String id) {
        return model.documentsById().get(id);
    }

    private static Set<String> parties(Event e, Stance stance) {
        return e.claims().stream().filter(c -> c.stance() == stance).map(c -> model.partyOf(c.claimant()))
                .collect(Collectors.toSet());
    }

    private static List<String> passages(Event e) {
        return e.sources().stream().map(s -> model.documentsById().get(s.document()).text().substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void anEnglishWireStoryWithoutAYearIsDatedByItsWeekdayAndTheOfficeOfThePeopleItNames() {
        Document d = doc("kgz-tjk-en");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.outlet()).isEqualTo("Border Monitor");
        // "BISHKEK, Sept 16 (Border Monitor)": the dateline states the day; the year is the one its weekday and the
        // terms of office of the people named allow
        assertThat(d.published().date()).hasToString("2022-09-16");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        assertThat(d.published().evidence()).contains("dateline").contains("weekday");
    }

    @Test
    void bothSidesOfTheBorderShellingAreOneEventWithTheExactInstant() {
        List<Event> violence = model.events().stream().filter(e -> e.type().isViolence()
                && e.sources().stream().allMatch(s -> s.document().equals("kgz-tjk-en"))).toList();
        assertThat(violence).hasSize(1);
        Event clash = violence.get(0);
        assertThat(clash.time().start().iso()).isEqualTo("2022-09-16T06:30+06:00");
        assertThat(parties(clash, Stance.ASSERTS)).contains("KGZ");
        assertThat(parties(clash, Stance.DENIES)).contains("TJK");
        assertThat(clash.places()).contains("batken", "isfara");
        assertThat(clash.disagreements()).anyMatch(x -> x.fact() == Fact.DENIAL);
        assertThat(passages(clash)).anyMatch(p -> p.contains("opened fire first"));
        Claim kyrgyz = clash.claims().stream().filter(c -> model.partyOf(c.claimant()).equals("KGZ")).findFirst()
                .orElseThrow();
        assertThat(kyrgyz.sources()).extracting(Source::document).containsOnly("kgz-tjk-en");
    }

    @Test
    void thePhoneCallIsTalksBetweenThePresidentsThatEvening() {
        Event call = model.events().stream().filter(e -> e.type() == EventType.DIPLOMACY
                && e.sources().get(0).document().equals("kgz-tjk-en")).findFirst().orElseThrow();
        assertThat(call.actors()).contains("sadyr-japarov", "emomali-rahmon");
        assertThat(call.time().start().date()).hasToString("2022-09-16");
        assertThat(call.time().start().local().getHour()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void anIndonesianReportOfThaiCambodianFightingKeepsBothVersionsAndTheAppeal() {
        Document d = doc("tha-khm-id");
        assertThat(d.outlet()).isEqualTo("Kabar Dunia");
        assertThat(d.published().date()).hasToString("2025-07-24");
        assertThat(d.published().basis()).isEqualTo(PublishedBasis.STATED);
        List<Event> events = model.events().stream()
                .filter(e -> e.sources().stream().allMatch(s -> s.document().equals("tha-khm-id"))).toList();
        Event clash = events.stream().filter(e -> e.type().isViolence()).findFirst().orElseThrow();
        assertThat(clash.time().start().iso()).startsWith("2025-07-24T").endsWith("+07:00");
        assertThat(parties(clash, Stance.ASSERTS)).contains("THA");
        assertThat(parties(clash, Stance.DENIES)).contains("KHM");
        assertThat(events).filteredOn(e -> e.type() == EventType.STATEMENT)
                .anyMatch(e -> e.claims().stream().anyMatch(c -> model.partyOf(c.claimant()).equals("MYS")));
        assertThat(events).as("a spokesperson (juru bicara) is not talks").noneMatch(e -> e.type() == EventType.DIPLOMACY);
        assertThat(events).hasSize(2);
    }

    @Test
    void readMoreLinesAndCommentWidgetsAreNotRead() {
        assertThat(model.events()).allSatisfy(e -> assertThat(passages(e))
                .noneMatch(p -> p.startsWith("Read more") || p.startsWith("Baca juga") || p.startsWith("Comments")));
    }
}
