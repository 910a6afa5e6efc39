package claimline.corrections;

import claimline.model.Source;
import java.util.Objects;

/**
 * Where a correction applies, named by what re-reading cannot change: a passage of a document. Event ids are
 * hashes of the reader's output and may change when the reader improves; passages of an unchanged article do not.
 */
public record Anchor(String document, int start, int end) {
    public Anchor {
        Objects.requireNonNull(document);
    }

    public static Anchor of(Source s) {
        return new Anchor(s.document(), s.start(), s.end());
    }

    public boolean isExactly(Source s) {
        return s.document().equals(document) && s.start() == start && s.end() == end;
    }

    /** Characters shared with a passage of the same document (0 when none). */
    public int overlap(Source s) {
        if (!s.document().equals(document)) {
            return 0;
        }
        return Math.max(0, Math.min(end, s.end()) - Math.max(start, s.start()));
    }

    @Override
    public String toString() {
        return document + " [" + start + "–" + end + ")";
    }
}
