package claimline.eval;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development corpus's figures as last measured with the whole corpus present: they may rise, never fall. Raise
 * them when the reader gets better (the README lists the figures they come from).
 */
final class Floors {
    private Floors() {}

    static void check(IncidentScorer.Totals all, IncidentScorer.Totals datable, int publicationYearsRight) {
        assertThat(all.recall()).as("happenings found").isGreaterThanOrEqualTo(0.39);
        assertThat(datable.recall()).as("datable happenings found").isGreaterThanOrEqualTo(0.70);
        assertThat(datable.claimRecall()).as("claims found on datable happenings").isGreaterThanOrEqualTo(0.59);
        assertThat(all.precision()).as("event precision").isGreaterThanOrEqualTo(0.82);
        assertThat(all.boilerplateLeaks()).as("events from boilerplate").isZero();
        assertThat(publicationYearsRight).as("publication years right").isGreaterThanOrEqualTo(51);
    }
}
