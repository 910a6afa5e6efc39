package claimline.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as pages and archive exports write it: ISO-8601 with or without time and offset
 * ({@code 2022-09-13T02:10:00+04:00}, {@code 2022-09-13 02:10:00Z}, {@code 2022-09-13}), GDELT's
 * {@code 20220913T021000Z}, RSS's {@code Tue, 13 Sep 2022 02:10:00 +0400}. A time without an offset gives the date
 * only: the moment cannot be placed without knowing whose clock it is.
 */
public record PublishedValue(LocalDate date, OffsetDateTime time) {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?"
                    + "(?:\\[[^\\]]+\\])?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");
    /** A date in a URL path: /2022/09/13/, /2022-09-13/, /20220913/ (between years 1990 and 2099). */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|$)");

    public PublishedValue {
        if (time != null) {
            date = time.toLocalDate();
        }
    }

    /** The value read, or null when it is no date (blank, "yesterday", a date that does not exist). */
    public static PublishedValue parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
            }
            return rfc1123(s);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** The date a URL's path carries ({@code /read/2022/09/13/0930/...}), or null. */
    public static LocalDate inUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            try {
                return m.group(1) != null
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            } catch (DateTimeException notADate) {
                // a number that only looks like a date: look further along the path
            }
        }
        return null;
    }

    private static PublishedValue fromParts(String y, String mo, String d, String h, String mi, String sec, String off) {
        LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        if (h == null || off == null) {
            return new PublishedValue(date, null);
        }
        LocalDateTime local = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), sec == null ? 0 : Integer.parseInt(sec));
        return new PublishedValue(date, OffsetDateTime.of(local, offset(off)));
    }

    private static ZoneOffset offset(String off) {
        if (off.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = off.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        return off.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private static PublishedValue rfc1123(String s) {
        try {
            ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
            return new PublishedValue(z.toLocalDate(), z.toOffsetDateTime());
        } catch (java.time.format.DateTimeParseException notRss) {
            return null;
        }
    }
}
