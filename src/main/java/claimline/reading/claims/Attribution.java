package claimline.reading.claims;

import claimline.model.Stance;
import java.util.List;

/**
 * Who says a clause and whether they assert or deny. A null claimant is the outlet's own narrative;
 * {@code continues} marks "katanya", "he added", "pernyataan itu": the last named speaker. {@code others} are the
 * speakers named with the first ("Arab Saudi dan Amerika Serikat mengatakan"): each says it too.
 */
public record Attribution(String claimant, List<String> others, Stance stance, boolean continues) {
    public static final Attribution OUTLET = new Attribution(null, List.of(), Stance.ASSERTS, false);
    public static final Attribution CONTINUES = new Attribution(null, List.of(), Stance.ASSERTS, true);

    public Attribution {
        others = List.copyOf(others);
    }

    static Attribution of(String claimant) {
        return new Attribution(claimant, List.of(), Stance.ASSERTS, false);
    }

    static Attribution of(List<String> claimants) {
        return new Attribution(claimants.get(0), claimants.subList(1, claimants.size()), Stance.ASSERTS, false);
    }

    public boolean explicit() { return claimant != null || continues; }

    public Attribution denying() { return new Attribution(claimant, others, Stance.DENIES, continues); }
}
