package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseMapZoomsTest {
    /** A round island of radius 1° drawn with 100 points, and a tiny one a tenth of a degree across. */
    private static BaseMap islands() throws Exception {
        StringBuilder round = new StringBuilder("land");
        long lastLon = 0;
        long lastLat = 0;
        for (int i = 0; i <= 100; i++) {
            long lon = Math.round(30000 + 1000 * Math.cos(2 * Math.PI * i / 100));
            long lat = Math.round(20000 + 1000 * Math.sin(2 * Math.PI * i / 100));
            round.append(' ').append(lon - lastLon).append(' ').append(lat - lastLat);
            lastLon = lon;
            lastLat = lat;
        }
        String text = "level 110\n" + round + "\nland 50000 0 100 0 0 100 -100 0 0 -100\n";
        return BaseMap.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachScaleDrawsTheLevelAtOrAboveIt() {
        assertThat(BaseMapZooms.zoomFor(256)).isZero();
        assertThat(BaseMapZooms.zoomFor(300)).isEqualTo(1);
        assertThat(BaseMapZooms.zoomFor(512)).isEqualTo(1);
        assertThat(BaseMapZooms.zoomFor(513)).isEqualTo(2);
        assertThat(BaseMapZooms.zoomFor(1e12)).isEqualTo(17);
    }

    @Test
    void theWorldSeesAFewPointsOfACoastAndNoSpeckCloseUpEveryPoint() throws Exception {
        BaseMap islands = islands();
        BaseMapZooms zooms = new BaseMapZooms(islands);
        List<BaseMap.Line> world = zooms.linesFor(256);
        assertThat(world).as("the speck is smaller than half a pixel").hasSize(1);
        assertThat(world.get(0).points()).isBetween(4, 12);
        List<BaseMap.Line> region = zooms.linesFor(256 * Math.pow(2, 7));
        assertThat(region).hasSize(2);
        assertThat(region.get(0).points()).isBetween(world.get(0).points() + 1, 100);
        assertThat(zooms.linesFor(256 * Math.pow(2, 7) - 1)).as("kept, not made again").isSameAs(region);
        assertThat(zooms.linesFor(256 * Math.pow(2, BaseMapZooms.SOURCE_FROM_ZOOM)))
                .as("close up: the source lines, every point").isSameAs(islands.levels().get(0).lines());
        assertThat(zooms.cachedLevels()).isEqualTo(2);
    }

    @Test
    void everyLevelCanBePreparedAheadAndIsThenOnlyLookedUp() throws Exception {
        BaseMapZooms zooms = new BaseMapZooms(islands());
        zooms.prepareAll();
        int prepared = zooms.cachedLevels();
        assertThat(prepared).isEqualTo(BaseMapZooms.SOURCE_FROM_ZOOM);
        for (double scale = 256; scale < 256 * Math.pow(2, 20); scale *= 1.1) {
            zooms.linesFor(scale);
        }
        assertThat(zooms.cachedLevels()).isEqualTo(prepared);
    }
}
