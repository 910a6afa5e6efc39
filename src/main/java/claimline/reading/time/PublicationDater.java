package claimline.reading.time;

import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.reading.actors.Gazetteer;
import claimline.reading.time.TimeMention.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds when an article was published (reading guide, section 4), from evidence only. A date stated in the lead (a
 * dateline date, a full date after the first weekday) is taken as is. Otherwise the year of its undated days must be
 * established: by a full date in the text (the undated days follow it), by a remembered happening of known date
 * ("last year's war"), or by the weekdays falling on their dates in exactly one year that the other evidence allows
 * (the years the text names, the terms of office of the people it names). Many years fit a weekday alone, so without
 * such evidence the publication date is unknown rather than a guess, and never a year after the newest evidence.
 */
public final class PublicationDater {
    /** The time mentions of one sentence, with the people and remembered happenings it names. */
    public record SentenceTimes(int index, List<TimeMention> times, Collection<String> people, Collection<String> history) {}

    /**
     * The publication date and the year the article's undated days are in (null when neither is established).
     * {@code ownDay}: whether the text speaks of days relative to its own ("on Tuesday", "yesterday"), so that its
     * publication day is the story's today; a date the page states is. An article that gives only dates has no today
     * of its own: the day inferred for it is only its latest date.
     */
    public record Dating(Published published, Integer year, boolean ownDay) {
        public Dating(Published published, Integer year) {
            this(published, year, published.basis() != PublishedBasis.INFERRED);
        }
    }

    private static final int LEAD_SENTENCES = 3;
    /** How far before a dated day an undated one may fall and still be in its year (a report looks back a little). */
    private static final int LOOK_BACK_DAYS = 45;
    private final Gazetteer gazetteer;
    private final int latestYear;

    public PublicationDater(Gazetteer gazetteer, int latestYear) {
        this.gazetteer = gazetteer;
        this.latestYear = latestYear;
    }

    /** {@code dateline}: the span of the article's dateline ("BISHKEK, Sept 16 (Border Monitor) -"), or null. */
    public Dating date(List<SentenceTimes> sentences, claimline.model.Span dateline) {
        LocalDate latestFull = null;
        for (SentenceTimes s : sentences) {
            for (TimeMention t : s.times()) {
                LocalDate d = t.kind() == Kind.FULL_DATE ? safeDate(t.year(), t) : null;
                latestFull = d != null && (latestFull == null || d.isAfter(latestFull)) ? d : latestFull;
            }
        }
        TimeMention datelineDay = datelineDay(sentences, dateline);
        Dating inferred = infer(sentences);
        if (datelineDay != null && inferred.year() != null) {
            LocalDate d = safeDate(inferred.year(), datelineDay);
            if (d != null) {
                // "BISHKEK, Sept 16 (…)": the dateline gives the day, the text its year
                return new Dating(new Published(d, PublishedBasis.STATED, "dateline: \"" + datelineDay.text()
                        + "\"; " + (inferred.published().evidence().isEmpty() ? "year " + inferred.year()
                        : inferred.published().evidence())), inferred.year());
            }
        }
        TimeMention firstWeekday = null;
        for (SentenceTimes s : sentences) {
            for (TimeMention t : s.times()) {
                boolean lead = s.index() < LEAD_SENTENCES;
                if (firstWeekday == null && t.weekday() != null) {
                    firstWeekday = t;
                    if (lead && t.kind() == Kind.FULL_DATE) {
                        LocalDate d = TimeResolver.date(t, null, false);
                        // the lead's day is the article's unless the text goes on to later days
                        if (d != null && !latestFull.isAfter(d.plusDays(1))) {
                            return stated(d, "stated in the lead: \"" + t.text() + "\"");
                        }
                    }
                }
                if (dateline != null && t.kind() == Kind.FULL_DATE && dateline.overlaps(t.span())) {
                    LocalDate d = TimeResolver.date(t, null, false);
                    if (d != null) {
                        return stated(d, "dateline: \"" + t.text() + "\"");
                    }
                }
            }
        }
        return inferred;
    }

    /** A day and month in the dateline ("LIMA, March 4 (Andes Wire) -"), or null. */
    private static TimeMention datelineDay(List<SentenceTimes> sentences, claimline.model.Span dateline) {
        if (dateline == null) {
            return null;
        }
        for (SentenceTimes s : sentences) {
            for (TimeMention t : s.times()) {
                if (t.kind() == Kind.DAY_MONTH && dateline.overlaps(t.span())) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A publication date the page states (its metadata, a date line, the lead). */
    public static Dating stated(LocalDate d, String evidence) {
        return new Dating(new Published(d, PublishedBasis.STATED, evidence), d.getYear());
    }

    private Dating infer(List<SentenceTimes> sentences) {
        DatingEvidence ev = new DatingEvidence(sentences, gazetteer);
        List<String> why = new ArrayList<>();
        Integer year = ev.dayMonths.isEmpty() && ev.fixedYear == null ? null : undatedYear(ev, why);
        if (year == null && !ev.dayMonths.isEmpty()) {
            // Its undated days may be later than every dated one: without their year, the article's date is not known.
            String e = why.isEmpty() ? "its days and months have no year the text establishes" : String.join("; ", why);
            return new Dating(Published.unknown(e), null);
        }
        // The article is of its latest day, unless it names a later month or year ("since 15 April 2023 … since May
        // 2024": the full date is history).
        LocalDate latest = null;
        String latestText = null;
        for (int i = 0; i < ev.fullDates.size(); i++) {
            LocalDate d = ev.fullDates.get(i);
            if (latest == null || d.isAfter(latest)) {
                latest = d;
                latestText = ev.fullDateTexts.get(i);
            }
        }
        if (year != null) {
            for (TimeMention t : ev.dayMonths) {
                LocalDate d = safeDate(year, t);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                    latestText = t.text();
                }
            }
        }
        if (latest == null) {
            return new Dating(Published.unknown(year != null ? String.join("; ", why)
                    : ev.fullDates.isEmpty() ? "no date with a year in the text"
                    : "its dates with a year may be history; none is given with its weekday"), year);
        }
        LocalDate newer = newerEvidence(ev, latest);
        if (newer != null) {
            return new Dating(Published.unknown("the text names " + newer.getYear() + "-" + newer.getMonthValue()
                    + ", after its latest day \"" + latestText + "\""), year);
        }
        why.add("latest date in the text: \"" + latestText + "\"");
        int shift = 7;
        String shiftDay = null;
        for (int wd : ev.undatedWeekdays) {
            int d = Math.floorMod(wd - latest.getDayOfWeek().getValue(), 7);
            if (d < shift) {
                shift = d;
                shiftDay = DayOfWeek.of(wd).toString();
            }
        }
        if (ev.leadWeekday != null) {
            // the lead tells the news of its day: the article is of that weekday on or after its latest date ("… on
            // Sunday accused … of attacks on Friday, January 1": Sunday, January 3)
            shift = Math.floorMod(ev.leadWeekday - latest.getDayOfWeek().getValue(), 7);
            shiftDay = DayOfWeek.of(ev.leadWeekday).toString();
        }
        if (shiftDay != null && shift > 0) {
            latest = latest.plusDays(shift);
            why.add("moved to the " + shiftDay.charAt(0) + shiftDay.substring(1).toLowerCase(Locale.ROOT)
                    + " the article names after it");
        }
        return new Dating(new Published(latest, PublishedBasis.INFERRED, String.join("; ", why)),
                year != null ? year : latest.getYear(), !ev.undatedWeekdays.isEmpty() || ev.relativeDays);
    }

    /** A month or year the text names that ends after {@code latest}: then the article is later than its latest day. */
    private static LocalDate newerEvidence(DatingEvidence ev, LocalDate latest) {
        if (ev.newestMonth != null && ev.newestMonth.withDayOfMonth(1).plusMonths(1).isAfter(latest.plusDays(31))) {
            return ev.newestMonth;
        }
        if (ev.newestYear != null && ev.newestYear > latest.getYear()) {
            return LocalDate.of(ev.newestYear, 1, 1);
        }
        return null;
    }

    /**
     * The year of the article's undated days, when evidence establishes it: a remembered happening of known date; the
     * latest full date (or month and year), which they follow; the years the text names or the terms of office of the
     * people it names, with their weekdays falling on their dates in one year only. Null when nothing does.
     */
    private Integer undatedYear(DatingEvidence ev, List<String> why) {
        if (ev.fixedYear != null) {
            if (pairsAgree(ev, ev.fixedYear) && inOffice(ev, ev.fixedYear)) {
                why.add("year from " + ev.fixedWhy);
                return ev.fixedYear;
            }
            return null;
        }
        LocalDate anchor = ev.latestFull();
        if (anchor == null && ev.newestMonth != null && ev.dayMonths.stream().anyMatch(t -> t.weekday() != null)) {
            // A month and year ("Dec 2023") is as often history: it places undated days only when their weekdays agree.
            anchor = ev.newestMonth;
        }
        if (anchor != null) {
            return yearAfterAnchor(ev, anchor, why);
        }
        return yearFromWeekdays(ev, why);
    }

    /** The year of undated days that follow a date the text gives with its year (or a month and year). */
    private Integer yearAfterAnchor(DatingEvidence ev, LocalDate anchor, List<String> why) {
        List<Integer> fit = new ArrayList<>();
        for (int y = anchor.getYear(); y <= anchor.getYear() + 1; y++) {
            if (followsAnchor(ev.dayMonths, y, anchor) && pairsAgree(ev, y) && inOffice(ev, y)) {
                fit.add(y);
            }
        }
        if (fit.size() == 1) {
            why.add("year " + fit.get(0) + ": its undated days follow the date it gives with a year ("
                    + anchor + ")" + (ev.anyWeekdayPair() ? " and its weekdays fall on them" : ""));
            return fit.get(0);
        }
        why.add("its undated days fit " + (fit.isEmpty() ? "no year" : "both " + fit) + " after " + anchor);
        return null;
    }

    /**
     * The year in which the text's weekdays fall on its dates, not before the newest evidence of the year (a year it
     * names, the start of a term of office), and only where that evidence exists.
     */
    private Integer yearFromWeekdays(DatingEvidence ev, List<String> why) {
        if (!ev.anyWeekdayPair()) {
            why.add("its days and months have neither a year nor a weekday");
            return null;
        }
        // The newest evidence of the year: the newest year the text names, the latest start of a term of office of
        // the people it names. The article is of that year or the next (a day just after New Year), not later, unless
        // a term of office that has ended bounds it.
        int[] office = officeWindow(ev.people);
        boolean paired = ev.dayMonths.stream().anyMatch(t -> t.weekday() != null);
        if (office == null && !paired) {
            // A bare year ("the 2009 agreement") is as often history: with weekdays named only on their own, it is
            // not enough.
            why.add("its days have no weekday of their own, and no term of office bounds the year");
            return null;
        }
        Integer newest = ev.newestYear;
        if (office != null && (newest == null || office[0] > newest)) {
            newest = office[0];
        }
        if (newest == null) {
            why.add("its weekdays fit many years and nothing else in the text gives one");
            return null;
        }
        // A term that has ended bounds the years from both sides ("Presiden Korsel Moon Jae-in": 2017 to 2022), and
        // the weekdays pick the year within it; otherwise the newest evidence or the year after.
        boolean closedTerm = office != null && office[1] < latestYear;
        // A term of office is evidence for every year it covers, not only its first and the next ("Presiden Felix
        // Tshisekedi", in office since 2019, is named in 2022 as well): when the newest evidence is a term's start,
        // the weekdays pick the year within the whole term.
        boolean termIsNewest = office != null && (ev.newestYear == null || office[0] > ev.newestYear);
        int to = closedTerm || termIsNewest ? office[1]
                : Math.min(newest + 1, office != null ? office[1] : latestYear);
        List<Integer> fit = new ArrayList<>();
        for (int y = newest; y <= Math.min(to, latestYear); y++) {
            if (pairsAgree(ev, y) && inOffice(ev, y)) {
                fit.add(y);
            }
        }
        if (fit.size() > 1) {
            // Weekdays named on their own ("on Friday") tell the years apart only as a tie-breaker.
            List<Integer> named = fit.stream().filter(y -> namedWeekdayFalls(ev, y)).toList();
            fit = named.size() == 1 ? named : fit;
        }
        String bound = "the newest year the text names or the terms of office of the people it names give ("
                + newest + ")";
        if (fit.size() == 1) {
            why.add("year " + fit.get(0) + ": its weekdays fall on its dates in that year, and it is not before "
                    + bound);
            return fit.get(0);
        }
        why.add("its weekdays fall on its dates in " + (fit.isEmpty() ? "no year" : fit.size() + " years")
                + " not before " + bound);
        return null;
    }

    /** Days placed in year {@code y} fall no earlier than a little before the anchor, and within a year after it. */
    private static boolean followsAnchor(List<TimeMention> dayMonths, int y, LocalDate anchor) {
        for (TimeMention t : dayMonths) {
            LocalDate d = safeDate(y, t);
            if (d == null) {
                return false;
            }
            long days = ChronoUnit.DAYS.between(anchor, d);
            if (days < -LOOK_BACK_DAYS || days > 366 - LOOK_BACK_DAYS) {
                return false;
            }
        }
        return true;
    }

    /** The years the people named were all in office, when at least one of them has a known term; else null. */
    private int[] officeWindow(Set<String> people) {
        int from = Integer.MIN_VALUE;
        int to = latestYear;
        boolean known = false;
        for (String p : people) {
            Gazetteer.Office o = gazetteer.office(p);
            if (o != null && o.from() != null) {
                from = Math.max(from, o.from().getYear());
                known = true;
            }
            if (o != null && o.to() != null) {
                to = Math.min(to, o.to().getYear());
            }
        }
        return known && from <= to ? new int[] {from, to} : null;
    }

    /** In year {@code y}, every day given with its weekday falls on it. */
    private static boolean pairsAgree(DatingEvidence ev, int y) {
        for (TimeMention t : ev.dayMonths) {
            LocalDate d = safeDate(y, t);
            if (d == null || t.weekday() != null && d.getDayOfWeek().getValue() != t.weekday()) {
                return false;
            }
        }
        return true;
    }

    /** In year {@code y}, one of the undated days falls on a weekday the article names on its own ("on Friday"). */
    private static boolean namedWeekdayFalls(DatingEvidence ev, int y) {
        for (TimeMention t : ev.dayMonths) {
            LocalDate d = safeDate(y, t);
            if (d != null && ev.undatedWeekdays.contains(d.getDayOfWeek().getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * In year {@code y}, every person the text names with a known term was in office: the year is within the term,
     * and none of the text's days placed in that year is after a term's end (the article, written while they held
     * office, is not older than the days it tells).
     */
    private boolean inOffice(DatingEvidence ev, int y) {
        for (String p : ev.people) {
            Gazetteer.Office o = gazetteer.office(p);
            if (o == null) {
                continue;
            }
            if (o.from() != null && y < o.from().getYear() || o.to() != null && y > o.to().getYear()) {
                return false;
            }
            for (TimeMention t : ev.dayMonths) {
                LocalDate d = safeDate(y, t);
                if (d != null && o.to() != null && d.isAfter(o.to())) {
                    return false;
                }
            }
        }
        return true;
    }

    static LocalDate safeDate(Integer y, TimeMention t) {
        if (y == null || t.month() == null || t.day() == null) {
            return null;
        }
        try {
            return LocalDate.of(y, t.month(), t.day());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
