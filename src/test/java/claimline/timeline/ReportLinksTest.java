package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports drawn at their publication time, each tied to its happening by a connector laid out on the frame's axis. */
class ReportLinksTest {
    private static final long DAY = 86400;
    private static final long HAPPENED = 1_663_013_100L; // 13 Sep 2022 00:05 +04:00

    private static TimelineItem report(String id, long published, String party) {
        return new TimelineItem(id, "Shelling", "armed_clash", published, published + 60, true, false, false, false,
                List.of(party), 1);
    }

    private static ReportLinks links(String... ids) {
        Map<String, ReportLinks.Link> m = new LinkedHashMap<>();
        for (String id : ids) {
            m.put(id, new ReportLinks.Link("ev-night", HAPPENED));
        }
        return ReportLinks.of(m);
    }

    @Test
    void eachReportMarkIsJoinedToThePixelOfItsHappeningThroughTheMiddleOfItsRow() {
        TimelineItem arm = report("arm", HAPPENED + 2 * 3600, "ARM");
        TimelineItem aze = report("aze", HAPPENED + 9 * 3600, "AZE");
        TimelineLayout layout = new TimelineLayout(List.of(arm, aze), LaneMode.PARTY, Comparator.naturalOrder(),
                k -> k);
        ZoomState window = new ZoomState(HAPPENED - 3600, HAPPENED + DAY);
        Frame f = layout.frame(window, Geometry.DEFAULT, 1000, 400, 0);
        List<ReportLinks.Connector> connectors = links("arm", "aze").connectors(f, layout);
        assertThat(connectors).hasSize(2);
        for (ReportLinks.Connector c : connectors) {
            Mark m = f.marks().stream().filter(x -> x.item() == c.item()).findFirst().orElseThrow();
            assertThat(c.xFrom()).isEqualTo(f.x(HAPPENED));
            assertThat(c.xTo()).isEqualTo(m.x0());
            assertThat(c.y()).isBetween(m.y0(), m.y1());
            assertThat(c.event()).isEqualTo("ev-night");
        }
        // nine hours after is further right than two hours after, by the axis's own scale
        double perSecond = (1000 - Geometry.DEFAULT.gutter()) / window.span();
        ReportLinks.Connector late = connectors.stream().filter(c -> layout.items().get(c.item()).id().equals("aze"))
                .findFirst().orElseThrow();
        assertThat(late.length()).isCloseTo(9 * 3600 * perSecond, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void itemsThatAreNoReportsHaveNoConnectorAndSelectThemselves() {
        TimelineItem event = report("ev-night", HAPPENED, "ARM");
        TimelineLayout layout = new TimelineLayout(List.of(event), LaneMode.PARTY, Comparator.naturalOrder(), k -> k);
        Frame f = layout.frame(new ZoomState(HAPPENED - DAY, HAPPENED + DAY), Geometry.DEFAULT, 800, 300, 0);
        assertThat(ReportLinks.NONE.connectors(f, layout)).isEmpty();
        assertThat(ReportLinks.NONE.reports()).isFalse();
        assertThat(ReportLinks.NONE.selectionOf("ev-night")).isEqualTo("ev-night");
        assertThat(links().reports()).isTrue();
    }

    @Test
    void selectingAReportSelectsItsEventAndAnEventKnowsItsReportsInTimeOrder() {
        ReportLinks l = links("first", "second");
        assertThat(l.selectionOf("second")).isEqualTo("ev-night");
        assertThat(l.reportsOf("ev-night")).containsExactly("first", "second");
        assertThat(l.reportsOf("other")).isEmpty();
        assertThat(l.reportsOf(null)).isEmpty();
    }
}
