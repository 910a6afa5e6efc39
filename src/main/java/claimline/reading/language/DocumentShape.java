package claimline.reading.language;

import claimline.reading.Assets;
import claimline.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document is before it is read (reading guide, section 1): its language, boilerplate lines, dateline
 * (outlet and place of filing) and headline. Patterns and word lists come from assets/.
 */
public final class DocumentShape {
    public record Dateline(String outlet, String place, Span span) {}

    /** Page metadata the text opens with: the publication date the page gives, and the span to leave unread. */
    public record Metadata(java.time.LocalDate date, Span span) {}

    /** All boilerplate patterns as one alternation: one match attempt per line instead of one per pattern. */
    private static final Pattern BOILERPLATE = Pattern.compile("^\\s*(?:" + String.join("|",
            Assets.lines("reading/boilerplate.txt").stream().map(r -> "(?:" + r + ")").toList()) + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A line that ends with its photo's credit: a caption wherever it stands. */
    private static final Pattern CAPTION_CREDITS = anyOf("reading/caption-credits.txt");
    /** A caption of a file photo or an illustration. */
    private static final Pattern FILE_PHOTOS = anyOf("reading/file-photos.txt");
    private static final List<Pattern> DATELINES = Assets.lines("reading/datelines.txt").stream()
            .map(Pattern::compile).toList();
    /** The date-line patterns that can only match at a line's start: tried there alone, not at every offset. */
    private static final java.util.Set<Pattern> ANCHORED_DATELINES = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    static {
        DATELINES.stream().filter(p -> anchoredAtStart(p.pattern())).forEach(ANCHORED_DATELINES::add);
    }
    /** Credits inside a line ("(REUTERS/STRINGER)"): only the match is boilerplate. */
    private static final Pattern CREDITS = Pattern.compile(String.join("|",
            Assets.lines("reading/credits.txt").stream().map(r -> "(?:" + r + ")").toList()));
    /** Photo captions, looked for in the first lines of an article. */
    private static final Pattern CAPTIONS = Pattern.compile(String.join("|",
            Assets.lines("reading/captions.txt").stream().map(r -> "(?:" + r + ")").toList()));
    /** How many lines from the top a caption may stand (a photo sits under the headline). */
    private static final int CAPTION_LINES = 8;
    /** Lines ending with a photo's credit that, if they are most of the lines, make an article a gallery. */
    private static final int GALLERY_CAPTIONS = 3;
    /** A line this long that stands twice is a caption repeated, not a report told twice. */
    private static final int REPEATED_LINE_CHARS = 30;
    private static final List<Pattern> METADATA = Assets.lines("reading/metadata.txt").stream()
            .map(Pattern::compile).toList();

    private DocumentShape() {}

    /** The page's own metadata at the start of the text (a stored page's "date 2023-04-12"), or null. */
    public static Metadata metadata(String text) {
        for (Pattern p : METADATA) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                try {
                    java.time.LocalDate d = java.time.LocalDate.parse(m.group("date"));
                    int start = m.start() + (m.group().length() - m.group().stripLeading().length());
                    return new Metadata(d, new Span(start, m.end()));
                } catch (java.time.format.DateTimeParseException notADate) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Spans of the lines that are not article text: "Baca juga" links, comment widgets, share prompts, bylines. */
    public static List<Span> boilerplate(String text) {
        PageLines lines = new PageLines(text);
        Span[] credits = credits(lines);
        return boilerplate(lines, captions(lines, credits), credits);
    }

    /**
     * The same, with the captions ({@link #captions}, boilerplate too) and each line's credit ({@link #credits})
     * already found.
     */
    public static List<Span> boilerplate(PageLines lines, List<Span> captions, Span[] credits) {
        String text = lines.text();
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            String line = text.substring(start, end);
            if (line.isBlank()) {
                continue;
            }
            if (BOILERPLATE.matcher(line).lookingAt()) { // anchored at the line's start: no need to search it
                out.add(stripped(text, start, end));
            } else if (credits[i] != null && !captions.contains(stripped(text, start, end))) {
                out.add(stripped(text, start + credits[i].start(), start + credits[i].end()));
                // a gallery's caption is its story: only its credit is not text
            } else {
                Span glued = gluedHeadline(line);
                if (glued != null) {
                    out.add(new Span(start + glued.start(), start + glued.end()));
                }
            }
        }
        for (Span c : captions) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        Matcher credit = CREDITS.matcher(text);
        while (credit.find()) {
            Span c = new Span(credit.start(), credit.end());
            if (out.stream().noneMatch(b -> b.contains(c))) {
                out.add(c);
            }
        }
        out.sort(null);
        return out;
    }

    /** Where a sentence ends and the next, capitalised, begins in a line. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"'’”]?\\s+(?=[\"'‘“]?\\p{Lu})");
    /** How many long words a linked story's headline has at least ("Army Rejects China's Allegations, Says …"). */
    private static final int HEADLINE_LONG_WORDS = 5;
    /** A word of a headline: letters, digits, apostrophes and hyphens ("China's", "'Fired"). */
    private static final Pattern HEADLINE_WORD = Pattern.compile("[\\p{L}\\d'’-]+");
    /** Words this short may stay lower case in a headline written in title case ("by", "at", "di", "dan"). */
    private static final int SHORT_WORD = 3;

    /**
     * The headline of a linked story glued to the end of a paragraph ("… it added. Indian Army Rejects China's
     * Allegations, Says 'No Shots Fired by India at LAC'."), as offsets into the line, or null: the line's last sentence,
     * after another, in which every word longer than three letters is capitalised, as a headline is written and a
     * sentence of text is not.
     */
    static Span gluedHeadline(String line) {
        Matcher m = SENTENCE_BREAK.matcher(line);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        if (from < 0) {
            return null;
        }
        int end = line.stripTrailing().length();
        int longWords = 0;
        Matcher word = HEADLINE_WORD.matcher(line).region(from, end);
        while (word.find()) {
            int first = word.start();
            while (first < word.end() && "'’-".indexOf(line.charAt(first)) >= 0) {
                first++; // "'No": the quotation mark is not the word's
            }
            if (word.end() - first <= SHORT_WORD || !Character.isLetter(line.charAt(first))) {
                continue;
            }
            if (!Character.isUpperCase(line.charAt(first))) {
                return null;
            }
            longWords++;
        }
        return longWords >= HEADLINE_LONG_WORDS ? new Span(from, end) : null;
    }

    /**
     * Per line, the photo credit it ends with ("… / Reuters", "(FOTO: AFP)"), as offsets into the line, or null. A
     * credit ends its line, so it is looked for in the line's last {@value #CREDIT_REACH} characters only (before, a
     * search over the whole of every line, three times, was a third of the reading time).
     */
    public static Span[] credits(PageLines lines) {
        Span[] out = new Span[lines.count()];
        Matcher m = CAPTION_CREDITS.matcher("");
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            if (line.isBlank()) {
                continue;
            }
            m.reset(line).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(Math.max(0, line.stripTrailing().length() - CREDIT_REACH), line.length());
            if (m.find()) {
                out[i] = new Span(m.start(), m.end());
            }
        }
        return out;
    }

    /**
     * How far from its line's end (white space aside) a photo credit may start: the longest a pattern of
     * caption-credits.txt matches is about 110 characters.
     */
    private static final int CREDIT_REACH = 160;

    /**
     * Spans of the photo captions: a line among the first that reads as one, and any line that stands twice (a caption
     * repeated under its photo). Not article text, but a caption's date tells when its photo was taken: no later than
     * the publication.
     */
    public static List<Span> captions(String text) {
        PageLines lines = new PageLines(text);
        return captions(lines, credits(lines));
    }

    /** The same, with each line's credit ({@link #credits}) already found. */
    public static List<Span> captions(PageLines lines, Span[] credits) {
        String text = lines.text();
        List<Span> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        String[] normal = new String[lines.count()];
        int nonBlank = 0;
        int credited = 0;
        for (int i = 0; i < lines.count(); i++) {
            String l = lines.line(i);
            normal[i] = normalised(l);
            seen.merge(normal[i], 1, Integer::sum);
            if (!l.isBlank()) {
                nonBlank++;
                credited += credits[i] != null ? 1 : 0;
            }
        }
        // A gallery tells its story in captions, each ending with its credit: there they are the text.
        boolean gallery = credited >= GALLERY_CAPTIONS && 2 * credited > nonBlank;
        int lineNo = 0;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            String line = text.substring(start, end);
            if (!line.isBlank() && (lineNo++ < CAPTION_LINES && CAPTIONS.matcher(line).find()
                    || !gallery && credits[i] != null
                    || line.strip().length() >= REPEATED_LINE_CHARS && seen.get(normal[i]) > 1)) {
                out.add(stripped(text, start, end));
            }
        }
        return out;
    }

    /** Whether a caption is of a file photo or an illustration ("Ilustrasi: …", "… - Reuters/File"). */
    public static boolean filePhoto(String caption) {
        return FILE_PHOTOS.matcher(caption).find();
    }

    private static Pattern anyOf(String asset) {
        return Pattern.compile(String.join("|", Assets.lines(asset).stream().map(r -> "(?:" + r + ")").toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A line as a repeat of it is recognised: one space where it has several ("Israel  over" is "Israel over"). */
    private static String normalised(String line) {
        String s = line.strip();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)) || space && c != ' ') {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i); // most lines have no run of spaces
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (out != null) {
                if (!(space && out.length() > 0 && out.charAt(out.length() - 1) == ' ')) {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** The line {@code [start, end)} without the white space around it. */
    private static Span stripped(String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    /**
     * The dateline on one of the first lines that have text, if any: a headline, a byline with the date and a photo's
     * caption often stand above it.
     */
    public static Dateline dateline(String text) { return dateline(text, 0); }

    /** The same, read from {@code from} on: after the page's metadata that opens the first line. */
    public static Dateline dateline(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length() && text.charAt(lineStart) == ' ') {
            lineStart++;
        }
        for (int line = 0; line < DATELINE_LINES && lineStart < text.length(); ) {
            int nl = text.indexOf('\n', lineStart);
            int end = nl < 0 ? text.length() : nl;
            String s = text.substring(lineStart, end);
            if (s.isBlank()) {
                lineStart = end + 1;
                continue;
            }
            line++;
            for (Pattern p : DATELINES) {
                Matcher m = p.matcher(s);
                if (ANCHORED_DATELINES.contains(p) ? m.lookingAt() : m.find()) {
                    String place = group(m, "place");
                    String outlet = group(m, "outlet");
                    return new Dateline(outlet == null ? null : outlet.strip(),
                            place == null ? null : titleCase(place.strip()),
                            new Span(lineStart + m.start(), lineStart + m.end()));
                }
            }
            lineStart = end + 1;
        }
        return null;
    }

    /** How many lines with text a dateline may stand below (menu words, headline, byline, caption). */
    private static final int DATELINE_LINES = 5;

    /** A named group of the pattern, or null when the pattern has none ("Jakarta - " names no outlet). */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    /**
     * The first line (after any metadata ending at {@code from}), when it reads as a headline: short, no closing full
     * stop, not a dateline, more lines follow.
     */
    public static String headline(String text, int from, Dateline dateline) {
        int nl = text.indexOf('\n', from);
        if (nl < 0) {
            return null;
        }
        String first = text.substring(from, nl).strip();
        if (first.isEmpty() || first.length() > 200 || first.endsWith(".") || first.endsWith(",")
                || (dateline != null && dateline.span().start() < nl)) {
            return null;
        }
        return first;
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * Whether a regular expression can only match at its input's start: it opens with "^" and has no alternative
     * outside a group ("^a|b" can match anywhere).
     */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is a literal
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}
