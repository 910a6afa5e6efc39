package claimline.reading.events;

import java.util.List;

/** Looking for a stemmed phrase where a word stands: one look at the words there, not a scan of the clause. */
final class StemPhrases {
    private StemPhrases() {}

    /** Whether one of the phrases (those with the stem at {@code i} first, or null) starts at {@code i}. */
    static boolean startsAny(List<List<String>> phrases, List<String> stems, int i, int to) {
        if (phrases != null) {
            for (List<String> p : phrases) {
                if (startsAt(stems, i, to, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code phrase} starts at {@code i} and ends before {@code to}. */
    static boolean startsAt(List<String> stems, int i, int to, List<String> phrase) {
        if (i + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
