package claimline.reading.claims;

import claimline.model.Stance;
import java.util.List;

/**
 * Who says a clause and whether they assert or deny. A null claimant is the outlet's own narrative;
 * {@code continues} marks "katanya", "he added", "pernyataan itu": the last named speaker. {@code others} are the
 * speakers named with the first ("Arab Saudi dan Amerika Serikat mengatakan"): each says it too. {@code verb}: the
 * token of the verb of saying ("mengatakan", "warned", "kata"), -1 when none names the speech ("menurut X").
 */
public record Attribution(String claimant, List<String> others, Stance stance, boolean continues, int verb) {
    public static final Attribution OUTLET = new Attribution(null, List.of(), Stance.ASSERTS, false, -1);
    public static final Attribution CONTINUES = new Attribution(null, List.of(), Stance.ASSERTS, true, -1);

    public Attribution {
        others = List.copyOf(others);
    }

    static Attribution of(List<String> claimants, int verb) {
        return new Attribution(claimants.get(0), claimants.subList(1, claimants.size()), Stance.ASSERTS, false, verb);
    }

    /** The same attribution with its verb at {@code verbAt} (-1: no verb of this clause). */
    public Attribution continuing(int verbAt) {
        return new Attribution(claimant, others, stance, continues, verbAt);
    }

    public boolean explicit() { return claimant != null || continues; }

    public Attribution denying() { return new Attribution(claimant, others, Stance.DENIES, continues, verb); }
}
