package claimline.reading.claims;

import claimline.model.Stance;

/**
 * Who says a clause and whether they assert or deny. A null claimant is the outlet's own narrative;
 * {@code continues} marks "katanya", "he added", "pernyataan itu": the last named speaker.
 */
public record Attribution(String claimant, Stance stance, boolean continues) {
    public static final Attribution OUTLET = new Attribution(null, Stance.ASSERTS, false);
    public static final Attribution CONTINUES = new Attribution(null, Stance.ASSERTS, true);

    public boolean explicit() { return claimant != null || continues; }

    public Attribution denying() { return new Attribution(claimant, Stance.DENIES, continues); }
}
