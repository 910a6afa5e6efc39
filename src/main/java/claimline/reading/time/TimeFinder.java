package claimline.reading.time;

import claimline.reading.language.Language;
import claimline.reading.language.Tokenizer;
import claimline.reading.language.Token;
import claimline.reading.actors.Gazetteer;
import claimline.model.Span;
import claimline.reading.time.TimeMention.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence (reading guide, section 4): dates with and without a year, (d/m) after a
 * weekday, weekdays, parts of the day, clock times with their zone (waktu setempat, waktu Moskow, GMT), months,
 * years, and words relative to the publication date. The vocabulary comes from assets/lexicon/CODE/time.json.
 */
public final class TimeFinder {
    /**
     * A pattern; {@code digits} when it cannot match without a digit, and {@code gate} the words one of which it
     * needs (null: none), so that sentences lacking them skip it. Most sentences name no month, weekday or part of
     * the day, and scanning them with those alternations was half the cost of reading.
     */
    private record Rule(Pattern pattern, Kind kind, boolean digits, java.util.Set<String> gate,
                        java.util.function.Predicate<String> needs) {}

    private final TimeLexicon lex;
    private final List<Rule> rules = new ArrayList<>();
    private final TimeMatchReader reader;
    /** Lists of days and dates ("3, 9 dan 10 Oktober", "11 Januari dan 26 November 2021"). */
    private final ListedDates lists;
    /** Characters a rule's match may start before the word or digit that opens it ("sejak bulan ", "sembilan "). */
    private static final int PREFIX_ROOM = 16;
    /** Gate word to the rules (bits) it opens; built lazily once the rules are known. Read-only afterwards. */
    private volatile java.util.Map<String, Long> gateMasks;

    private static final java.util.Map<String, TimeFinder> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The finder for a language over the shared gazetteer. Finders are immutable and compiled patterns are
     * thread-safe, so one per language serves every document (compiling them per document cost a third of reading).
     */
    public static TimeFinder of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language.code(), l -> new TimeFinder(language, Gazetteer.get()));
    }

    /**
     * The patterns arrange the language's time words (assets/lexicon/CODE/time.json); no word is written here, so a
     * language is added as data.
     */
    public TimeFinder(Language language, Gazetteer gazetteer) {
        this.lex = TimeLexicon.of(language);
        String m = alt(lex.months.keySet());
        String wd = alt(lex.weekdays.keySet());
        String pod = alt(lex.partsOfDay.keySet());
        String last = alt(lex.last);
        String now = alt(lex.thisWords);
        String n = "(?<n>\\d{1,2}|" + alt(lex.counts.keySet()) + ")";
        String ap = meridiem(lex.meridiem.keySet());
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        rule("\\(?\\s*(?<h>\\d{1,2})[:.]?(?<min>\\d{2})\\s*(?:" + alt(lex.utcWords) + ")\\s*\\)?", Kind.UTC_CLOCK, ci, gate(lex.utcWords));
        rule("\\b(?<wd>" + wd + ")\\s*,?\\s*\\(\\s*(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?\\s*\\)", Kind.WEEKDAY, ci, gate(lex.weekdays.keySet()));
        // "Thu, 08/11/2011": a weekday's short form only right before a date in figures (a page's stamp)
        rule("\\b(?<wd>" + alt(lex.weekdayAbbreviations.keySet()) + ")\\.?(?=,?\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\b)", Kind.WEEKDAY,
                ci, gate(lex.weekdayAbbreviations.keySet()));
        rule("\\(?\\b(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}))?\\b\\)?", Kind.DAY_MONTH, 0, null, x -> x.indexOf('/') >= 0);
        // a page's stamp written with hyphens: "17-01-2024" (day first), "2024-01-17" (ISO); a year is needed
        rule("(?<![\\d-])\\b(?<d>\\d{1,2})-(?<m>\\d{1,2})-(?<y>(?:19|20)\\d{2})\\b(?!-\\d)", Kind.DAY_MONTH, 0, null,
                x -> x.indexOf('-') >= 0);
        rule("(?<![\\d-])\\b(?<y>(?:19|20)\\d{2})-(?<m>\\d{2})-(?<d>\\d{2})\\b(?!-\\d)", Kind.DAY_MONTH, 0, null,
                x -> x.indexOf('-') >= 0);
        rule("\\b(?<d>\\d{1,2})\\s+(?<mon>" + m + ")\\.?(?:,?\\s+(?<y>(?:19|20)\\d{2}))?\\b", Kind.DAY_MONTH, ci, gate(lex.months.keySet()));
        rule("\\b(?<mon>" + m + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[:.]\\d)(?:,?\\s+(?<y>(?:19|20)\\d{2})\\b)?", Kind.DAY_MONTH, ci, gate(lex.months.keySet()));
        rule("\\b(?<mon>" + m + ")\\s+(?<y>(?:19|20)\\d{2})\\b", Kind.MONTH_YEAR, ci, gate(lex.months.keySet()));
        rule(lex.directionFirst ? "\\b(?:" + last + ")\\s+(?<mon>" + m + ")\\b" : "\\b(?<mon>" + m + ")\\s+(?:" + last + ")\\b", Kind.LAST_MONTH, ci, gate(lex.months.keySet()));
        rule("\\b(?:" + alt(lex.monthPrepositions) + ")\\s+(?:(?:" + alt(lex.monthWordAfterPreposition) + ")\\s+)?(?<mon>" + m + ")\\b", Kind.MONTH, ci, gate(lex.months.keySet()));
        // "a January raid": a month's name between an article and its noun (capitalised, as TimeMatchReader checks)
        rule("(?<=\\b(?:" + alt(lex.monthDeterminers) + ")\\s)(?<mon>" + m + ")\\b(?=\\s+\\p{L})", Kind.MONTH, ci,
                gate(lex.months.keySet()));
        relative(Kind.RELATIVE_YEAR, lex.yearWords, n, last + "|" + now, ci);
        relative(Kind.RELATIVE_MONTH, lex.monthWords, n, last, ci);
        relative(Kind.RELATIVE_WEEK, lex.weekWords, n, last + "|" + now, ci);
        // "three days ago", "tiga hari (yang) lalu": a count is needed ("the last day" is no date)
        rule("\\b" + n + "\\s+(?:" + alt(lex.dayWords) + ")\\s+(?:(?:" + alt(lex.beforeLast) + ")\\s+)?(?<dir>" + last
                + ")\\b", Kind.RELATIVE_DAY, ci, gate(lex.dayWords));
        rule("\\b(?:" + alt(lex.yearPrepositions) + ")\\s+(?<y>(?:19|20)\\d{2})\\b", Kind.YEAR, ci, null, TimeFinder::hasFourDigits);
        // a year, or a range of years ("1950-53", "1998–2000"): the range's last year is kept in amount
        rule("(?<![\\d.,/])\\b(?<y>(?:19|20)\\d{2})\\b(?:\\s?[-\u2013]\\s?(?<y2>(?:19|20)?\\d{2})\\b)?(?![\\d.,/]\\d)",
                Kind.YEAR, 0, null, TimeFinder::hasFourDigits);
        rule("\\b(?<rel>" + alt(lex.relativeDays.keySet()) + ")\\b", Kind.RELATIVE_DAY, ci, gate(lex.relativeDays.keySet()));
        // "sehari sebelumnya", "the next day", "dua hari kemudian": counted from the date the text has just given
        rule("\\b(?<rel>" + alt(lex.anchoredDays.keySet()) + ")\\b", Kind.ANCHORED_DAY, ci, gate(lex.anchoredDays.keySet()));
        rule("\\b" + n + "\\s+(?:" + alt(lex.dayWords) + ")\\s+(?<dir>" + alt(lex.anchoredDirections.keySet()) + ")\\b",
                Kind.ANCHORED_DAY, ci, gate(lex.dayWords));
        rule("\\b(?:(?:" + alt(lex.clockWords) + ")\\s+)(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?(?:\\s*(?<ap>" + ap + "|" + pod + "))?", Kind.CLOCK, ci, gate(lex.clockWords));
        rule("\\b(?<h>\\d{1,2})[:.](?<min>\\d{2})\\b(?![.,]\\d)(?:\\s*(?<ap>" + ap + "))?", Kind.CLOCK, ci, null, x -> x.indexOf(':') >= 0 || x.indexOf('.') >= 0);
        if (!lex.meridiem.isEmpty()) {
            rule("\\b(?<h>\\d{1,2})\\s*(?<ap>" + ap + ")", Kind.CLOCK, ci, gate(meridiemGate(lex.meridiem.keySet())));
        }
        rule("\\b(?:(?:" + alt(lex.dayPrepositions) + ")\\s+)?(?<wd>" + wd + ")\\b(?<pod>\\s+(?:" + pod + "))?", Kind.WEEKDAY, ci, gate(lex.weekdays.keySet()));
        rule("\\b(?<pod>" + pod + ")\\b", Kind.PART_OF_DAY, ci, gate(lex.partsOfDay.keySet()));
        Pattern zoneAfter = Pattern.compile("^\\s*(?:(?<local>" + alt(lex.localTime) + ")"
                + "|(?:" + alt(lex.zonePrefix) + ")\\s+(?<named>\\p{Lu}[\\p{L}]+)"
                + "|(?<named2>\\p{Lu}[\\p{L}]+)\\s+(?:" + alt(lex.zoneSuffix) + ")\\b)", ci);
        reader = new TimeMatchReader(lex, gazetteer, zoneAfter);
        lists = new ListedDates(lex);
    }

    private static String alt(java.util.Collection<String> words) {
        return TimeLexicon.alt(words);
    }

    /**
     * "2 years ago", "tahun lalu", "last year", "this week": a unit word with a direction word, in the language's order
     * (with a count before the unit when the unit comes first).
     */
    private void relative(Kind kind, List<String> units, String n, String directions, int ci) {
        String unit = alt(units);
        String regex = lex.directionFirst ? "\\b(?<dir>" + directions + ")\\s+(?:" + unit + ")\\b"
                + "|\\b(?:(?:" + n + ")\\s+)(?:" + unit + ")\\s+(?<dir2>" + directions + ")\\b"
                : "\\b(?:(?:" + n + ")\\s+)?(?:" + unit + ")\\s+(?<dir>" + directions + ")\\b";
        rule(regex, kind, ci, gate(units));
    }

    /** "am" as the text writes it: a.m., am, a.m (the letters of the word, each with an optional dot). */
    private static String meridiem(java.util.Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        List<String> forms = new ArrayList<>();
        for (String w : words) {
            StringBuilder sb = new StringBuilder();
            for (char c : w.toCharArray()) {
                sb.append(Pattern.quote(String.valueOf(c))).append("\\.?");
            }
            forms.add(sb + "(?![\\p{L}])");
        }
        return String.join("|", forms);
    }

    /** The cue words of a meridiem: the word itself and its first letter (written "a.m." it tokenises as "a"). */
    private static java.util.Set<String> meridiemGate(java.util.Collection<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(w);
            out.add(w.substring(0, 1));
        }
        return out;
    }

    private void rule(String regex, Kind kind, int flags) {
        rule(regex, kind, flags, null);
    }

    /** A rule that also needs something cheap to check in the sentence: a "/" for 12/9, a ":" or "." for 9.00. */
    private void rule(String regex, Kind kind, int flags, java.util.Set<String> gate,
                      java.util.function.Predicate<String> needs) {
        rule(regex, kind, flags, gate);
        Rule r = rules.remove(rules.size() - 1);
        rules.add(new Rule(r.pattern(), r.kind(), r.digits(), r.gate(), needs));
    }

    private java.util.Map<String, Long> gateMasks() {
        if (gateMasks == null) {
            if (rules.size() > Long.SIZE) {
                throw new IllegalStateException("more time rules than gate bits");
            }
            java.util.Map<String, Long> masks = new java.util.HashMap<>();
            for (int ri = 0; ri < rules.size(); ri++) {
                if (rules.get(ri).gate() != null) {
                    for (String w : rules.get(ri).gate()) {
                        masks.merge(w, 1L << ri, (a, b) -> a | b);
                    }
                }
            }
            gateMasks = masks;
        }
        return gateMasks;
    }

    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The first word of each phrase, letters only, lower-cased: what a sentence must contain for the rule. */
    private static java.util.Set<String> gate(java.util.Collection<String> phrases) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            String[] w = p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (String x : w) {
                if (!x.isEmpty()) {
                    out.add(x);
                    break;
                }
            }
        }
        return out;
    }

    private void rule(String regex, Kind kind, int flags, java.util.Set<String> gate) {
        // Every alternative of these patterns needs a digit: a day, an hour, a year or a d/m date.
        boolean digits = switch (kind) {
            case UTC_CLOCK, DAY_MONTH, MONTH_YEAR, YEAR, CLOCK -> true;
            default -> false;
        };
        if (gate == null && !digits) {
            throw new IllegalArgumentException("a time rule needs gate words or digits to be searched near: " + regex);
        }
        rules.add(new Rule(Pattern.compile(regex, flags), kind, digits, gate, null));
    }

    /** Time expressions of one sentence, left to right, none overlapping (the longest wins). */
    public List<TimeMention> find(String text, Span sentence) {
        return find(text, sentence, Tokenizer.tokenize(text, sentence.start(), sentence.end()));
    }

    /** The times of a sentence whose tokens are already known. */
    public List<TimeMention> find(String text, Span sentence, List<Token> tokens) {
        String s = sentence.of(text);
        List<TimeMention> all = new ArrayList<>();
        TimeCues cues = new TimeCues(s, tokens, sentence.start(), gateMasks());
        for (int ri = 0; ri < rules.size(); ri++) {
            Rule r = rules.get(ri);
            boolean gated = r.gate != null;
            if (r.digits && !cues.hasDigit() || gated && (cues.open & (1L << ri)) == 0
                    || r.needs != null && !r.needs.test(s)) {
                continue;
            }
            // Every match of a rule begins at most PREFIX_ROOM characters before one of its cues ("hari Senin",
            // "pukul 09.00", "tahun 2022"): search only from there, and stop after the last cue.
            Matcher m = r.pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            int searchFrom = 0;
            for (int cue = cues.next(ri, gated, 0, 0); cue >= 0; cue = cues.next(ri, gated, cue, searchFrom)) {
                m.region(Math.max(searchFrom, cues.offset(gated, cue) - PREFIX_ROOM), s.length());
                if (!m.find()) {
                    break;
                }
                TimeMention t = reader.read(r.kind, m, s, sentence.start());
                if (t != null) {
                    all.add(t);
                }
                searchFrom = Math.max(m.end(), m.start() + 1);
            }
        }
        all.sort(SAYS_MORE_FIRST);
        // Kept mentions never overlap each other, so the one starting last before t ends is the only one to check.
        java.util.TreeMap<Integer, TimeMention> byStart = new java.util.TreeMap<>();
        for (TimeMention t : all) {
            var before = byStart.floorEntry(t.span().end() - 1);
            if (before == null || !before.getValue().span().overlaps(t.span())) {
                byStart.put(t.span().start(), t);
            }
        }
        List<TimeMention> kept = new ArrayList<>(byStart.values());
        return lists.dayLists(text, weekdayWithDate(text, lists.shareListYear(text, kept)));
    }

    /** Readings that say more first, then longer ones, then left to right. */
    private static final Comparator<TimeMention> SAYS_MORE_FIRST = Comparator.comparingInt(TimeFinder::priority)
            .reversed().thenComparingInt((TimeMention t) -> -t.span().length()).thenComparingInt(t -> t.span().start());

    /** Where two readings overlap, the one that says more wins ("bulan September. 13" is a date, not a month). */
    private static int priority(TimeMention t) {
        return switch (t.kind()) {
            case UTC_CLOCK -> 9;
            case FULL_DATE -> 8;
            case DAY_MONTH -> 7;
            case CLOCK -> 6;
            case MONTH_YEAR, LAST_MONTH -> 5;
            case RELATIVE_DAY, ANCHORED_DAY, RELATIVE_WEEK, RELATIVE_MONTH, RELATIVE_YEAR, WEEKDAY -> 4;
            case PART_OF_DAY -> 3;
            case MONTH -> 2;
            case YEAR -> 1;
        };
    }


    /**
     * "Monday, March 3, 2025", "Selasa, 8 September 2020": a weekday and the date after it are one day, the date with
     * its weekday (not a weekday named on its own).
     */
    private static List<TimeMention> weekdayWithDate(String text, List<TimeMention> ts) {
        List<TimeMention> out = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            TimeMention a = ts.get(i);
            TimeMention b = i + 1 < ts.size() ? ts.get(i + 1) : null;
            if (b != null && a.kind() == Kind.WEEKDAY && a.hour() == null
                    && (b.kind() == Kind.DAY_MONTH || b.kind() == Kind.FULL_DATE) && b.weekday() == null
                    && text.substring(a.span().end(), b.span().start()).strip().matches(",?")) {
                // "Thu, 08/11/2011": 8 November 2011 is a Tuesday, 11 August a Thursday; the weekday tells the order
                boolean monthFirst = b.year() != null && b.day() != null && b.month() != null
                        && b.text().chars().noneMatch(Character::isLetter)
                        && !fallsOn(b.year(), b.month(), b.day(), a.weekday()) && fallsOn(b.year(), b.day(), b.month(), a.weekday());
                out.add(new TimeMention(new Span(a.span().start(), b.span().end()), b.kind(), b.year(),
                        monthFirst ? b.day() : b.month(), monthFirst ? b.month() : b.day(),
                        a.weekday(), null, null, null, false, 0, text.substring(a.span().start(), b.span().end())));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether a day exists and falls on an ISO weekday (1 Monday … 7 Sunday). */
    private static boolean fallsOn(int year, int month, int day, Integer weekday) {
        try {
            return weekday != null && java.time.LocalDate.of(year, month, day).getDayOfWeek().getValue() == weekday;
        } catch (java.time.DateTimeException noSuchDay) {
            return false;
        }
    }

    /** Whether two days stand in one list ("3, 9 dan 10 Oktober"): the same month, a comma or a joiner between. */
    public boolean listedTogether(String text, TimeMention a, TimeMention b) { return lists.listedTogether(text, a, b); }
}
