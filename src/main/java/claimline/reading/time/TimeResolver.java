package claimline.reading.time;

import claimline.model.EventTime;
import claimline.model.Precision;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import claimline.reading.time.TimeMention.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Resolves the time expressions of one sentence against the publication date into one event time, at the precision
 * the text gives. A sentence with a clock time but no date takes the date of the sentences before it.
 */
public final class TimeResolver {
    /** What the document has said about time so far: the last date, and the year its undated days are in. */
    public record Context(LocalDate published, Integer year, LocalDate lastDate, TimeBasis lastBasis) {
        Context withLast(LocalDate d, TimeBasis b) { return new Context(published, year, d, b); }
    }

    public record Result(EventTime time, Context context) {}

    /** Days after publication an undated day may still fall in the article's year (a date line a day behind). */
    private static final int FUTURE_SLACK_DAYS = 2;

    private TimeResolver() {}

    /** {@code localZone}: the zone of "local time" where the happening is (its offset on the day is used), or null. */
    public static Result resolve(String text, List<TimeMention> ms, Context ctx, ZoneId localZone, boolean future) {
        if (ms.isEmpty()) {
            return new Result(null, ctx);
        }
        TimeMention clock = first(ms, Kind.CLOCK, Kind.UTC_CLOCK);
        TimeMention dateM = nearestDate(ms, clock);
        LocalDate date = null;
        TimeBasis basis = TimeBasis.STATED;
        if (dateM != null) {
            date = dateM.kind() == Kind.ANCHORED_DAY ? anchored(dateM, ms, ctx, future) : date(dateM, ctx, future);
            TimeMention week = weekAfter(ms, dateM);
            if (date != null && week != null && week.amount() > 0) {
                // "Senin pekan lalu", "Monday last week": that weekday in the week named, not the latest one
                date = ctx.published().minusWeeks(week.amount()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dateM.weekday())));
            }
            basis = dateM.kind() == Kind.WEEKDAY || dateM.kind() == Kind.RELATIVE_DAY
                    || dateM.kind() == Kind.ANCHORED_DAY ? TimeBasis.RELATIVE : TimeBasis.STATED;
        }
        if (date == null && clock != null && ctx.lastDate() != null) {
            date = ctx.lastDate();
            basis = ctx.lastBasis();
        }
        if (date != null) {
            if (clock != null) {
                LocalTime t = LocalTime.of(clock.hour(), clock.minute());
                ZoneOffset off = offset(clock, ms, localOffsetAt(localZone, date, t));
                int i = ms.indexOf(clock);
                TimeMention parallel = i + 1 < ms.size() && ms.get(i + 1).zone() != null ? ms.get(i + 1) : null;
                TimePoint p = TimePoint.clock(date, t, off, Precision.MINUTE);
                return new Result(new EventTime(p, null, basis, evidence(text, clock, parallel, dateM)), ctx.withLast(date, basis));
            }
            TimeMention pod = partOfDay(ms, dateM);
            if (pod != null) {
                LocalDate d = pod.hour() == 0 && pod != dateM && dateM != null && dateM.span().start() < pod.span().start()
                        ? date.plusDays(1) : date;
                LocalTime conventional = LocalTime.of(pod.hour() == 0 ? 3 : pod.hour(), 0);
                ZoneOffset local = localOffsetAt(localZone, d, conventional);
                ZoneOffset off = local != null ? local : ZoneOffset.UTC;
                TimePoint p = TimePoint.clock(d, conventional, off, Precision.PART_OF_DAY);
                return new Result(new EventTime(p, null, basis, evidence(text, dateM, pod)), ctx.withLast(date, basis));
            }
            return new Result(new EventTime(TimePoint.day(date), null, basis, evidence(text, dateM)), ctx.withLast(date, basis));
        }
        return coarse(ms, ctx);
    }

    private static Result coarse(List<TimeMention> ms, Context ctx) {
        LocalDate pub = ctx.published();
        for (TimeMention m : ms) {
            switch (m.kind()) {
                case RELATIVE_WEEK -> {
                    if (pub != null) {
                        LocalDate monday = pub.minusWeeks(m.amount()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                        LocalDate end = m.amount() == 0 ? pub : monday.plusDays(6);
                        // A week names no day of its own (guide, section 4: "an undated event is not given a day it
                        // does not have"): its start is the month that holds most of its days.
                        LocalDate firstOfEnd = end.withDayOfMonth(1);
                        long before = Math.max(0, firstOfEnd.toEpochDay() - monday.toEpochDay());
                        long after = end.toEpochDay() - Math.max(monday.toEpochDay(), firstOfEnd.toEpochDay()) + 1;
                        LocalDate most = before > after ? monday : end;
                        TimePoint start = TimePoint.month(most.getYear(), most.getMonthValue());
                        return new Result(new EventTime(start, TimePoint.day(end), TimeBasis.RELATIVE, m.text()), ctx);
                    }
                }
                case MONTH_YEAR -> {
                    return month(TimePoint.month(m.year(), m.month()), TimeBasis.STATED, m, ctx);
                }
                case LAST_MONTH, MONTH -> {
                    if (pub != null) {
                        int y = pub.getYear();
                        boolean strictlyBefore = m.kind() == Kind.LAST_MONTH;
                        if (m.month() > pub.getMonthValue() || (strictlyBefore && m.month() == pub.getMonthValue())) {
                            y--;
                        }
                        return month(TimePoint.month(y, m.month()), TimeBasis.RELATIVE, m, ctx);
                    }
                }
                case RELATIVE_MONTH -> {
                    if (pub != null) {
                        LocalDate d = pub.minusMonths(m.amount());
                        return month(TimePoint.month(d.getYear(), d.getMonthValue()), TimeBasis.RELATIVE, m, ctx);
                    }
                }
                case YEAR -> {
                    TimePoint last = m.amount() > m.year() ? TimePoint.year(m.amount()) : null;
                    return new Result(new EventTime(TimePoint.year(m.year()), last, TimeBasis.STATED, m.text()), ctx);
                }
                case RELATIVE_YEAR -> {
                    Integer base = pub != null ? Integer.valueOf(pub.getYear()) : ctx.year();
                    if (base != null) {
                        return new Result(new EventTime(TimePoint.year(base - m.amount()), null, TimeBasis.RELATIVE, m.text()), ctx);
                    }
                }
                default -> { }
            }
        }
        return new Result(null, ctx);
    }

    private static Result month(TimePoint p, TimeBasis b, TimeMention m, Context ctx) {
        return new Result(new EventTime(p, null, b, m.text()), ctx);
    }

    /**
     * A day counted from the date the text has just given ("Pada Sabtu (12/4) polisi Peru mengatakan, mereka sehari
     * sebelumnya telah menahan …"): the sentence's other date, else the last date of the sentences before it; null
     * without one.
     */
    private static LocalDate anchored(TimeMention m, List<TimeMention> ms, Context ctx, boolean future) {
        LocalDate anchor = ctx.lastDate();
        for (TimeMention other : ms) {
            if (other != m && other.isDate() && other.kind() != Kind.ANCHORED_DAY) {
                LocalDate d = date(other, ctx, future);
                anchor = d != null ? d : anchor;
                break;
            }
        }
        return anchor == null ? null : anchor.plusDays(m.amount());
    }

    /** The date of a mention: stated dates as they are, weekdays and relative days against publication. */
    static LocalDate date(TimeMention m, Context ctx, boolean future) {
        try {
            switch (m.kind()) {
                case FULL_DATE:
                    return LocalDate.of(m.year(), m.month(), m.day());
                case DAY_MONTH:
                    Integer y = ctx.year() != null ? ctx.year() : ctx.published() != null ? ctx.published().getYear() : null;
                    if (y == null) {
                        return null;
                    }
                    LocalDate d = LocalDate.of(y, m.month(), m.day());
                    if (m.weekday() != null && ctx.published() != null && !future && d.isAfter(ctx.published())
                            && d.getDayOfWeek().getValue() != m.weekday()) {
                        // "Selasa 18 Agustus" in an article of Wednesday the 16th: the date is a slip (after the
                        // article, on another weekday); the weekday names the day, the most recent one (guide 4)
                        return ctx.published().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(m.weekday())));
                    }
                    // A day and month later than the article, in a sentence not about the future, is last year's
                    // ("since October 7" in a June article).
                    boolean later = ctx.published() != null && d.isAfter(ctx.published().plusDays(FUTURE_SLACK_DAYS));
                    return later && !future ? d.minusYears(1) : d;
                case WEEKDAY:
                    if (ctx.published() == null) {
                        return null;
                    }
                    DayOfWeek wd = DayOfWeek.of(m.weekday());
                    return future ? ctx.published().with(TemporalAdjusters.nextOrSame(wd))
                            : ctx.published().with(TemporalAdjusters.previousOrSame(wd));
                case RELATIVE_DAY:
                    return ctx.published() == null ? null : ctx.published().plusDays(m.amount());
                default:
                    return null;
            }
        } catch (java.time.DateTimeException badDate) {
            return null;
        }
    }

    /** The week word right after a weekday ("Senin pekan lalu"), or null. */
    private static TimeMention weekAfter(List<TimeMention> ms, TimeMention weekday) {
        if (weekday.kind() != Kind.WEEKDAY || weekday.weekday() == null) {
            return null;
        }
        for (TimeMention m : ms) {
            int gap = m.span().start() - weekday.span().end();
            if (m.kind() == Kind.RELATIVE_WEEK && gap >= 0 && gap <= 2) {
                return m;
            }
        }
        return null;
    }

    private static TimeMention nearestDate(List<TimeMention> ms, TimeMention clock) {
        TimeMention best = null;
        for (TimeMention m : ms) {
            if (!m.isDate()) {
                continue;
            }
            if (m.kind() == Kind.ANCHORED_DAY) {
                return m; // "said on Saturday that a day earlier it had …": the other date is the saying's
            }
            if (best == null || (clock != null && distance(m, clock) < distance(best, clock))) {
                best = m;
            }
        }
        return best;
    }

    private static int distance(TimeMention a, TimeMention b) {
        return Math.abs(a.span().start() - b.span().start());
    }

    private static TimeMention partOfDay(List<TimeMention> ms, TimeMention dateM) {
        if (dateM != null && dateM.kind() == Kind.WEEKDAY && dateM.hour() != null) {
            return dateM;
        }
        return first(ms, Kind.PART_OF_DAY);
    }

    /** The offset of a local time on its day (summer time included), or null without a zone. */
    private static ZoneOffset localOffsetAt(ZoneId zone, LocalDate date, LocalTime time) {
        return zone == null ? null : zone.getRules().getOffset(java.time.LocalDateTime.of(date, time));
    }

    /** The offset of a clock time: named in the text, or derived from a parallel GMT/zoned time, or local. */
    private static ZoneOffset offset(TimeMention clock, List<TimeMention> ms, ZoneOffset localOffset) {
        if (clock.zone() != null && clock.kind() == Kind.CLOCK) {
            return clock.zone();
        }
        if (clock.kind() == Kind.UTC_CLOCK) {
            return ZoneOffset.UTC;
        }
        int i = ms.indexOf(clock);
        if (i + 1 < ms.size()) {
            TimeMention other = ms.get(i + 1);
            if (other.zone() != null && other.hour() != null && other.minute() != null) {
                int diff = (clock.hour() * 60 + clock.minute()) - (other.hour() * 60 + other.minute());
                int minutes = Math.floorMod(diff + other.zone().getTotalSeconds() / 60 + 12 * 60, 24 * 60) - 12 * 60;
                minutes = Math.round(minutes / 15f) * 15;
                return ZoneOffset.ofTotalSeconds(minutes * 60);
            }
        }
        return localOffset != null ? localOffset : ZoneOffset.UTC;
    }

    /** The words a time came from: the stretch of text covering its parts, when they stand close together. */
    private static String evidence(String text, TimeMention... parts) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        StringBuilder joined = new StringBuilder();
        for (TimeMention m : parts) {
            if (m == null) {
                continue;
            }
            from = Math.min(from, m.span().start());
            to = Math.max(to, m.span().end());
            joined.append(joined.length() > 0 ? " … " : "").append(m.text());
        }
        if (to < 0) {
            return "";
        }
        return to - from <= 80 ? text.substring(from, to).strip() : joined.toString();
    }

    private static TimeMention first(List<TimeMention> ms, Kind... kinds) {
        for (TimeMention m : ms) {
            for (Kind k : kinds) {
                if (m.kind() == k) {
                    return m;
                }
            }
        }
        return null;
    }
}
