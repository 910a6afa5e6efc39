package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Document;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.TimePoint;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.ReportChronology;
import claimline.viewmodel.ReportChronology.Change;
import claimline.viewmodel.ReportChronology.Entry;
import claimline.viewmodel.ReportChronology.Lag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When each version was reported, in the interface's words and with its dates as the other views write them. */
class ReportTextsTest {
    private static final ZoneOffset CAUCASUS = ZoneOffset.ofHours(4);
    private final ModelIndex index = new ModelIndex(Seeds.model());

    private static TimePoint minute(int day, int hour, int minute) {
        return TimePoint.clock(LocalDate.of(2022, 9, day), LocalTime.of(hour, minute), CAUCASUS, Precision.MINUTE);
    }

    private static ReportChronology chronology(List<Entry> entries, Lag lag, int undated) {
        return new ReportChronology(Seeds.model().events().get(0), List.of(), entries, lag, undated);
    }

    private static final List<Entry> NIGHT = List.of(
            new Entry(Change.FIRST, "ARM", minute(13, 2, 10), false, null, null),
            new Entry(Change.FIRST, "AZE", minute(13, 9, 30), true, null, null),
            new Entry(Change.TOLL, "ARM", TimePoint.day(LocalDate.of(2022, 9, 16)), false, "49 killed", "105 killed"),
            new Entry(Change.UNDATED, "RUS", null, false, null, null));

    @Test
    void theChronologyReadsPartyByPartyInTimeOrderWithDenialsRevisedTollsAndUnknownTimes() {
        assertThat(ReportTexts.line(chronology(NIGHT, new Lag(ChronoUnit.HOURS, 2), 1), index)).isEqualTo(
                "Armenia 13 Sep 2022, 02:10 (UTC+4) · Azerbaijan 13 Sep 2022, 09:30 (UTC+4) denies"
                        + " · Armenia: toll revised 16 Sep 2022 (49 killed → 105 killed)"
                        + " · Russia: publication time unknown");
        ReportChronology c = chronology(NIGHT, new Lag(ChronoUnit.HOURS, 2), 1);
        assertThat(ReportTexts.ofParty(c, "ARM")).isEqualTo(
                "first reported 13 Sep 2022, 02:10 (UTC+4) · toll revised 16 Sep 2022 (49 killed → 105 killed)");
        assertThat(ReportTexts.ofParty(c, "AZE")).isEqualTo("first reported 13 Sep 2022, 09:30 (UTC+4), denying");
        assertThat(ReportTexts.ofParty(c, "RUS")).isEqualTo("publication time unknown");
        assertThat(ReportTexts.ofParty(c, "USA")).isEmpty();
    }

    @Test
    void theLagSaysHowLongAfterTheHappeningItWasFirstReported() {
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.HOURS, 7))).isEqualTo("first reported 7 h after");
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.MINUTES, 35))).isEqualTo("first reported 35 min after");
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.DAYS, 0))).isEqualTo("first reported the same day");
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.DAYS, 1))).isEqualTo("first reported 1 day after");
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.YEARS, 27))).isEqualTo("first reported 27 years after");
        assertThat(ReportTexts.lag(new Lag(ChronoUnit.HOURS, -4)))
                .isEqualTo("first reported before the time given for it");
        assertThat(ReportTexts.lag(null)).isEqualTo("no report has a publication time");
        assertThat(ReportTexts.firstReport(chronology(NIGHT, new Lag(ChronoUnit.HOURS, 7), 3)))
                .isEqualTo("first reported 7 h after · 3 reports without a publication time");
        assertThat(ReportTexts.undated(1)).isEqualTo("1 report without a publication time");
        assertThat(ReportTexts.undated(0)).isEmpty();
    }

    @Test
    void aPassageOfAnArticleWithoutAPublicationTimeSaysSoAndOneWithAMomentGivesIt() {
        Document undated = new Document("x", "x.txt", "T", "KOMPAS.com", "id", Published.unknown("no date"), "x",
                List.of());
        assertThat(Formats.outletAndDate(undated)).isEqualTo("KOMPAS.com · publication time unknown");
        Document page = undated.withPublished(new Published(LocalDate.of(2022, 9, 13), PublishedBasis.METADATA,
                "article:published_time", OffsetDateTime.of(2022, 9, 13, 15, 20, 0, 0, ZoneOffset.ofHours(7))));
        assertThat(Formats.outletAndDate(page)).isEqualTo("KOMPAS.com · 13 Sep 2022, 15:20 (UTC+7)");
    }

    @Test
    void inIndonesianTheChronologyAndTheLagAreIndonesian() {
        Messages.use(Locale.forLanguageTag("id"));
        try {
            assertThat(ReportTexts.line(chronology(NIGHT.subList(0, 2), new Lag(ChronoUnit.DAYS, 0), 0), index))
                    .isEqualTo("Armenia pada 13 Sep 2022, pukul 02.10 (UTC+4) · Azerbaijan pada 13 Sep 2022, pukul 09.30"
                            + " (UTC+4) membantah");
            assertThat(ReportTexts.lag(new Lag(ChronoUnit.DAYS, 0))).isEqualTo("pertama dilaporkan pada hari yang sama");
            assertThat(ReportTexts.undated(3)).isEqualTo("3 laporan tanpa waktu terbit");
        } finally {
            Messages.use(Locale.ENGLISH);
        }
    }
}
