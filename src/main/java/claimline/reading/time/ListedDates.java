package claimline.reading.time;

import claimline.model.Span;
import claimline.reading.time.TimeMention.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of days and dates (reading guide, section 4): "3, 9 dan 10 Oktober" and "October 3, 9 and 10, 2025" are a date
 * each, with the list's month and year; "11 Januari dan 26 November 2021" gives the first date the last one's year; "on
 * March 19 and May 23" is two dates. The joining words are the language's. Split from {@link TimeFinder}.
 */
final class ListedDates {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What stands between two days of one list ("3, 9 dan 10"): a comma or a joiner, then a space. */
    private final Pattern betweenListedDays;
    /** What stands between a list's date and the next, stripped ("11 Januari dan 26 November 2021"). */
    private final Pattern betweenListedDates;
    /** Days listed after a date: "October 3<, 9 and 10>", "October 3< and 10>, 2025". */
    private final Pattern daysAfter;
    /** Days listed before a date: "<3, 9, dan >10 Oktober". */
    private final Pattern daysBefore;
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR_AFTER_LIST = Pattern.compile("^\\s*,?\\s*((?:19|20)\\d{2})\\b");

    ListedDates(TimeLexicon lex) {
        String joiners = TimeLexicon.alt(lex.listJoiners);
        betweenListedDays = Pattern.compile("(?iu)\\s*,\\s*|\\s*,?\\s*(?:" + joiners + ")\\s+");
        betweenListedDates = Pattern.compile("(?iu),|,?\\s*(?:" + joiners + ")");
        String day = "\\d{1,2}(?:st|nd|rd|th)?";
        daysAfter = Pattern.compile("^(?:\\s*,\\s*" + day + ")*\\s*,?\\s*(?:" + joiners + ")\\s+" + day
                + "\\b(?!\\s*\\p{L})", CI);
        daysBefore = Pattern.compile("(?<![\\d/.,:])\\b\\d{1,2}(?:\\s*,\\s*\\d{1,2})*\\s*,?\\s*(?:" + joiners
                + ")\\s+$", CI);
    }

    /**
     * "3, 9 dan 10 Oktober", "October 3, 9 and 10, 2025": a list of days in one month is a date each, with the
     * list's month and the year written after it (a year taken into the list is no year of its own).
     */
    List<TimeMention> dayLists(String text, List<TimeMention> ts) {
        List<TimeMention> out = new ArrayList<>(ts.size());
        java.util.Set<Span> yearsTaken = new java.util.HashSet<>();
        for (TimeMention t : ts) {
            if (t.kind() != Kind.DAY_MONTH && t.kind() != Kind.FULL_DATE || t.weekday() != null) {
                out.add(t);
                continue;
            }
            List<Span> days = new ArrayList<>();
            int listEnd = t.span().end();
            Matcher after = daysAfter.matcher(text).region(t.span().end(), text.length())
                    .useTransparentBounds(true).useAnchoringBounds(true);
            if (t.text().matches("(?s).*\\d$") && after.lookingAt()) {
                Matcher d = DAY.matcher(text).region(after.start(), after.end());
                while (d.find()) {
                    days.add(new Span(d.start(), d.end()));
                }
                listEnd = after.end();
            }
            int lineStart = Math.max(0, t.span().start() - 40);
            Matcher before = daysBefore.matcher(text).region(lineStart, t.span().start())
                    .useTransparentBounds(true).useAnchoringBounds(true);
            // only a date that opens with its day has days listed before it ("3, 9 dan 10 Oktober"); "on March 19 and
            // May 23" lists two dates, and no day of one is the other's
            if (Character.isDigit(t.text().charAt(0)) && before.find()) {
                Matcher d = DAY.matcher(text).region(before.start(), before.end());
                while (d.find()) {
                    Span day = new Span(d.start(), d.end());
                    if (ts.stream().noneMatch(o -> o != t && o.span().overlaps(day))) {
                        days.add(day);
                    }
                }
            }
            if (days.isEmpty()) {
                out.add(t);
                continue;
            }
            Integer year = t.year();
            Matcher y = YEAR_AFTER_LIST.matcher(text).region(listEnd, text.length());
            if (year == null && listEnd > t.span().end() && y.lookingAt()) {
                year = Integer.parseInt(y.group(1));
                yearsTaken.add(new Span(y.start(1), y.end(1)));
            }
            Kind kind = year == null ? Kind.DAY_MONTH : Kind.FULL_DATE;
            out.add(new TimeMention(t.span(), kind, year, t.month(), t.day(), null, t.hour(), t.minute(), t.zone(),
                    t.local(), 0, t.text()));
            for (Span d : days) {
                out.add(new TimeMention(d, kind, year, t.month(), Integer.parseInt(d.of(text)), null, null, null, null,
                        false, 0, d.of(text)));
            }
        }
        out.removeIf(t -> t.kind() == Kind.YEAR && yearsTaken.stream().anyMatch(s -> s.overlaps(t.span())));
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    /** Whether two days stand in one list ("3, 9 dan 10 Oktober"): the same month, a comma or a joiner between. */
    boolean listedTogether(String text, TimeMention a, TimeMention b) {
        boolean days = (a.kind() == Kind.DAY_MONTH || a.kind() == Kind.FULL_DATE)
                && (b.kind() == Kind.DAY_MONTH || b.kind() == Kind.FULL_DATE);
        if (!days || a.span().end() > b.span().start() || !java.util.Objects.equals(a.month(), b.month())) {
            return false;
        }
        String between = text.substring(a.span().end(), b.span().start());
        return betweenListedDays.matcher(between).matches();
    }

    /** "11 Januari dan 26 November 2021": a date in a list takes the year of the list's last date. */
    List<TimeMention> shareListYear(String text, List<TimeMention> ts) {
        List<TimeMention> out = new ArrayList<>(ts);
        for (int i = out.size() - 2; i >= 0; i--) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            String between = text.substring(a.span().end(), b.span().start()).strip();
            if (a.kind() == Kind.DAY_MONTH && b.kind() == Kind.FULL_DATE
                    && betweenListedDates.matcher(between).matches()) {
                out.set(i, new TimeMention(a.span(), Kind.FULL_DATE, b.year(), a.month(), a.day(), a.weekday(),
                        null, null, null, false, 0, a.text()));
            }
        }
        return out;
    }
}
