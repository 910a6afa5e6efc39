package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTicksTest {
    private static long at(String iso, ZoneOffset o) {
        return LocalDateTime.parse(iso).toEpochSecond(o);
    }

    private static List<AxisTicks.Tick> ticks(String from, String to, ZoneOffset o) {
        ZoomState z = new ZoomState(at(from, ZoneOffset.UTC), at(to, ZoneOffset.UTC));
        return AxisTicks.ticks(z.axis(1000), 1000, o, 80);
    }

    @Test
    void thirtyYearsGetDecadeOrFiveYearTicks() {
        List<AxisTicks.Tick> t = ticks("1992-01-01T00:00", "2022-01-01T00:00", ZoneOffset.UTC);
        assertThat(t).extracting(AxisTicks.Tick::label).contains("2000", "2010", "2020");
        assertThat(t).allSatisfy(x -> assertThat(x.label()).matches("\\d{4}"));
    }

    @Test
    void aMonthGetsDayTicksWithTheMonthNamedAtItsStart() {
        List<AxisTicks.Tick> t = ticks("2022-08-28T00:00", "2022-09-07T00:00", ZoneOffset.UTC);
        assertThat(t).extracting(AxisTicks.Tick::label).contains("1 Sep 2022");
        assertThat(t).filteredOn(AxisTicks.Tick::major).extracting(AxisTicks.Tick::label).containsExactly("1 Sep 2022");
    }

    @Test
    void anHourGetsMinuteTicksInTheDisplayOffset() {
        ZoneOffset baku = ZoneOffset.ofHours(4);
        List<AxisTicks.Tick> t = ticks("2022-09-12T20:00", "2022-09-12T21:00", baku);
        // 20:00 UTC is midnight in Baku: the major tick names the new day there.
        assertThat(t).filteredOn(AxisTicks.Tick::major).extracting(AxisTicks.Tick::label)
                .containsExactly("13 Sep 00:00");
        assertThat(t).extracting(AxisTicks.Tick::label).contains("00:15", "00:30");
    }

    @Test
    void ticksAreAtLeastTheMinimumSpacingApartAndInOrder() {
        for (String[] range : new String[][] {{"2022-09-12T23:00", "2022-09-13T01:00"},
                {"2021-01-01T00:00", "2023-01-01T00:00"}, {"1900-01-01T00:00", "2090-01-01T00:00"}}) {
            ZoomState z = new ZoomState(at(range[0], ZoneOffset.UTC), at(range[1], ZoneOffset.UTC));
            TimeAxis axis = z.axis(1000);
            List<AxisTicks.Tick> t = AxisTicks.ticks(axis, 1000, ZoneOffset.UTC, 80);
            assertThat(t).isNotEmpty();
            for (int i = 1; i < t.size(); i++) {
                double gap = axis.toPixel(t.get(i).epochSecond()) - axis.toPixel(t.get(i - 1).epochSecond());
                assertThat(gap).as("gap in " + range[0]).isGreaterThanOrEqualTo(80 * 0.9);
            }
        }
    }

    @Test
    void onAnAxisWithBreaksEachBurstIsLabelledWithItsDateAndNoTickFallsInABreak() {
        double nov = at("2021-11-16T00:00", ZoneOffset.UTC);
        double sep = at("2022-09-12T00:00", ZoneOffset.UTC);
        TimeBreaks b = TimeBreaks.between(new double[] {nov, nov + 86400, sep, sep + 8 * 86400});
        assertThat(b.breaks()).hasSize(1);
        ZoomState z = ZoomState.fit(b.toDisplay(nov), b.toDisplay(sep + 8 * 86400), 1000, 24, 64);
        TimeAxis axis = z.axis(1000, b);
        List<AxisTicks.Tick> t = AxisTicks.ticks(axis, 1000, ZoneOffset.UTC, 90, java.util.Locale.ENGLISH);
        assertThat(t).extracting(AxisTicks.Tick::label).contains("16 Nov 2021", "12 Sep 2022");
        assertThat(t).noneMatch(x -> x.epochSecond() > nov + 86400 && x.epochSecond() < sep);
        assertNoLabelsOverlap(t, axis);
    }

    /** Labels on the same row of the axis do not run into each other. */
    private static void assertNoLabelsOverlap(List<AxisTicks.Tick> t, TimeAxis axis) {
        for (int row = 0; row < 2; row++) {
            int r = row;
            List<AxisTicks.Tick> onRow = t.stream().filter(x -> x.row() == r).toList();
            for (int i = 1; i < onRow.size(); i++) {
                assertThat(axis.toPixel(onRow.get(i).epochSecond()) - axis.toPixel(onRow.get(i - 1).epochSecond()))
                        .as("labels do not run into each other").isGreaterThanOrEqualTo(AxisTicks.labelWidth(onRow.get(i - 1)));
            }
        }
    }

    @Test
    void monthNamesAreInTheLanguageAskedFor() {
        ZoomState z = new ZoomState(at("2022-07-20T00:00", ZoneOffset.UTC), at("2022-12-20T00:00", ZoneOffset.UTC));
        List<AxisTicks.Tick> t = AxisTicks.ticks(z.axis(1000), 1000, ZoneOffset.UTC, 80, java.util.Locale.forLanguageTag("id"));
        assertThat(t).extracting(AxisTicks.Tick::label).contains("Agu 2022", "Okt", "Des");
    }

    @Test
    void aBurstShorterThanTheStepIsStillLabelledWhereItStarts() {
        double nov = at("2021-11-16T00:00", ZoneOffset.UTC); // a Tuesday: no week tick falls on it
        double sep = at("2022-09-12T00:00", ZoneOffset.UTC);
        TimeBreaks b = TimeBreaks.between(new double[] {nov, nov + 86400, sep, sep + 9 * 86400});
        ZoomState z = ZoomState.fit(b.toDisplay(nov), b.toDisplay(sep + 9 * 86400), 700, 24, 64);
        List<AxisTicks.Tick> t = AxisTicks.ticks(z.axis(700, b), 700, ZoneOffset.UTC, 90, java.util.Locale.ENGLISH);
        assertThat(AxisTicks.stepFor(z.axis(700, b), 90)).isEqualTo(AxisTicks.Step.WEEK);
        assertThat(t).extracting(AxisTicks.Tick::label).contains("16 Nov 2021", "12 Sep 2022");
        assertNoLabelsOverlap(t, z.axis(700, b));
        // Narrower still: the two stretches open too close for one row, and neither date is dropped.
        ZoomState narrow = ZoomState.fit(b.toDisplay(nov), b.toDisplay(sep + 9 * 86400), 400, 24, 64);
        List<AxisTicks.Tick> n = AxisTicks.ticks(narrow.axis(400, b), 400, ZoneOffset.UTC, 90, java.util.Locale.ENGLISH);
        assertThat(n).extracting(AxisTicks.Tick::label).contains("16 Nov 2021", "12 Sep 2022");
        assertThat(n).extracting(AxisTicks.Tick::row).contains(1);
        assertNoLabelsOverlap(n, narrow.axis(400, b));
        assertThat(t).filteredOn(x -> x.label().equals("16 Nov 2021")).extracting(AxisTicks.Tick::epochSecond)
                .containsExactly(nov);
    }
}
