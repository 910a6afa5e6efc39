package claimline.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.app.map.LabelPlacement.Box;
import claimline.app.map.LabelPlacement.Disc;
import claimline.app.map.LabelPlacement.Placed;
import claimline.app.map.LabelPlacement.Side;
import claimline.app.map.LabelPlacement.Wanted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Names beside the map's marks, without a toolkit: right of the mark where there is room, else left, above or
 * below; never over another name, a mark or what is reserved (the attribution), never past the map's edges; a name
 * that fits nowhere is left out.
 */
class LabelPlacementTest {
    private static final double W = 300;
    private static final double H = 200;
    private static final double TEXT_H = 14;

    private static Wanted name(String text, double width, Disc mark) {
        return new Wanted(text, width, TEXT_H, mark);
    }

    @Test
    void aNameWithRoomIsWrittenToTheRightOfItsMarkCentredOnIt() {
        Disc goris = new Disc(100, 100, 6);
        Placed p = new LabelPlacement(W, H, List.of(goris), List.of()).place(name("Goris", 30, goris)).orElseThrow();
        assertThat(p.side()).isEqualTo(Side.RIGHT);
        assertThat(p.box().x()).isGreaterThanOrEqualTo(106).isLessThan(112);
        assertThat(p.box().y() + p.box().h() / 2).isEqualTo(100);
    }

    @Test
    void aNameThatWouldRunPastTheRightEdgeIsWrittenLeftOfItsMarkWhole() {
        // Nagorno-Karabakh near the map's right edge was cut to "Nagorno-Karaba"
        Disc karabakh = new Disc(260, 100, 9);
        Placed p = new LabelPlacement(W, H, List.of(karabakh), List.of())
                .place(name("Nagorno-Karabakh", 100, karabakh)).orElseThrow();
        assertThat(p.side()).isEqualTo(Side.LEFT);
        assertThat(p.box().inside(W, H)).isTrue();
        assertThat(p.box().x() + p.box().w()).isLessThanOrEqualTo(260 - 9);
    }

    @Test
    void aNeighboursMarkOrNameSendsANameToTheNextSideInTurn() {
        Disc lachin = new Disc(100, 100, 6);
        Disc right = new Disc(125, 100, 6);
        Disc left = new Disc(75, 100, 6);
        Disc above = new Disc(100, 80, 6);
        assertThat(new LabelPlacement(W, H, List.of(lachin, right), List.of()).place(name("Lachin", 40, lachin))
                .orElseThrow().side()).isEqualTo(Side.LEFT);
        assertThat(new LabelPlacement(W, H, List.of(lachin, right, left), List.of())
                .place(name("Lachin", 40, lachin)).orElseThrow().side()).isEqualTo(Side.ABOVE);
        Placed below = new LabelPlacement(W, H, List.of(lachin, right, left, above), List.of())
                .place(name("Lachin", 40, lachin)).orElseThrow();
        assertThat(below.side()).isEqualTo(Side.BELOW);
        assertThat(below.box().y()).isGreaterThanOrEqualTo(106);
        assertThat(below.box().x() + below.box().w() / 2).isEqualTo(100);
    }

    @Test
    void aNameIsNeverWrittenOverOneAlreadyPlaced() {
        // Dashkesan's mark just right of Gadabay's, as on the seeds: Gadabay's name ran under Dashkesan's
        Disc dashkesan = new Disc(140, 60, 6);
        Disc gadabay = new Disc(112, 54, 8);
        LabelPlacement placement = new LabelPlacement(W, H, List.of(dashkesan, gadabay), List.of());
        Placed first = placement.place(name("Dashkesan", 60, dashkesan)).orElseThrow();
        Placed second = placement.place(name("Gadabay +1", 62, gadabay)).orElseThrow();
        assertThat(first.side()).isEqualTo(Side.RIGHT);
        assertThat(second.box().intersects(first.box())).isFalse();
        assertThat(second.box().intersects(dashkesan)).isFalse();
        assertThat(placement.placed()).containsExactly(first, second);
    }

    @Test
    void aNameThatFitsNowhereIsLeftOutAndTheOthersAreStillPlaced() {
        Disc crowded = new Disc(100, 100, 6);
        List<Disc> ring = List.of(crowded, new Disc(125, 100, 6), new Disc(75, 100, 6), new Disc(100, 80, 6),
                new Disc(100, 120, 6), new Disc(20, 20, 5));
        LabelPlacement placement = new LabelPlacement(W, H, ring, List.of());
        Optional<Placed> none = placement.place(name("Husulu", 40, crowded));
        assertThat(none).isEmpty();
        assertThat(placement.place(name("Jermuk", 40, new Disc(20, 20, 5)))).isPresent();
        assertThat(placement.placed()).extracting(Placed::text).containsExactly("Jermuk");
    }

    @Test
    void whatIsReservedIsKeptClear() {
        // the attribution's plate at the bottom right
        Box attribution = new Box(200, 186, 100, 14);
        Disc goris = new Disc(180, 190, 5);
        Placed p = new LabelPlacement(W, H, List.of(goris), List.of(attribution))
                .place(name("Goris", 30, goris)).orElseThrow();
        assertThat(p.box().intersects(attribution)).isFalse();
        assertThat(p.box().inside(W, H)).isTrue();
    }

    @Test
    void aTextOfNoMarkGoesInTheFirstOfItsPlacesThatIsFree() {
        // the distance between two versions: beside its line, on the other side when a ring is in the way
        Disc ring = new Disc(60, 100, 10);
        LabelPlacement placement = new LabelPlacement(W, H, List.of(ring), List.of());
        Box onTheRing = new Box(50, 95, 40, 14);
        Box clear = new Box(120, 95, 40, 14);
        assertThat(placement.placeInFirstFree("15 km", List.of(onTheRing, clear))).get()
                .extracting(Placed::box).isEqualTo(clear);
        assertThat(placement.place(name("Sotk", 30, new Disc(110, 102, 5)))).get()
                .satisfies(p -> assertThat(p.box().intersects(clear)).isFalse());
        assertThat(placement.placeInFirstFree("12 km", List.of(onTheRing))).isEmpty();
    }

    @Test
    void onACrowdedMapNoNameOverlapsAnotherNameOrAMarkOrLeavesTheMap() {
        Random random = new Random(14);
        List<Disc> marks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            marks.add(new Disc(random.nextDouble() * W, random.nextDouble() * H, 4.5 + random.nextInt(4)));
        }
        Box attribution = new Box(180, 186, 120, 14);
        LabelPlacement placement = new LabelPlacement(W, H, marks, List.of(attribution));
        for (Disc m : marks) {
            placement.place(name("Place " + m.x(), 30 + random.nextInt(60), m));
        }
        List<Placed> placed = placement.placed();
        assertThat(placed).as("some names fit").hasSizeGreaterThan(10);
        for (int i = 0; i < placed.size(); i++) {
            Box b = placed.get(i).box();
            assertThat(b.inside(W, H)).as(placed.get(i).text() + " inside the map").isTrue();
            assertThat(b.intersects(attribution)).isFalse();
            for (Disc m : marks) {
                assertThat(b.intersects(m)).as(placed.get(i).text() + " over a mark at " + m).isFalse();
            }
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(b.intersects(placed.get(j).box())).as(placed.get(i).text() + " over "
                        + placed.get(j).text()).isFalse();
            }
        }
    }
}
