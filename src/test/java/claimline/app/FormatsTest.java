package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Disagreement;
import claimline.model.Document;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import claimline.viewmodel.Contest;
import claimline.viewmodel.ModelIndex;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the views say about times, outlets and disagreements: words, never raw codes. No toolkit needed. */
class FormatsTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 13);
    private final ModelIndex index = new ModelIndex(Seeds.model());

    @Test
    void timesAreInWordsAtTheirPrecisionWithTheirOffsetAndHowTheyWereFound() {
        TimePoint night = TimePoint.clock(DAY, LocalTime.of(0, 5), ZoneOffset.ofHours(4), Precision.MINUTE);
        assertThat(Formats.timeAndBasis(new EventTime(night, null, TimeBasis.STATED, "pukul 00:05")))
                .isEqualTo("13 Sep 2022, 00:05 (UTC+4) · time stated in the text");
        TimePoint morning = TimePoint.clock(DAY.minusDays(1), LocalTime.of(8, 0), ZoneOffset.ofHours(4),
                Precision.PART_OF_DAY);
        assertThat(Formats.point(morning)).isEqualTo("12 Sep 2022, around 08:00 (UTC+4)");
        assertThat(Formats.point(TimePoint.day(DAY))).isEqualTo("13 Sep 2022");
        assertThat(Formats.point(TimePoint.month(2020, 11))).isEqualTo("Nov 2020");
        assertThat(Formats.point(TimePoint.year(1994))).isEqualTo("1994");
        assertThat(Formats.time(new EventTime(TimePoint.day(DAY.minusDays(1)), TimePoint.day(DAY), TimeBasis.RELATIVE,
                ""))).isEqualTo("12 Sep 2022 – 13 Sep 2022");
        for (TimeBasis b : TimeBasis.values()) {
            assertThat(Formats.basis(b)).isNotEqualTo(b.json()).contains(" ").doesNotStartWith("basis.");
        }
        for (Precision p : Precision.values()) {
            assertThat(Formats.precision(p)).startsWith("to the").doesNotContain("_");
        }
        for (EventType t : EventType.values()) {
            assertThat(Formats.type(t)).doesNotContain("_").doesNotStartWith("type.");
        }
    }

    @Test
    void aDocumentWithoutANamedOutletShowsItsFileNameAndPublicationDatesAreInWords() {
        Document unnamed = new Document("002_fa01", "sub/002_fa01.txt", null, null, "id",
                new Published(DAY, PublishedBasis.INFERRED, "follows the date it gives (2022-09-12)"), "x", List.of());
        assertThat(Formats.outletAndDate(unnamed)).isEqualTo("002_fa01.txt · 13 Sep 2022");
        assertThat(Formats.heading(unnamed)).isEqualTo("002_fa01.txt");
        assertThat(Formats.published(unnamed)).isEqualTo("published 13 Sep 2022, worked out from the text");
        assertThat(Formats.isoDatesInWords(unnamed.published().evidence()))
                .isEqualTo("follows the date it gives (12 Sep 2022)");
        Document named = new Document("004", "004.txt", "Bentrok", "KOMPAS.com", "id",
                new Published(DAY, PublishedBasis.STATED, ""), "x", List.of());
        assertThat(Formats.heading(named)).isEqualTo("Bentrok — KOMPAS.com");
        assertThat(Formats.published(named)).isEqualTo("published 13 Sep 2022, as the article states");
        assertThat(index.actorName("media-doc-002-fa0108434b0a3076")).isEqualTo("002_fa0108434b0a3076.txt");
        assertThat(index.actorName("media-kompas-com")).isEqualTo("KOMPAS.com");
    }

    @Test
    void disagreementsAndWhyAnEventIsContestedAreSentencesNamingTheParties() {
        Disagreement time = new Disagreement(Fact.TIME, Map.of("ARM", "2022-09-13"));
        assertThat(Formats.disagreement(time, index)).isEqualTo("Time: Armenia dates it 13 Sep 2022");
        Disagreement blame = new Disagreement(Fact.BLAME, Map.of("AZE", "ARM"));
        assertThat(Formats.disagreement(blame, index)).isEqualTo("Who started it: Azerbaijan blames Armenia");
        Disagreement denial = new Disagreement(Fact.DENIAL, Map.of("aze-mod", "denies the account"));
        assertThat(Formats.disagreement(denial, index))
                .isEqualTo("Denial: Ministry of Defence of Azerbaijan denies the account");
        assertThat(Formats.factValue(Fact.SCALE, "limited", index::nameOf)).isEqualTo("calls it limited");
        Contest c = new Contest(List.of(new Contest.Reason(Fact.PLACES, List.of("ARM", "AZE"), List.of()),
                new Contest.Reason(Fact.BLAME, List.of("ARM", "AZE", "USA"), List.of()),
                new Contest.Reason(Fact.DENIAL, List.of("AZE"), List.of("ARM", "USA"))));
        assertThat(Formats.contest(c, index)).isEqualTo("Contested: Armenia and Azerbaijan name different places; "
                + "Armenia, Azerbaijan and United States blame different sides for starting it; "
                + "Azerbaijan denies the account of Armenia and United States");
        assertThat(Formats.contest(new Contest(List.of()), index)).isEmpty();
    }

    @Test
    void theEditDialogListsActorsByNameAndReadsNamesBackToIds() {
        Map<String, String> names = NameList.unique(new java.util.LinkedHashMap<>(Map.of(
                "arm-mod", "Ministry of Defence of Armenia", "aze", "Azerbaijan", "x1", "Twin", "x2", "Twin")));
        assertThat(NameList.of(List.of("arm-mod", "aze", "x1"), names::get))
                .isEqualTo("Ministry of Defence of Armenia, Azerbaijan, x1");
        assertThat(NameList.ids("ministry of defence of armenia,  Azerbaijan, x1, aze, Somewhere new", names))
                .containsExactly("arm-mod", "aze", "x1", "Somewhere new");
        assertThat(Formats.problemKind(claimline.model.ProblemKind.TOO_LARGE)).isEqualTo("too large");
    }

    @Test
    void inIndonesianTheFactsAndWhyAnEventIsContestedAreInIndonesian() {
        Messages.use(java.util.Locale.forLanguageTag("id"));
        try {
            assertThat(Formats.factValue(Fact.BLAME, "AZE", index::nameOf)).isEqualTo("menyalahkan Azerbaijan");
            assertThat(Formats.factValue(Fact.SCALE, "large-scale, limited", index::nameOf))
                    .isEqualTo("menyebutnya berskala besar, terbatas");
            assertThat(Formats.contest(new Contest(List.of(new Contest.Reason(Fact.PLACES, List.of("ARM", "AZE"),
                    List.of()))), index)).isEqualTo("Diperdebatkan: Armenia dan Azerbaijan menyebut tempat yang berbeda");
            assertThat(Formats.point(TimePoint.clock(DAY, LocalTime.of(0, 5), ZoneOffset.ofHours(4), Precision.MINUTE)))
                    .isEqualTo("13 Sep 2022, pukul 00.05 (UTC+4)");
        } finally {
            Messages.use(java.util.Locale.ENGLISH);
        }
    }
}
