package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Long empty stretches collapse into short breaks, so that bursts far apart are all readable. */
class TimeBreaksTest {
    private static final double DAY = 86400;

    private static double at(String iso) {
        return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
    }

    private static TimelineItem item(String id, double start, double end) {
        return new TimelineItem(id, id, "armed_clash", (long) start, (long) end, false, false, false, false,
                List.of("A"), 1);
    }

    /** Share of a 1000 px fit of all moments that the real interval [a, b) takes. */
    private static double share(TimeBreaks b, double first, double last, double a, double z) {
        return (b.toDisplay(z) - b.toDisplay(a)) / (b.toDisplay(last) - b.toDisplay(first));
    }

    @Test
    void twoBurstsOfFightingAYearApartAreBothReadable() {
        List<TimelineItem> items = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            items.add(item("nov" + d, at("2021-11-16T00:00") + d * DAY, at("2021-11-16T00:00") + (d + 1) * DAY));
        }
        for (int d = 0; d < 8; d++) {
            items.add(item("sep" + d, at("2022-09-12T00:00") + d * DAY, at("2022-09-12T00:00") + (d + 1) * DAY));
        }
        TimeBreaks b = TimeBreaks.between(items);
        assertThat(b.breaks()).hasSize(1);
        double first = at("2021-11-16T00:00");
        double last = at("2022-09-20T00:00");
        double nov = share(b, first, last, first, first + 2 * DAY);
        double sep = share(b, first, last, at("2022-09-12T00:00"), last);
        // Without the break each burst would take under 3 % of the width.
        assertThat(nov).isGreaterThan(0.15);
        assertThat(sep).isGreaterThan(0.6);
        assertThat(1 - nov - sep).as("the break itself").isBetween(0.02, 0.1);
    }

    @Test
    void historyDecadesEarlierGetsABreakBeforeTheBursts() {
        List<TimelineItem> items = new ArrayList<>(List.of(item("1994", at("1994-01-01T00:00"), at("1995-01-01T00:00")),
                item("nov", at("2021-11-16T00:00"), at("2021-11-17T00:00")),
                item("sep", at("2022-09-13T00:00"), at("2022-09-14T00:00"))));
        TimeBreaks b = TimeBreaks.between(items);
        assertThat(b.breaks()).hasSize(2);
        assertThat(b.breaks().get(0).from()).isEqualTo(at("1994-01-01T00:00"));
        assertThat(b.breaks().get(0).to()).isEqualTo(at("2021-11-16T00:00"));
    }

    @Test
    void aYearLongEventDoesNotKeepItsQuietYearOpen() {
        TimeBreaks b = TimeBreaks.between(List.of(item("talks", at("2021-01-01T00:00"), at("2022-01-01T00:00")),
                item("nov", at("2021-11-16T00:00"), at("2021-11-17T00:00")),
                item("sep", at("2022-09-13T00:00"), at("2022-09-14T00:00"))));
        assertThat(b.breaks()).extracting(TimeBreaks.Break::from)
                .containsExactly(at("2021-01-01T00:00"), at("2021-11-17T00:00"));
    }

    @Test
    void eventsEveryFewDaysOrAQuietFortnightAreNeverCollapsed() {
        List<TimelineItem> steady = new ArrayList<>();
        for (int d = 0; d < 400; d += 5) {
            steady.add(item("d" + d, at("2022-01-01T00:00") + d * DAY, at("2022-01-01T00:00") + (d + 1) * DAY));
        }
        assertThat(TimeBreaks.between(steady).isEmpty()).isTrue();
        assertThat(TimeBreaks.between(List.of(item("a", 0, DAY), item("b", 20 * DAY, 21 * DAY))).isEmpty()).isTrue();
        assertThat(TimeBreaks.between(List.of()).isEmpty()).isTrue();
        assertThat(TimeBreaks.between(List.of(item("a", 0, DAY))).isEmpty()).isTrue();
    }

    @Test
    void withoutBreaksDisplayTimeIsRealTime() {
        assertThat(TimeBreaks.NONE.toDisplay(12345.5)).isEqualTo(12345.5);
        assertThat(TimeBreaks.NONE.toReal(-7)).isEqualTo(-7);
    }

    @Test
    void aBreakSqueezesItsStretchAndShiftsWhatFollows() {
        TimeBreaks b = TimeBreaks.between(new double[] {0, DAY, 400 * DAY, 401 * DAY});
        TimeBreaks.Break only = b.breaks().get(0);
        assertThat(only.from()).isEqualTo(DAY);
        assertThat(only.to()).isEqualTo(400 * DAY);
        double length = only.displayTo() - only.displayFrom();
        assertThat(length).isCloseTo(2 * DAY * TimeBreaks.BREAK_SHARE, within(1e-6));
        assertThat(b.toDisplay(0.5 * DAY)).isEqualTo(0.5 * DAY);
        assertThat(b.toDisplay(400.5 * DAY)).isCloseTo(DAY + length + 0.5 * DAY, within(1e-6));
        assertThat(b.toDisplay(200.5 * DAY)).as("inside the break, squeezed").isBetween(DAY, DAY + length);
    }

    @Property(tries = 300)
    void realAndDisplayTimeMapBothWaysAndKeepTheOrder(@ForAll @DoubleRange(min = -1000, max = 2000) double days,
                                                      @ForAll @DoubleRange(min = 0, max = 5) double more) {
        TimeBreaks b = TimeBreaks.between(new double[] {0, 2 * DAY, 100 * DAY, 101 * DAY, 900 * DAY, 903 * DAY});
        assertThat(b.breaks()).hasSize(2);
        double t = days * DAY;
        assertThat(b.toReal(b.toDisplay(t))).isCloseTo(t, within(1e-3));
        assertThat(b.toDisplay(t + more * DAY)).isGreaterThanOrEqualTo(b.toDisplay(t));
    }

    @Test
    void aWindowConvertsBetweenBreaksByItsRealEdges() {
        TimeBreaks b = TimeBreaks.between(new double[] {0, DAY, 400 * DAY, 401 * DAY});
        ZoomState shown = new ZoomState(b.toDisplay(400 * DAY), b.toDisplay(401 * DAY));
        ZoomState plain = b.convert(shown, TimeBreaks.NONE);
        assertThat(plain.start()).isCloseTo(400 * DAY, within(1e-3));
        assertThat(plain.end()).isCloseTo(401 * DAY, within(1e-3));
    }

    @Test
    void anAxisWithBreaksPutsEachRealTimeAtItsPixelAndBack() {
        TimeBreaks b = TimeBreaks.between(new double[] {0, DAY, 400 * DAY, 401 * DAY});
        double first = b.toDisplay(0);
        double last = b.toDisplay(401 * DAY);
        TimeAxis axis = new ZoomState(first, last).axis(1000, b);
        assertThat(axis.toPixel(0)).isCloseTo(0, within(1e-6));
        assertThat(axis.toPixel(401 * DAY)).isCloseTo(1000, within(1e-6));
        assertThat(axis.toSecond(axis.toPixel(400.5 * DAY))).isCloseTo(400.5 * DAY, within(1e-3));
        assertThat(axis.toPixel(400 * DAY) - axis.toPixel(DAY)).as("a year of nothing, a few dozen pixels")
                .isLessThan(60);
    }

    /** The breaks as first defined: every gap between the sorted moments sorted longest first, then chosen. */
    private static List<double[]> chosenAmongAllGaps(double[] moments) {
        double[] t = moments.clone();
        java.util.Arrays.sort(t);
        List<double[]> out = new ArrayList<>();
        if (t.length < 2 || !(t[t.length - 1] - t[0] > TimeBreaks.MIN_GAP)) {
            return out;
        }
        Integer[] gaps = new Integer[t.length - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = i;
        }
        java.util.Arrays.sort(gaps, (a, b) -> Double.compare(t[b + 1] - t[b], t[a + 1] - t[a]));
        double left = t[t.length - 1] - t[0];
        List<Integer> chosen = new ArrayList<>();
        for (int g : gaps) {
            double gap = t[g + 1] - t[g];
            if (gap < TimeBreaks.MIN_GAP || gap <= TimeBreaks.MAX_SHARE * left) {
                break;
            }
            chosen.add(g);
            left -= gap;
        }
        chosen.sort(null);
        for (int g : chosen) {
            out.add(new double[] {t[g], t[g + 1]});
        }
        return out;
    }

    @Property(tries = 200)
    void theBreaksAreTheLongestGapsWorthCollapsingAmongThousandsOfMoments(@ForAll long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] moments = new double[2000 + r.nextInt(3000)];
        double t = 0;
        for (int i = 0; i < moments.length; i++) {
            // mostly a few hours apart; now and then a quiet month or year (several of the same length); once decades
            int kind = i == moments.length / 2 ? -1 : r.nextInt(1500);
            t += kind < 0 ? 20_000 * DAY : kind < 2 ? 400 * DAY : kind < 8 ? 45 * DAY : r.nextInt(8) * 3600.0;
            moments[i] = t;
        }
        TimeBreaks b = TimeBreaks.between(moments);
        assertThat(b.breaks()).isNotEmpty();
        assertThat(b.breaks()).extracting(x -> List.of(x.from(), x.to()))
                .containsExactlyElementsOf(chosenAmongAllGaps(moments).stream().map(x -> List.of(x[0], x[1])).toList());
    }
}
