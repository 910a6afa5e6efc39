package claimline.reading.time;

import java.util.Locale;
import claimline.reading.actors.Gazetteer;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.reading.time.TimeMention.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds when an article was published (reading guide, section 4). A date stated in the lead (a dateline date, a
 * full date after the first weekday) is taken as is. Otherwise the year of its undated days is the one in which its
 * weekdays fall on its dates, that agrees with the remembered happenings it dates ("last year's war") and with the
 * terms of office of the people it names, and the date is its latest day, moved to a weekday it names just after.
 */
public final class PublicationDater {
    /** The time mentions of one sentence, with the people and remembered happenings it names. */
    public record SentenceTimes(int index, List<TimeMention> times, Collection<String> people, Collection<String> history) {}

    public record Dating(Published published, Integer year) {}

    private static final int LEAD_SENTENCES = 3;
    private final Gazetteer gazetteer;
    private final int latestYear;
    /** Below any year a news article names: the text gave no year at all. */
    private static final int NO_YEAR = 1990;

    public PublicationDater(Gazetteer gazetteer, int latestYear) {
        this.gazetteer = gazetteer;
        this.latestYear = latestYear;
    }

    public Dating date(List<SentenceTimes> sentences) {
        TimeMention firstWeekday = null;
        for (SentenceTimes s : sentences) {
            for (TimeMention t : s.times()) {
                boolean lead = s.index() < LEAD_SENTENCES;
                if (firstWeekday == null && t.weekday() != null) {
                    firstWeekday = t;
                    if (lead && t.kind() == Kind.FULL_DATE) {
                        LocalDate d = TimeResolver.date(t, null, false);
                        return new Dating(new Published(d, PublishedBasis.STATED,
                                "stated in the lead: \"" + t.text() + "\""), d.getYear());
                    }
                }
                if (s.index() == 0 && t.kind() == Kind.FULL_DATE && t.span().start() < 60) {
                    LocalDate d = TimeResolver.date(t, null, false);
                    return new Dating(new Published(d, PublishedBasis.STATED, "dateline: \"" + t.text() + "\""), d.getYear());
                }
            }
        }
        return infer(sentences);
    }

    private Dating infer(List<SentenceTimes> sentences) {
        List<TimeMention> dayMonths = new ArrayList<>();
        List<TimeMention> fullDates = new ArrayList<>();
        Set<Integer> namedWeekdays = new HashSet<>();
        Set<Integer> undatedWeekdays = new HashSet<>();
        int maxYear = NO_YEAR;
        Integer fixedYear = null;
        String fixedWhy = null;
        Set<String> people = new HashSet<>();
        for (SentenceTimes s : sentences) {
            people.addAll(s.people());
            for (TimeMention t : s.times()) {
                if (t.weekday() != null) {
                    namedWeekdays.add(t.weekday());
                    if (t.kind() == Kind.WEEKDAY) {
                        undatedWeekdays.add(t.weekday());
                    }
                }
                switch (t.kind()) {
                    case DAY_MONTH -> dayMonths.add(t);
                    case FULL_DATE -> {
                        fullDates.add(t);
                        maxYear = Math.max(maxYear, t.year());
                    }
                    case MONTH_YEAR, YEAR -> maxYear = Math.max(maxYear, t.year());
                    case RELATIVE_YEAR -> {
                        for (String h : s.history()) {
                            fixedYear = gazetteer.history(h).end().getYear() + t.amount();
                            fixedWhy = "\"" + t.text() + "\" of " + gazetteer.history(h).name() + " ("
                                    + gazetteer.history(h).end().getYear() + ")";
                        }
                    }
                    default -> { }
                }
            }
        }
        List<String> why = new ArrayList<>();
        Integer year = null;
        if (!dayMonths.isEmpty() || fixedYear != null) {
            LocalDate latestFull = fullDates.stream().map(t -> safeDate(t.year(), t)).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            year = chooseYear(dayMonths, namedWeekdays, maxYear, fixedYear, people, latestFull, why);
            if (fixedWhy != null && year != null && year.equals(fixedYear)) {
                why.add(0, "year from " + fixedWhy);
            }
        }
        LocalDate latest = null;
        String latestText = null;
        for (TimeMention t : fullDates) {
            LocalDate d = safeDate(t.year(), t);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
                latestText = t.text();
            }
        }
        if (year != null) {
            for (TimeMention t : dayMonths) {
                LocalDate d = safeDate(year, t);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                    latestText = t.text();
                }
            }
        }
        if (latest == null) {
            String e = year != null ? String.join("; ", why) : "no date in the text";
            return new Dating(Published.unknown(e), year);
        }
        why.add("latest date in the text: \"" + latestText + "\"");
        int shift = 7;
        String shiftDay = null;
        for (int wd : undatedWeekdays) {
            int d = Math.floorMod(wd - latest.getDayOfWeek().getValue(), 7);
            if (d < shift) {
                shift = d;
                shiftDay = DayOfWeek.of(wd).toString();
            }
        }
        if (shiftDay != null && shift > 0) {
            latest = latest.plusDays(shift);
            why.add("moved to the " + shiftDay.charAt(0) + shiftDay.substring(1).toLowerCase(Locale.ROOT) + " the article names after it");
        }
        return new Dating(new Published(latest, PublishedBasis.INFERRED, String.join("; ", why)),
                year != null ? year : latest.getYear());
    }

    private Integer chooseYear(List<TimeMention> dayMonths, Set<Integer> weekdays, int maxYear, Integer fixedYear,
                               Set<String> people, LocalDate latestFull, List<String> why) {
        int from = fixedYear != null ? fixedYear : maxYear;
        int to = fixedYear != null ? fixedYear : latestYear;
        Integer best = null;
        int bestScore = -1;
        for (int y = from; y <= to; y++) {
            if (!pairsAgree(dayMonths, y) || !inOffice(people, y)) {
                continue;
            }
            // Articles leave the year off the days they report now: those days come after the dated ones.
            int score = 0;
            final int year = y;
            if (latestFull != null && dayMonths.stream().map(t -> safeDate(year, t))
                    .anyMatch(d -> d != null && !d.isBefore(latestFull))) {
                score += 100;
            }
            for (TimeMention t : dayMonths) {
                LocalDate d = safeDate(y, t);
                if (d != null && weekdays.contains(d.getDayOfWeek().getValue())) {
                    score++;
                }
            }
            // With a year named, the earliest agreeing year not before it; with none, the most recent agreeing year
            // (an undated article is more likely this decade's than the 1990s').
            boolean better = maxYear == NO_YEAR && fixedYear == null ? score >= bestScore : score > bestScore;
            if (better) {
                best = y;
                bestScore = score;
            }
        }
        if (best != null) {
            boolean paired = dayMonths.stream().anyMatch(t -> t.weekday() != null);
            if (bestScore >= 100) {
                why.add("year " + best + ": its undated days fall after the dates it gives with a year");
            }
            if (paired) {
                why.add("year " + best + ": its weekdays fall on its dates");
            } else if (bestScore % 100 > 0) {
                why.add("year " + best + ": the weekdays it names fall on its dates");
            } else if (fixedYear == null && maxYear != NO_YEAR) {
                why.add("year " + best + ": the earliest year not before the latest year it names (" + maxYear + ")");
            }
            if (maxYear == NO_YEAR && fixedYear == null) {
                why.add("year " + best + ": the text names no year; the most recent year that fits");
            }
            if (!people.isEmpty() && people.stream().anyMatch(p -> gazetteer.office(p) != null)) {
                why.add("agrees with the terms of office of the people it names");
            }
        }
        return best;
    }

    private static boolean pairsAgree(List<TimeMention> dayMonths, int y) {
        for (TimeMention t : dayMonths) {
            if (t.weekday() != null) {
                LocalDate d = safeDate(y, t);
                if (d == null || d.getDayOfWeek().getValue() != t.weekday()) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean inOffice(Set<String> people, int y) {
        for (String p : people) {
            Gazetteer.Office o = gazetteer.office(p);
            if (o != null && ((o.from() != null && y < o.from().getYear()) || (o.to() != null && y > o.to().getYear()))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate safeDate(int y, TimeMention t) {
        try {
            return LocalDate.of(y, t.month(), t.day());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
