package claimline.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a saved page or a collection's row says about its article, each with where it came from: the title, the outlet,
 * the publication date (and moment with its offset, when given), the canonical URL and the declared language. Any of
 * them may be null.
 */
public record PageMetadata(String title, String outlet, LocalDate date, OffsetDateTime time, String dateEvidence,
                           String url, String language) {
    public PageMetadata {
        if (time != null) {
            date = time.toLocalDate();
        }
        if (date == null) {
            dateEvidence = null;
        }
    }

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null);

    public boolean hasDate() { return date != null; }

    public PageMetadata withPublished(PublishedValue value, String evidence) {
        return value == null ? this
                : new PageMetadata(title, outlet, value.date(), value.time(), evidence, url, language);
    }

    /** This metadata with the fields {@code over} has replacing these (a collection's columns over the page's own). */
    public PageMetadata overriddenBy(PageMetadata over) {
        boolean date = over.date != null;
        return new PageMetadata(over.title != null ? over.title : title, over.outlet != null ? over.outlet : outlet,
                date ? over.date : this.date, date ? over.time : time, date ? over.dateEvidence : dateEvidence,
                over.url != null ? over.url : url, over.language != null ? over.language : language);
    }
}
