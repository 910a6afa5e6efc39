package claimline.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tick marks for the time axis. The step adapts to the zoom, from a century down to a minute, so that labels are at
 * least {@code minSpacing} pixels apart. Ticks fall on calendar boundaries in the chosen display offset, month names
 * in the language asked for. On an axis with breaks, ticks fall between the breaks only, and the first after a break
 * names the larger unit (the year, the month) since the reader cannot count on from the left.
 */
public final class AxisTicks {
    /**
     * One tick: where it is, its label, whether it starts a larger unit (drawn stronger), and the row of the axis its
     * label goes on (0; 1 when a stretch after a break opens too close to the one before to share a row).
     */
    public record Tick(double epochSecond, String label, boolean major, int row) {
        public Tick(double epochSecond, String label, boolean major) {
            this(epochSecond, label, major, 0);
        }
    }

    /** A calendar step: an amount of a unit, its rough length for choosing, and its label format. */
    enum Step {
        CENTURY(100, ChronoUnit.YEARS, "yyyy", "yyyy"),
        DECADE(10, ChronoUnit.YEARS, "yyyy", "yyyy"),
        FIVE_YEARS(5, ChronoUnit.YEARS, "yyyy", "yyyy"),
        YEAR(1, ChronoUnit.YEARS, "yyyy", "yyyy"),
        QUARTER(3, ChronoUnit.MONTHS, "MMM", "MMM yyyy"),
        MONTH(1, ChronoUnit.MONTHS, "MMM", "MMM yyyy"),
        WEEK(7, ChronoUnit.DAYS, "d MMM", "d MMM yyyy"),
        DAY(1, ChronoUnit.DAYS, "d", "d MMM yyyy"),
        SIX_HOURS(6, ChronoUnit.HOURS, "HH:mm", "d MMM HH:mm"),
        HOUR(1, ChronoUnit.HOURS, "HH:mm", "d MMM HH:mm"),
        FIFTEEN_MINUTES(15, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm"),
        FIVE_MINUTES(5, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm"),
        MINUTE(1, ChronoUnit.MINUTES, "HH:mm", "d MMM HH:mm");

        final int amount;
        final ChronoUnit unit;
        final String minor;
        final String major;

        Step(int amount, ChronoUnit unit, String minor, String major) {
            this.amount = amount;
            this.unit = unit;
            this.minor = minor;
            this.major = major;
        }

        double seconds() {
            return amount * unit.getDuration().getSeconds();
        }
    }

    /** Formatters by pattern and language, made once (ticks are made every frame). */
    private static final java.util.Map<List<Object>, DateTimeFormatter> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    private AxisTicks() {}

    /** Room a tick's label takes on the axis, about (labels are drawn in a 12 px font, from 4 px right of the tick). */
    static double labelWidth(Tick t) {
        return 7.0 * t.label().length() + 10;
    }

    private static DateTimeFormatter format(String pattern, Locale locale) {
        return FORMATS.computeIfAbsent(List.of(pattern, locale), k -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** The coarsest-to-finest step chosen for a window: the finest whose ticks are at least minSpacing apart. */
    static Step stepFor(TimeAxis axis, double minSpacing) {
        Step chosen = Step.CENTURY;
        for (Step s : Step.values()) {
            if (axis.width(s.seconds()) >= minSpacing) {
                chosen = s;
            } else {
                break;
            }
        }
        return chosen;
    }

    /** The ticks visible in {@code [0, width]} pixels, labels in the given offset, in English. */
    public static List<Tick> ticks(TimeAxis axis, double width, ZoneOffset offset, double minSpacing) {
        return ticks(axis, width, offset, minSpacing, Locale.ENGLISH);
    }

    /** The ticks visible in {@code [0, width]} pixels, labels in the given offset and language. */
    public static List<Tick> ticks(TimeAxis axis, double width, ZoneOffset offset, double minSpacing, Locale locale) {
        Step step = stepFor(axis, minSpacing);
        List<Tick> out = new ArrayList<>();
        Set<Tick> opening = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        double from = axis.toSecond(0);
        double to = axis.toSecond(width);
        List<TimeBreaks.Break> breaks = axis.breaks().breaks();
        double segmentStart = from;
        for (int b = 0; b <= breaks.size(); b++) {
            double segmentEnd = b < breaks.size() ? Math.min(to, breaks.get(b).from()) : to;
            if (segmentEnd > segmentStart) {
                int before = out.size();
                segment(out, step, segmentStart, segmentEnd, offset, locale, b > 0 && segmentStart > from);
                if (out.size() > before) {
                    opening.add(out.get(before));
                    if (before > 0) {
                        makeRoom(out, before, opening, axis);
                    }
                }
            }
            if (b < breaks.size()) {
                segmentStart = Math.max(segmentStart, breaks.get(b).to());
            }
        }
        return out;
    }

    /**
     * The first tick after a break (at {@code at}) must not run into the labels before it: ordinary ticks of the
     * stretch before give way; the label that opens that stretch (its date, which the reader needs) stays, and the new
     * one moves down to the axis's second row.
     */
    private static void makeRoom(List<Tick> out, int at, Set<Tick> opening, TimeAxis axis) {
        Tick first = out.get(at);
        double x = axis.toPixel(first.epochSecond());
        boolean keptOpening = false;
        for (int k = at - 1; k >= 0; k--) {
            Tick t = out.get(k);
            if (t.row() != 0 || axis.toPixel(t.epochSecond()) + labelWidth(t) <= x) {
                continue;
            }
            if (opening.contains(t)) {
                keptOpening = true;
            } else {
                out.remove(k);
                at--;
            }
        }
        if (keptOpening) {
            Tick down = new Tick(first.epochSecond(), first.label(), first.major(), 1);
            out.set(at, down);
            opening.remove(first);
            opening.add(down);
            for (int k = at - 1; k >= 0; k--) {
                Tick t = out.get(k);
                if (t.row() == 1 && axis.toPixel(t.epochSecond()) + labelWidth(t) > x) {
                    out.remove(k);
                    at--;
                }
            }
        }
    }

    /**
     * Adds the ticks of {@code [from, to]}. After a break the first is labelled in full; and when no step falls in
     * the stretch, or only late in a stretch after a break (a burst of one day on an axis of weeks), it gets a tick
     * of its own where its first day begins: every stretch between breaks says when it is.
     */
    private static void segment(List<Tick> out, Step step, double from, double to, ZoneOffset offset, Locale locale,
                                boolean afterBreak) {
        int before = out.size();
        LocalDateTime t = floor(LocalDateTime.ofEpochSecond((long) Math.floor(from), 0, offset), step);
        for (int guard = 0; guard < 10_000; guard++) {
            long s = t.toEpochSecond(offset);
            if (s > to) {
                break;
            }
            if (s >= from) {
                boolean major = isMajor(t, step);
                boolean full = major || out.isEmpty() || (afterBreak && out.size() == before);
                out.add(new Tick(s, format(full ? step.major : step.minor, locale).format(t), major));
            }
            t = t.plus(step.amount, step.unit);
        }
        boolean none = out.size() == before;
        if (none || (afterBreak && out.get(before).epochSecond() - from > step.seconds() / 2)) {
            LocalDateTime start = LocalDateTime.ofEpochSecond((long) Math.ceil(from), 0, offset);
            LocalDateTime day = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? start
                    : start.toLocalDate().plusDays(1).atStartOfDay();
            LocalDateTime at = day.toEpochSecond(offset) <= to ? day : start;
            out.add(before, new Tick(at.toEpochSecond(offset), format(step.major, locale).format(at), false));
        }
    }

    private static LocalDateTime floor(LocalDateTime t, Step step) {
        return switch (step.unit) {
            case YEARS -> LocalDateTime.of(t.getYear() - Math.floorMod(t.getYear(), step.amount), 1, 1, 0, 0);
            case MONTHS -> LocalDateTime.of(t.getYear(), t.getMonthValue() - (t.getMonthValue() - 1) % step.amount,
                    1, 0, 0);
            case DAYS -> step.amount == 7
                    ? t.toLocalDate().minusDays(t.getDayOfWeek().getValue() - 1L).atStartOfDay()
                    : t.toLocalDate().atStartOfDay();
            case HOURS -> t.truncatedTo(ChronoUnit.HOURS).minusHours(t.getHour() % step.amount);
            default -> t.truncatedTo(ChronoUnit.MINUTES).minusMinutes(t.getMinute() % step.amount);
        };
    }

    /** A tick is major when it begins the next larger unit: a year for months, a month for days, a day for hours. */
    private static boolean isMajor(LocalDateTime t, Step step) {
        return switch (step.unit) {
            case YEARS -> t.getYear() % (step.amount * 10) == 0;
            case MONTHS -> t.getMonthValue() == 1;
            case DAYS -> step.amount == 7 ? t.getDayOfMonth() <= 7 : t.getDayOfMonth() == 1;
            case HOURS, MINUTES -> t.getHour() == 0 && t.getMinute() == 0;
            default -> false;
        };
    }
}
