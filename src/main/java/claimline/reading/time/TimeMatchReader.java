package claimline.reading.time;

import claimline.model.Span;
import claimline.reading.actors.Gazetteer;
import claimline.reading.time.TimeMention.Kind;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a time rule's match says: the day, month and year of a date, a weekday with its date or part of the day,
 * a clock time with its zone ("waktu setempat", "waktu Moskow", GMT), a relative amount. {@link TimeFinder} finds
 * the matches; this turns each into a {@link TimeMention}, or rejects it (a 13th month, a lower-case "senin").
 */
final class TimeMatchReader {
    private final TimeLexicon lex;
    private final Gazetteer gazetteer;
    private final Pattern zoneAfter;

    TimeMatchReader(TimeLexicon lex, Gazetteer gazetteer, Pattern zoneAfter) {
        this.lex = lex;
        this.gazetteer = gazetteer;
        this.zoneAfter = zoneAfter;
    }

    /** The time a rule's match {@code m} in sentence text {@code s} (starting at {@code base}) names, or null. */
    TimeMention read(Kind kind, Matcher m, String s, int base) {
        Span span = new Span(base + m.start(), base + m.end());
        TimeMention t = TimeMention.of(span, kind, m.group().strip());
        switch (kind) {
            case UTC_CLOCK -> {
                int h = Integer.parseInt(m.group("h"));
                int min = Integer.parseInt(m.group("min"));
                return h > 23 || min > 59 ? null : t.withClock(h, min, ZoneOffset.UTC, false);
            }
            case DAY_MONTH, FULL_DATE -> {
                return date(m, t, null);
            }
            case WEEKDAY -> {
                return weekday(m, s, t);
            }
            case PART_OF_DAY -> {
                return t.withClock(lex.partsOfDay.get(m.group("pod").toLowerCase(Locale.ROOT)), null, null, false);
            }
            case CLOCK -> {
                return clock(m, s, t);
            }
            case MONTH_YEAR -> {
                return new TimeMention(span, kind, year(m.group("y")), lex.month(m.group("mon")), null, null,
                        null, null, null, false, 0, t.text());
            }
            case MONTH, LAST_MONTH -> {
                String mon = m.group("mon");
                if (!Character.isUpperCase(mon.charAt(0))) {
                    return null;
                }
                return t.withDate(null, lex.month(mon), null);
            }
            case YEAR -> {
                int first = year(m.group("y"));
                String last = group(m, "y2");
                int end = last == null ? 0
                        : last.length() == 2 ? first / 100 * 100 + Integer.parseInt(last) : Integer.parseInt(last);
                return t.withDate(first, null, null).withAmount(end > first ? end : 0);
            }
            case ANCHORED_DAY -> {
                String rel = group(m, "rel");
                return t.withAmount(rel != null ? lex.anchoredDays.get(rel.toLowerCase(Locale.ROOT))
                        : count(group(m, "n")) * lex.anchoredDirections.get(m.group("dir").toLowerCase(Locale.ROOT)));
            }
            case RELATIVE_DAY -> {
                String rel = group(m, "rel");
                return t.withAmount(rel != null ? lex.relativeDays.get(rel.toLowerCase(Locale.ROOT)) : -count(group(m, "n")));
            }
            default -> {
                String first = m.group().strip().split("\\s+")[0];
                if (kind == Kind.RELATIVE_WEEK && Character.isUpperCase(first.charAt(0))
                        && lex.weekdays.containsKey(first.toLowerCase(Locale.ROOT)) && !s.substring(0, m.start()).isBlank()) {
                    return null; // "pada Minggu kemarin": Sunday (a weekday is written with a capital), not last week
                }
                String dir = (group(m, "dir") != null ? m.group("dir") : m.group("dir2")).toLowerCase(Locale.ROOT);
                int amount = lex.thisWords.contains(dir) ? 0 : count(group(m, "n"));
                return t.withAmount(amount);
            }
        }
    }

    /** "13 September 2022", "12/9": a day and month, with the year when the text gives it. */
    private TimeMention date(Matcher m, TimeMention t, Integer weekday) {
        int d = Integer.parseInt(m.group("d"));
        Integer mo = group(m, "mon") != null ? lex.month(m.group("mon")) : Integer.valueOf(m.group("m"));
        Integer y = year(group(m, "y"));
        if (mo == null || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return null;
        }
        Kind k = y != null ? Kind.FULL_DATE : Kind.DAY_MONTH;
        return new TimeMention(t.span(), k, y, mo, d, weekday, null, null, null, false, 0, t.text());
    }

    /** "Senin", "Senin (12/9)", "Senin malam": a capitalised weekday, with its date or part of the day. */
    private TimeMention weekday(Matcher m, String s, TimeMention t) {
        String w = m.group("wd");
        if (!Character.isUpperCase(w.charAt(0)) || followedByWeekWord(s, m.end("wd"))) {
            return null;
        }
        TimeMention wdm = t.withWeekday(lex.weekdayOf(w));
        if (group(m, "d") != null) {
            return date(m, t, wdm.weekday());
        }
        if (group(m, "pod") != null) {
            // "Senin malam": the weekday, its part of day kept in hour.
            return wdm.withClock(lex.partsOfDay.get(m.group("pod").strip().toLowerCase(Locale.ROOT)), null, null, false);
        }
        return wdm;
    }

    private TimeMention clock(Matcher m, String s, TimeMention t) {
        int h = Integer.parseInt(m.group("h"));
        int min = group(m, "min") == null ? 0 : Integer.parseInt(m.group("min"));
        String ap = group(m, "ap");
        if (ap != null) {
            String a = ap.toLowerCase(Locale.ROOT).replace(".", "").strip();
            Integer podHour = lex.partsOfDay.get(a);
            Integer added = lex.meridiem.get(a);
            boolean pm = (added != null && added >= 12) || (podHour != null && podHour >= 12 && h < 12);
            if (pm && h < 12) {
                h += 12;
            } else if (added != null && added == 0 && h == 12) {
                h = 0; // 12 a.m. is midnight
            }
        }
        if (h > 23 || min > 59) {
            return null;
        }
        Matcher z = zoneAfter.matcher(s.substring(m.end()));
        if (z.find()) {
            if (z.group("local") != null) {
                return t.withClock(h, min, null, true);
            }
            String named = firstNonNull(z.group("named"), z.group("named2"));
            String state = named == null ? null : gazetteer.stateByName(named);
            ZoneOffset off = state == null ? null : gazetteer.offsetOf(state);
            if (off != null) {
                return t.withClock(h, min, off, false);
            }
        }
        return t.withClock(h, min, null, false);
    }

    private boolean followedByWeekWord(String s, int end) {
        // Only the next few words matter; looking at the whole rest made long sentences quadratic.
        String rest = s.substring(end, Math.min(s.length(), end + 40)).toLowerCase(Locale.ROOT).stripLeading();
        for (String w : lex.relativeWeeks) {
            int space = w.indexOf(' ');
            if (space > 0 && w.indexOf(' ', space + 1) < 0 && rest.startsWith(w.substring(space + 1))
                    && lex.weekdays.containsKey(w.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    private int count(String n) {
        if (n == null) {
            return 1;
        }
        Integer c = lex.counts.get(n.toLowerCase(Locale.ROOT));
        return c != null ? c : Integer.parseInt(n);
    }

    static Integer year(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }
}
