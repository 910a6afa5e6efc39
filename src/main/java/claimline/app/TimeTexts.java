package claimline.app;

import claimline.model.TimePoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as people read them, in the language of the interface: "13 Sep 2022, 00:05 (UTC+4)", "Sep 2022", "2022"
 * (Indonesian: "13 Sep 2022, 00.05 (UTC+4)", "Agu 2022"). The patterns are in the message bundle.
 */
final class TimeTexts {
    private TimeTexts() {}

    /** A point at its precision, with the clock time and offset it was stated in when it has one. */
    static String of(TimePoint t) {
        return switch (t.precision()) {
            case YEAR -> format("format.year", t.local());
            case MONTH -> format("format.month", t.local());
            case DAY -> format("format.day", t.local());
            case MINUTE -> Messages.get("format.dayAndTime", format("format.day", t.local()),
                    format("format.time", t.local()), offset(t.offset()));
            case PART_OF_DAY -> Messages.get("format.dayAndAbout", format("format.day", t.local()),
                    format("format.time", t.local()), offset(t.offset()));
        };
    }

    /** The day an epoch second falls on, in UTC. */
    static String day(long epochSecond) {
        return format("format.day", Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC));
    }

    /** A day and clock time ("13 Sep 2022, 00:05"; "13 Sep 2022, 00.05" in Indonesian), as given. */
    static String dayTime(java.time.temporal.TemporalAccessor t) {
        return format("format.dayTime", t);
    }

    /** "UTC", "UTC+4", "UTC+5:30", "UTC−3". */
    static String offset(ZoneOffset o) {
        if (o == null || o.getTotalSeconds() == 0) {
            return "UTC";
        }
        int s = Math.abs(o.getTotalSeconds());
        String sign = o.getTotalSeconds() < 0 ? "−" : "+";
        return "UTC" + sign + s / 3600 + (s % 3600 == 0 ? "" : String.format(java.util.Locale.ROOT, ":%02d", s % 3600 / 60));
    }

    private static String format(String patternKey, java.time.temporal.TemporalAccessor t) {
        return DateTimeFormatter.ofPattern(Messages.get(patternKey), Messages.locale()).format(t);
    }
}
