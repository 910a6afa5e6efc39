package claimline.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The publication date of a document (null when unknown), how it was known, and the words it rests on. {@code time}
 * is the moment with its UTC offset when the page's metadata gives one (null otherwise); its date is {@code date}.
 */
public record Published(LocalDate date, PublishedBasis basis, String evidence, OffsetDateTime time) {
    public Published {
        Objects.requireNonNull(basis);
        evidence = evidence == null ? "" : evidence;
        if ((date == null) != (basis == PublishedBasis.UNKNOWN)) {
            throw new IllegalArgumentException("a publication date is null exactly when its basis is unknown");
        }
        if (time != null && !time.toLocalDate().equals(date)) {
            throw new IllegalArgumentException("publication time " + time + " is not on its date " + date);
        }
    }

    public Published(LocalDate date, PublishedBasis basis, String evidence) {
        this(date, basis, evidence, null);
    }

    public static Published unknown(String evidence) { return new Published(null, PublishedBasis.UNKNOWN, evidence); }
}
