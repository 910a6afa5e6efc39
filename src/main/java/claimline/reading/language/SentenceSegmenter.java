package claimline.reading.language;

import claimline.reading.Assets;
import claimline.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a document into sentences with offsets. Every line is a paragraph (a headline without a full stop is a
 * sentence); inside a line, a sentence ends at . ! ? (and a closing quote after it) before a capital, a quote or a
 * bracket, unless the word before is an abbreviation (AS, PBB, Menlu, Gen.) or a number goes on (9.00, 6.600).
 * Boilerplate lines are not read.
 */
public final class SentenceSegmenter {
    private final Set<String> abbreviations = new HashSet<>(Assets.lines("lexicon/abbreviations.txt"));
    private final Set<String> lineJoiners = new HashSet<>(Assets.lines("lexicon/line-joiners.txt"));
    /** A line shorter than this is a headline, a byline or a caption, never text wrapped by hand. */
    private static final int WRAPPED_LINE_MIN = 40;

    public List<Sentence> segment(String text, List<Span> skipped) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            while (lineEnd < text.length() && runsOn(text, lineStart, lineEnd, skipped)) {
                int next = text.indexOf('\n', lineEnd + 1);
                lineEnd = next < 0 ? text.length() : next;
            }
            Span line = new Span(lineStart, lineEnd);
            if (skipped.stream().noneMatch(s -> s.overlaps(line) && s.contains(trim(text, line)))) {
                splitLine(text, readFrom(text, lineStart, lineEnd, skipped), lineEnd, out, skipped);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Whether a line wrapped by hand runs on into the next: it ends with no mark that closes a sentence, and the next
     * line goes on in lower case or the line ends with a word no sentence or headline ends with ("… from the" /
     * "Zarumilla on Monday."). Lines are paragraphs otherwise.
     */
    private boolean runsOn(String text, int lineStart, int lineEnd, List<Span> skipped) {
        Span line = trim(text, new Span(lineStart, lineEnd));
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        Span next = trim(text, new Span(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd));
        if (line.length() < WRAPPED_LINE_MIN || next.length() == 0) {
            return false; // a blank line between is a paragraph's end
        }
        char last = text.charAt(line.end() - 1);
        if (!Character.isLetterOrDigit(last) && last != ',') {
            return false;
        }
        if (skipped.stream().anyMatch(k -> k.overlaps(next) || k.overlaps(line))) {
            return false;
        }
        int w = line.end();
        while (w > line.start() && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String lastWord = text.substring(w, line.end()).toLowerCase(java.util.Locale.ROOT);
        return Character.isLowerCase(text.charAt(next.start())) || lineJoiners.contains(lastWord);
    }

    /** Where the text of a line starts: after a skipped span that opens it (page metadata before the headline). */
    private static int readFrom(String text, int lineStart, int lineEnd, List<Span> skipped) {
        int start = trim(text, new Span(lineStart, lineEnd)).start();
        for (Span s : skipped) {
            if (s.start() <= start && s.end() > start && s.end() < lineEnd) {
                start = s.end();
            }
        }
        return start;
    }

    private static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private void splitLine(String text, int from, int to, List<Sentence> out, List<Span> skipped) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && (text.charAt(end) == '.' || isQuote(text.charAt(end)) || text.charAt(end) == ')')) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to) {
                break;
            }
            char n = text.charAt(next);
            boolean opens = Character.isUpperCase(n) || isQuote(n) || n == '(' || n == '[';
            if (!opens || (c == '.' && isAbbreviation(text, start, i))) {
                continue;
            }
            add(text, start, end, out, skipped);
            start = next;
            i = next - 1;
        }
        add(text, start, to, out, skipped);
    }

    private boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (abbreviations.contains(word)) {
            return true;
        }
        // A single capital letter before a dot is an initial (S. Jaishankar).
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    public static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '\'' || c == '‘' || c == '’';
    }


    /**
     * A sentence, less a skipped span that ends it (a photo credit): it is never read, never part of a passage. A
     * sentence that is a skipped span whole ("(Blog: reporting on …)" after a paragraph's last full stop) is none.
     */
    private static void add(String text, int from, int to, List<Sentence> out, List<Span> skipped) {
        for (Span k : skipped) {
            if (k.start() > from && k.start() < to && k.end() >= trim(text, new Span(from, to)).end()) {
                to = k.start();
            }
        }
        Span s = trim(text, new Span(from, to));
        if (s.length() == 0 || skipped.stream().anyMatch(k -> k.contains(s))) {
            return;
        }
        out.add(new Sentence(out.size(), s, Tokenizer.tokenize(text, s.start(), s.end())));
    }
}
