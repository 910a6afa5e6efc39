package claimline.geo.raster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpriteTest {
    private static final int WHITE = 0xffffffff;
    private static final int BLACK = 0xff000000;
    private static final int RED = 0xffff0000;

    private static int channelDifference(int a, int b) {
        int worst = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            worst = Math.max(worst, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
        }
        return worst;
    }

    private static Raster white(int w, int h) {
        Raster r = new Raster(w, h);
        r.fill(WHITE);
        return r;
    }

    private static int green(int argb) { return argb >> 8 & 0xff; }

    @Test
    void aDiscIsSolidInsideUntouchedOutsideAndSoftOnItsEdge() {
        Raster r = white(40, 40);
        new DiscSprites().draw(r, 20.2, 19.9, 8, RED, 0, 0);
        assertThat(r.get(20, 20)).isEqualTo(RED);
        assertThat(r.get(23, 24)).isEqualTo(RED);
        assertThat(r.get(20, 30)).as("two pixels beyond the radius").isEqualTo(WHITE);
        assertThat(r.get(2, 2)).as("the sprite's corners are transparent").isEqualTo(WHITE);
        assertThat(r.get(25, 25)).as("its centre 7.8 pixels from the disc's: on the edge").isNotEqualTo(RED)
                .isNotEqualTo(WHITE);
        int covered = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                covered += 255 - green(r.get(x, y));
            }
        }
        assertThat(covered / 255.0).as("the disc's area").isCloseTo(Math.PI * 64, org.assertj.core.data.Percentage
                .withPercentage(3));
    }

    @Test
    void aMarkWithAHaloHasItsColourInsideAndTheHaloOnItsEdge() {
        Raster r = new Raster(40, 40);
        r.fill(BLACK);
        new DiscSprites().draw(r, 20, 20, 8, RED, 2, WHITE);
        assertThat(r.get(20, 20)).isEqualTo(RED);
        assertThat(r.get(27, 20)).as("centre 7.5 from the middle: on the ring").isEqualTo(WHITE);
        assertThat(r.get(31, 20)).isEqualTo(BLACK);
        int edge = r.get(25, 25); // 7.8 from the middle: the ring over the disc's soft edge
        assertThat(channelDifference(edge, WHITE)).isLessThan(60);
    }

    @Test
    void aTranslucentColourIsBlendedByItsAlpha() {
        Raster r = white(10, 10);
        new DiscSprites().draw(r, 5, 5, 3, 0x80000000, 0, 0);
        assertThat(green(r.get(5, 5))).isBetween(120, 135);
    }

    @Test
    void aSpriteOffTheEdgeIsClippedAndTheSameKindIsMadeOnce() {
        Raster r = new Raster(20, 20);
        r.fill(WHITE);
        DiscSprites discs = new DiscSprites();
        discs.draw(r, 1, 1, 6, RED, 1.5, BLACK);
        discs.draw(r, 19.2, 18.9, 6, RED, 1.5, BLACK);
        discs.draw(r, -100, 400, 6, RED, 1.5, BLACK);
        assertThat(r.get(0, 0)).isEqualTo(RED);
        assertThat(r.get(19, 19)).isEqualTo(RED);
        assertThat(r.get(10, 10)).isEqualTo(WHITE);
        assertThat(discs.size()).isEqualTo(1);
        discs.draw(r, 10, 10, 6, 0xff00ff00, 1.5, BLACK);
        assertThat(discs.size()).as("another colour, another sprite").isEqualTo(2);
    }

    @Test
    void aMaskWritesItsShapeInAColourAndIsClippedAtTheEdges() {
        Raster r = white(10, 10);
        Sprite mask = Sprite.ofMask(new byte[] {(byte) 255, 0, (byte) 128, (byte) 255}, 2, 2, BLACK);
        r.sprite(mask, 4, 4);
        assertThat(r.get(4, 4)).isEqualTo(BLACK);
        assertThat(r.get(5, 4)).isEqualTo(WHITE);
        assertThat(green(r.get(4, 5))).isBetween(120, 135);
        assertThat(r.get(5, 5)).isEqualTo(BLACK);
        r.sprite(mask, 9, -1); // only its bottom left pixel is on the raster
        assertThat(green(r.get(9, 0))).isBetween(120, 135);
        assertThat(r.get(8, 0)).isEqualTo(WHITE);
        r.sprite(mask, -5, 50);
    }

    @Test
    void premultipliedColoursComposeAsPaintOnPaint() {
        int halfRed = Sprite.premultiplied(RED, Raster.FULL / 2);
        assertThat(halfRed >>> 24).isBetween(127, 128);
        assertThat(halfRed >> 16 & 0xff).isBetween(127, 128);
        assertThat(Sprite.over(halfRed, BLACK) >> 16 & 0xff).isBetween(127, 128);
        assertThat(Sprite.over(halfRed, WHITE) & 0xff).as("half the white shows through").isBetween(126, 128);
        assertThat(Sprite.over(Sprite.premultiplied(RED, Raster.FULL), WHITE)).isEqualTo(RED);
    }
}
