package claimline.app;

import claimline.model.Document;
import claimline.model.Source;
import claimline.viewmodel.ModelIndex;

/** Short forms of passages for links and cards. */
final class Passages {
    private Passages() {}

    static String text(ModelIndex index, Source s) {
        Document d = index == null ? null : index.document(s.document());
        if (d == null) {
            return s.document() + " [" + s.start() + "–" + s.end() + "]";
        }
        return d.text().substring(s.start(), Math.min(s.end(), d.length())).replaceAll("\\s+", " ").strip();
    }

    static String shorten(String s, int limit) {
        return s.length() <= limit ? s : s.substring(0, limit - 1) + "…";
    }
}
