package claimline.reading;

import claimline.reading.language.PageLines;
import claimline.reading.language.Sentence;

/** A short line without a full stop in the middle of an article is a sub-heading, not a report. */
final class Subheadings {
    private Subheadings() {}

    static boolean is(PageLines lines, Sentence s, int index) {
        if (index == 0 || s.tokens().size() > 10) {
            return false;
        }
        String text = lines.text();
        String line = text.substring(lines.lineStart(s.span().start()), lines.lineEnd(s.span().end())).strip();
        String own = s.span().of(text).strip();
        char last = own.isEmpty() ? '.' : own.charAt(own.length() - 1);
        return line.equals(own) && ".!?\"”'’)".indexOf(last) < 0;
    }
}
