package claimline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The interval a time point covers, in epoch seconds: a day, month or year ends where the next one begins. */
class TimePointTest {
    @Test
    void aDayEndsWhereTheNextDayBegins_acrossMonthsYearsAndLeapDays() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(1900, 1, 5)); d = d.plusDays(1)) {
            assertThat(TimePoint.day(d).endEpochSecond()).as(d.toString())
                    .isEqualTo(TimePoint.day(d.plusDays(1)).startEpochSecond());
        }
        for (LocalDate d = LocalDate.of(2023, 12, 20); d.isBefore(LocalDate.of(2024, 3, 5)); d = d.plusDays(1)) {
            assertThat(TimePoint.day(d).endEpochSecond()).as(d.toString())
                    .isEqualTo(TimePoint.day(d.plusDays(1)).startEpochSecond())
                    .isEqualTo(d.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        }
        assertThat(TimePoint.day(LocalDate.of(-44, 3, 15)).endEpochSecond())
                .isEqualTo(LocalDate.of(-44, 3, 16).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }

    @Test
    void monthsYearsAndClockTimesCoverTheirOwnLengths() {
        assertThat(TimePoint.month(2024, 2).endEpochSecond()).isEqualTo(TimePoint.month(2024, 3).startEpochSecond());
        assertThat(TimePoint.month(2023, 12).endEpochSecond()).isEqualTo(TimePoint.year(2024).startEpochSecond());
        assertThat(TimePoint.year(2024).endEpochSecond()).isEqualTo(TimePoint.year(2025).startEpochSecond());
        TimePoint minute = TimePoint.clock(LocalDate.of(2022, 9, 13), LocalTime.of(0, 5), ZoneOffset.ofHours(4),
                Precision.MINUTE);
        assertThat(minute.endEpochSecond() - minute.startEpochSecond()).isEqualTo(60);
        TimePoint night = TimePoint.clock(LocalDate.of(2022, 9, 13), LocalTime.of(0, 5), ZoneOffset.ofHours(4),
                Precision.PART_OF_DAY);
        assertThat(night.endEpochSecond() - night.startEpochSecond()).isEqualTo(6 * 3600);
    }
}
