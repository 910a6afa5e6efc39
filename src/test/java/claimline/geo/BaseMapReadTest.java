package claimline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The base map's text is read as written by src/tools/map/world.py, and a damaged line is named. */
class BaseMapReadTest {
    private static BaseMap read(String text) throws IOException {
        return BaseMap.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void levelsLinesAndDeltasAreReadWithCommentsAndWindowsLineEnds() throws Exception {
        BaseMap m = read("# world\r\nlevel 110\r\n\r\nland -10000 5000 20000 0 0 -10000 -20000 10000\r\n"
                + "border 0 0 -500 250\r\nlevel 50\nland 1000 1000 1 1 -1 -1\n");
        assertThat(m.levels()).extracting(BaseMap.Level::scale).containsExactly(110, 50);
        BaseMap.Line land = m.levels().get(0).lines().get(0);
        assertThat(land.kind()).isEqualTo(BaseMap.Kind.LAND);
        assertThat(land.points()).isEqualTo(4);
        assertThat((double) land.xy()[2]).as("the second point: -10 + 20 = 10°E")
                .isCloseTo(WebMercator.x(10), org.assertj.core.data.Offset.offset(1e-6));
        assertThat((double) land.minY()).isCloseTo(WebMercator.y(5), org.assertj.core.data.Offset.offset(1e-6));
        BaseMap.Line border = m.levels().get(0).lines().get(1);
        assertThat((double) border.xy()[3]).as("0.25°N")
                .isCloseTo(WebMercator.y(0.25), org.assertj.core.data.Offset.offset(1e-7));
        assertThat(m.levels().get(1).lines()).hasSize(1);
    }

    @Test
    void aDamagedLineIsNamed() {
        assertThatThrownBy(() -> read("level 110\nland 1 2 3\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("level 110\nland 1 2\nborder 1 x2\n")).hasMessageContaining("line 3");
        assertThatThrownBy(() -> read("land 1 2 3 4\n")).as("a line before any level").hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("level 110\nriver 1 2 3 4\n")).hasMessageContaining("line 2");
    }
}
