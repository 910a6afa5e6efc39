package claimline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A lane's mask counts, finds and selects the positions shown as a plain bit set would, without a walk. */
class BitsTest {
    @Property(tries = 200)
    void countsFindsAndSelectsAsAPlainBitSetWould(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = r.nextInt(0, 700);
        int density = r.nextInt(1, 10);
        BitSet plain = new BitSet();
        for (int p = 0; p < size + 70; p++) {
            if (r.nextInt(10) < density) {
                plain.set(p); // some past the size, which the mask leaves out
            }
        }
        Bits bits = Bits.of(plain, size);
        BitSet expected = plain.get(0, size);
        assertThat(bits.count()).isEqualTo(expected.cardinality());
        for (int p = 0; p < size; p++) {
            assertThat(bits.get(p)).isEqualTo(expected.get(p));
            assertThat(bits.rank(p)).isEqualTo(expected.get(0, p).cardinality());
            int next = expected.nextSetBit(p);
            assertThat(bits.next(p)).isEqualTo(next);
        }
        for (int k = 0, p = expected.nextSetBit(0); p >= 0; k++, p = expected.nextSetBit(p + 1)) {
            assertThat(bits.select(k)).isEqualTo(p);
        }
        int a = size == 0 ? 0 : r.nextInt(size);
        int b = size == 0 ? 0 : r.nextInt(a, size + 1);
        assertThat(bits.count(a, b)).isEqualTo(expected.get(a, b).cardinality());
    }
}
