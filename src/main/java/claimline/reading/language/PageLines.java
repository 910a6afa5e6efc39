package claimline.reading.language;

import claimline.model.Span;
import java.util.Arrays;

/**
 * The lines of a page, found once: where each starts and ends, and which offsets they hold. The stages that look at a
 * page's lines (captions, boilerplate, date lines, sub-headings) ask it instead of searching the text for the line
 * around an offset, which over a long line (a page with no line breaks) made reading quadratic.
 */
public final class PageLines {
    private final String text;
    /** The offset each line starts at, in order; a line ends before the next line's start minus its '\n'. */
    private final int[] starts;

    public PageLines(String text) {
        this.text = text;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
    }

    public String text() { return text; }

    /** How many lines the page has (a text without a line break has one). */
    public int count() { return starts.length; }

    public int start(int line) { return starts[line]; }

    /** The end of a line: the offset of its '\n', or the text's end. */
    public int end(int line) { return line + 1 < starts.length ? starts[line + 1] - 1 : text.length(); }

    public String line(int line) { return text.substring(start(line), end(line)); }

    /** The line an offset stands on (an offset on a '\n' belongs to the line it ends). */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The start of the line an offset stands on. */
    public int lineStart(int offset) { return start(lineOf(offset)); }

    /** The end of the line an offset stands on. */
    public int lineEnd(int offset) { return end(lineOf(offset)); }

    /** Whether a span is all its line holds but white space. */
    public boolean wholeLine(Span s) {
        return text.substring(lineStart(s.start()), s.start()).isBlank()
                && text.substring(s.end(), lineEnd(s.end())).isBlank();
    }
}
