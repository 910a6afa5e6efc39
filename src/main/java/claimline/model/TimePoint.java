package claimline.model;

import java.util.Locale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time at the precision the text gives. Fields finer than the precision are zero (month and day are 1).
 * A clock time (minute or part of day) always carries its UTC offset; coarser values carry none.
 */
public record TimePoint(LocalDateTime local, Precision precision, ZoneOffset offset) implements Comparable<TimePoint> {
    private static final Pattern ISO = Pattern.compile(
            "(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    public TimePoint {
        Objects.requireNonNull(local);
        Objects.requireNonNull(precision);
        if (precision.hasClock() && offset == null) {
            throw new IllegalArgumentException("a clock time needs its offset");
        }
        if (!precision.hasClock()) {
            offset = null;
        }
        local = truncate(local, precision);
    }

    public static TimePoint year(int y) { return new TimePoint(LocalDateTime.of(y, 1, 1, 0, 0), Precision.YEAR, null); }

    public static TimePoint month(int y, int m) { return new TimePoint(LocalDateTime.of(y, m, 1, 0, 0), Precision.MONTH, null); }

    public static TimePoint day(LocalDate d) { return new TimePoint(d.atStartOfDay(), Precision.DAY, null); }

    public static TimePoint clock(LocalDate d, LocalTime t, ZoneOffset offset, Precision p) {
        return new TimePoint(d.atTime(t), p, offset);
    }

    private static LocalDateTime truncate(LocalDateTime t, Precision p) {
        return switch (p) {
            case YEAR -> LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
            case MONTH -> LocalDateTime.of(t.getYear(), t.getMonthValue(), 1, 0, 0);
            case DAY -> t.toLocalDate().atStartOfDay();
            case PART_OF_DAY, MINUTE -> t.withSecond(0).withNano(0);
        };
    }

    public LocalDate date() { return local.toLocalDate(); }

    /** ISO-8601 at this precision: {@code 2020}, {@code 2021-05}, {@code 2022-09-13}, {@code 2022-09-13T00:05+04:00}. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", local.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", local.getYear(), local.getMonthValue());
            case DAY -> local.toLocalDate().toString();
            case PART_OF_DAY, MINUTE -> String.format(Locale.ROOT, "%sT%02d:%02d%s", local.toLocalDate(), local.getHour(),
                    local.getMinute(), offsetText(offset));
        };
    }

    static String offsetText(ZoneOffset o) {
        return o.getTotalSeconds() == 0 ? "+00:00" : o.getId();
    }

    /** Reads {@link #iso()} back; the precision tells minute from part of day. */
    public static TimePoint parse(String iso, Precision precision) {
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO-8601 time: '" + iso + "'");
        }
        int y = Integer.parseInt(m.group(1));
        Precision shape = m.group(4) != null ? Precision.MINUTE : m.group(3) != null ? Precision.DAY
                : m.group(2) != null ? Precision.MONTH : Precision.YEAR;
        boolean fits = shape == precision || (shape == Precision.MINUTE && precision == Precision.PART_OF_DAY);
        if (!fits) {
            throw new IllegalArgumentException("time '" + iso + "' does not have precision " + precision.json());
        }
        return switch (shape) {
            case YEAR -> year(y);
            case MONTH -> month(y, Integer.parseInt(m.group(2)));
            case DAY -> day(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            default -> clock(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                    LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))),
                    ZoneOffset.of(m.group(6)), precision);
        };
    }

    /** First instant covered, in epoch seconds (dates without a clock are taken in UTC). */
    public long startEpochSecond() {
        ZoneOffset o = offset == null ? ZoneOffset.UTC : offset;
        long s = local.toEpochSecond(o);
        return precision == Precision.PART_OF_DAY ? s - 3 * 3600 : s;
    }

    /** End of the covered interval, exclusive, in epoch seconds. */
    public long endEpochSecond() {
        ZoneOffset o = offset == null ? ZoneOffset.UTC : offset;
        return switch (precision) {
            case YEAR -> local.plusYears(1).toEpochSecond(o);
            case MONTH -> local.plusMonths(1).toEpochSecond(o);
            // a day at a fixed offset is 86,400 seconds: no second date made for each of 100,000 events' ends
            case DAY -> local.toEpochSecond(o) + 86_400;
            case PART_OF_DAY -> local.toEpochSecond(o) + 3 * 3600;
            case MINUTE -> local.toEpochSecond(o) + 60;
        };
    }

    @Override
    public int compareTo(TimePoint o) {
        int c = Long.compare(startEpochSecond(), o.startEpochSecond());
        return c != 0 ? c : Integer.compare(precision.ordinal(), o.precision.ordinal());
    }
}
