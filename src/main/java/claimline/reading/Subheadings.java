package claimline.reading;

import claimline.reading.language.Sentence;

/** A short line without a full stop in the middle of an article is a sub-heading, not a report. */
final class Subheadings {
    private Subheadings() {}

    static boolean is(String text, Sentence s, int index) {
        if (index == 0 || s.tokens().size() > 10) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', s.span().start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.span().end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        String own = s.span().of(text).strip();
        char last = own.isEmpty() ? '.' : own.charAt(own.length() - 1);
        return line.equals(own) && ".!?\"”'’)".indexOf(last) < 0;
    }
}
