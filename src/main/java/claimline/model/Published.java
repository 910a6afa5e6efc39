package claimline.model;

import java.time.LocalDate;
import java.util.Objects;

/** The publication date of a document (null when unknown), how it was known, and the words it rests on. */
public record Published(LocalDate date, PublishedBasis basis, String evidence) {
    public Published {
        Objects.requireNonNull(basis);
        evidence = evidence == null ? "" : evidence;
        if ((date == null) != (basis == PublishedBasis.UNKNOWN)) {
            throw new IllegalArgumentException("a publication date is null exactly when its basis is unknown");
        }
    }

    public static Published unknown(String evidence) { return new Published(null, PublishedBasis.UNKNOWN, evidence); }
}
