package claimline.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick marks for the time axis. The step adapts to the zoom, from a century down to a minute, so that labels are at
 * least {@code minSpacing} pixels apart. Ticks fall on calendar boundaries in the chosen display offset.
 */
public final class AxisTicks {
    /** One tick: where it is, its label, and whether it starts a larger unit (drawn stronger). */
    public record Tick(double epochSecond, String label, boolean major) {}

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
        final DateTimeFormatter minor;
        final DateTimeFormatter major;

        Step(int amount, ChronoUnit unit, String minor, String major) {
            this.amount = amount;
            this.unit = unit;
            this.minor = DateTimeFormatter.ofPattern(minor, Locale.ENGLISH);
            this.major = DateTimeFormatter.ofPattern(major, Locale.ENGLISH);
        }

        double seconds() {
            return amount * unit.getDuration().getSeconds();
        }
    }

    private AxisTicks() {}

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

    /** The ticks visible in {@code [0, width]} pixels, labels in the given offset. */
    public static List<Tick> ticks(TimeAxis axis, double width, ZoneOffset offset, double minSpacing) {
        Step step = stepFor(axis, minSpacing);
        List<Tick> out = new ArrayList<>();
        double from = axis.toSecond(0);
        double to = axis.toSecond(width);
        LocalDateTime t = floor(LocalDateTime.ofEpochSecond((long) Math.floor(from), 0, offset), step);
        for (int guard = 0; guard < 10_000; guard++) {
            long s = t.toEpochSecond(offset);
            if (s > to) {
                break;
            }
            if (s >= from) {
                boolean major = isMajor(t, step);
                out.add(new Tick(s, (major || out.isEmpty() ? step.major : step.minor).format(t), major));
            }
            t = t.plus(step.amount, step.unit);
        }
        return out;
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
