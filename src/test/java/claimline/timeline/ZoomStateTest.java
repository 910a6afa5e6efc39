package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ZoomStateTest {
    private static final double DAY = 86400;

    @Test
    void timeAndPixelsMapBothWays() {
        TimeAxis axis = new ZoomState(1000, 1000 + 10 * DAY).axis(1000);
        assertThat(axis.toPixel(1000 + DAY)).isCloseTo(100, within(1e-9));
        assertThat(axis.toSecond(250)).isCloseTo(1000 + 2.5 * DAY, within(1e-6));
        assertThat(axis.width(DAY)).isCloseTo(100, within(1e-9));
    }

    @Test
    void aMinuteIsShownWithTheDayAroundItAndALongerEventAtAThirdOfTheWidth() {
        double night = 1_663_013_100; // 13 Sep 2022, 00:05 at UTC+4
        ZoomState minute = ZoomState.around(night, night + 60);
        assertThat(minute.span()).isEqualTo(DAY);
        assertThat(minute.center()).isCloseTo(night + 30, within(1e-6));
        ZoomState week = ZoomState.around(night, night + 7 * DAY);
        assertThat(week.span()).isCloseTo(21 * DAY, within(1e-6));
        assertThat(week.shows(night, night + 7 * DAY)).isTrue();
    }

    @Test
    void zoomingKeepsTheTimeUnderThePointerInPlace() {
        ZoomState z = new ZoomState(0, 100 * DAY);
        double anchor = z.start() + z.span() * 0.3;
        ZoomState in = z.zoom(4, 0.3);
        assertThat(in.span()).isCloseTo(25 * DAY, within(1e-6));
        assertThat(in.start() + in.span() * 0.3).isCloseTo(anchor, within(1e-6));
    }

    @Test
    void zoomStopsAtTenMinutesAndTwoHundredYears() {
        ZoomState z = new ZoomState(0, DAY);
        for (int i = 0; i < 50; i++) {
            z = z.zoom(2, 0.5);
        }
        assertThat(z.span()).isEqualTo(ZoomState.MIN_SPAN);
        for (int i = 0; i < 100; i++) {
            z = z.zoom(0.5, 0.5);
        }
        assertThat(z.span()).isEqualTo(ZoomState.MAX_SPAN);
    }

    @Test
    void panningByPixelsMovesByTheirTime() {
        ZoomState z = new ZoomState(0, 10 * DAY);
        assertThat(z.panPixels(100, 1000).start()).isCloseTo(DAY, within(1e-6));
        assertThat(z.panPixels(-100, 1000).end()).isCloseTo(9 * DAY, within(1e-6));
    }

    @Test
    void fitShowsTheRangeWithAMargin() {
        ZoomState z = ZoomState.fit(10 * DAY, 20 * DAY, 0.1);
        assertThat(z.start()).isCloseTo(9 * DAY, within(1e-6));
        assertThat(z.end()).isCloseTo(21 * DAY, within(1e-6));
        assertThat(ZoomState.fit(5, 5, 0).span()).isEqualTo(ZoomState.MIN_SPAN);
    }

    @Property
    void zoomInThenOutReturnsToTheSameWindow(@ForAll @DoubleRange(min = 1.1, max = 8) double factor,
                                             @ForAll @DoubleRange(min = 0, max = 1) double anchor) {
        ZoomState z = new ZoomState(1.6e9, 1.6e9 + 30 * DAY);
        ZoomState back = z.zoom(factor, anchor).zoom(1 / factor, anchor);
        assertThat(back.start()).isCloseTo(z.start(), within(1.0));
        assertThat(back.end()).isCloseTo(z.end(), within(1.0));
    }

    @Test
    void historyGoesBackAndForwardAndForgetsTheForwardBranch() {
        ZoomHistory h = new ZoomHistory();
        ZoomState a = new ZoomState(0, 10);
        ZoomState b = new ZoomState(0, 20);
        ZoomState c = new ZoomState(0, 30);
        h.push(a);
        h.push(b);
        h.push(c);
        assertThat(h.back()).contains(b);
        assertThat(h.back()).contains(a);
        assertThat(h.back()).isEmpty();
        assertThat(h.forward()).contains(b);
        h.push(a);
        assertThat(h.canGoForward()).isFalse();
        assertThat(h.back()).contains(b);
    }

    @Test
    void fittingLeavesThePixelsAskedForAtEachEnd() {
        ZoomState z = ZoomState.fit(10 * DAY, 20 * DAY, 1000, 20, 60);
        TimeAxis axis = z.axis(1000);
        assertThat(axis.toPixel(10 * DAY)).isCloseTo(20, within(1e-6));
        assertThat(axis.toPixel(20 * DAY)).isCloseTo(940, within(1e-6));
        assertThat(ZoomState.fit(5, 5, 1000, 20, 60).span()).isGreaterThanOrEqualTo(ZoomState.MIN_SPAN);
        assertThat(ZoomState.fit(10 * DAY, 20 * DAY, 50, 20, 60)).as("too narrow for the pads")
                .isEqualTo(ZoomState.fit(10 * DAY, 20 * DAY, 0.05));
    }
}
