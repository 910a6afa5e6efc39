package claimline.reading.time;

import claimline.model.Span;
import java.time.ZoneOffset;

/**
 * A time expression as written, before it is resolved against the publication date. Unused fields are null.
 * {@code zone} is the offset the text names ("waktu Moskow", "GMT"); {@code local} marks "waktu setempat".
 */
public record TimeMention(Span span, Kind kind, Integer year, Integer month, Integer day, Integer weekday,
                          Integer hour, Integer minute, ZoneOffset zone, boolean local, int amount, String text) {
    public enum Kind {
        /** day, month and year */ FULL_DATE,
        /** day and month */ DAY_MONTH,
        /** a weekday name */ WEEKDAY,
        /** dini hari, pagi, malam...: hour is the conventional hour */ PART_OF_DAY,
        /** a clock time */ CLOCK,
        /** a clock time in GMT/UTC */ UTC_CLOCK,
        /** month and year */ MONTH_YEAR,
        /** a month alone ("sejak Mei") */ MONTH,
        /** a month of the past year ("November lalu") */ LAST_MONTH,
        /** a year; for a range of years ("1950-53") amount is its last year, else 0 */ YEAR,
        /** days from publication: kemarin -1, hari ini 0 */ RELATIVE_DAY,
        /** days from the date the text has just given: "sehari sebelumnya" -1, "two days later" 2 */ ANCHORED_DAY,
        /** weeks back: minggu ini 0, pekan lalu 1 */ RELATIVE_WEEK,
        /** months back */ RELATIVE_MONTH,
        /** years back: tahun lalu 1 */ RELATIVE_YEAR
    }

    public boolean isDate() {
        return kind == Kind.FULL_DATE || kind == Kind.DAY_MONTH || kind == Kind.WEEKDAY || kind == Kind.RELATIVE_DAY
                || kind == Kind.ANCHORED_DAY;
    }

    static TimeMention of(Span span, Kind kind, String text) {
        return new TimeMention(span, kind, null, null, null, null, null, null, null, false, 0, text);
    }

    TimeMention withDate(Integer y, Integer m, Integer d) {
        return new TimeMention(span, kind, y, m, d, weekday, hour, minute, zone, local, amount, text);
    }

    TimeMention withWeekday(Integer wd) {
        return new TimeMention(span, kind, year, month, day, wd, hour, minute, zone, local, amount, text);
    }

    TimeMention withClock(Integer h, Integer min, ZoneOffset z, boolean loc) {
        return new TimeMention(span, kind, year, month, day, weekday, h, min, z, loc, amount, text);
    }

    TimeMention withAmount(int n) {
        return new TimeMention(span, kind, year, month, day, weekday, hour, minute, zone, local, n, text);
    }
}
