package claimline.reading.time;

import claimline.reading.actors.Gazetteer;
import claimline.reading.time.TimeMention.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an article's text says about its own time, gathered once for {@link PublicationDater}: its days with and without
 * a year, the weekdays it names on their own, the newest year and month it names, the people it names (whose terms of
 * office bound the year) and a year fixed by a remembered happening ("last year's war").
 */
final class DatingEvidence {
    final List<TimeMention> dayMonths = new ArrayList<>();
    final List<LocalDate> fullDates = new ArrayList<>();
    final List<String> fullDateTexts = new ArrayList<>();

    final Set<Integer> undatedWeekdays = new HashSet<>();
    /**
     * The sentences of text a headline and its lead take: the first two (a headline is often a sentence too). Narrower
     * than {@link PublicationDater}'s lead of three, which looks for a weekday given with its full date.
     */
    private static final int HEADLINE_AND_LEAD = 2;
    /** The first weekday the lead names on its own ("Eritrea accused Ethiopia on Sunday …"), or null. */
    Integer leadWeekday;
    /** Whether the text names a day relative to its own ("kemarin", "today"). */
    boolean relativeDays;
    final Set<String> people = new HashSet<>();
    /** The newest year the text names in any form (a full date, a month and year, a year). */
    Integer newestYear;
    LocalDate newestMonth;
    Integer fixedYear;
    String fixedWhy;

    DatingEvidence(List<PublicationDater.SentenceTimes> sentences, Gazetteer gazetteer) {
        for (PublicationDater.SentenceTimes s : sentences) {
            people.addAll(s.people());
            for (TimeMention t : s.times()) {
                if (t.kind() == Kind.WEEKDAY && t.weekday() != null) {
                    undatedWeekdays.add(t.weekday());
                    if (leadWeekday == null && s.index() < HEADLINE_AND_LEAD) {
                        leadWeekday = t.weekday();
                    }
                }
                relativeDays |= t.kind() == Kind.RELATIVE_DAY;
                switch (t.kind()) {
                    case DAY_MONTH -> dayMonths.add(t);
                    case FULL_DATE -> {
                        LocalDate d = PublicationDater.safeDate(t.year(), t);
                        if (d != null) {
                            fullDates.add(d);
                            fullDateTexts.add(t.text());
                            newestYear(t.year());
                        }
                    }
                    case MONTH_YEAR -> {
                        newestYear(t.year());
                        LocalDate m = LocalDate.of(t.year(), t.month(), 1);
                        newestMonth = newestMonth == null || m.isAfter(newestMonth) ? m : newestMonth;
                    }
                    case YEAR -> newestYear(Math.max(t.year(), t.amount())); // a range ("1998-2000") reaches its last year
                    case RELATIVE_YEAR -> {
                        for (String h : s.history()) {
                            Gazetteer.History known = gazetteer.history(h);
                            fixedYear = known.end().getYear() + t.amount();
                            fixedWhy = "\"" + t.text() + "\" of " + known.name() + " (" + known.end().getYear() + ")";
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private void newestYear(int y) {
        newestYear = newestYear == null ? y : Math.max(newestYear, y);
    }

    LocalDate latestFull() {
        return fullDates.stream().max(LocalDate::compareTo).orElse(null);
    }

    /** Whether a weekday is given with a date, or named on its own beside the undated days. */
    boolean anyWeekdayPair() {
        return dayMonths.stream().anyMatch(t -> t.weekday() != null) || !undatedWeekdays.isEmpty();
    }
}
