package claimline.export;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.DisplayNames;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import claimline.model.TimePoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the exports for other tools (TimelineJS, ACLED-style CSV) say the same way: a passage as the document has it,
 * a time in words at its precision, the parties whose claims an event carries. Always English, as every export is.
 */
final class ExportTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private ExportTexts() {}

    /** The words of a passage as its document has them; the claim's own text when the document is not in the model. */
    static String passage(DisplayNames names, Claim c, Source s) {
        Document d = names.document(s.document());
        if (d == null || s.start() > d.length()) {
            return c.text();
        }
        return d.text().substring(s.start(), Math.min(s.end(), d.length()));
    }

    /** Where a passage was published: "KOMPAS.com, 13 Sep 2022"; the file name for an outlet the article never names. */
    static String outletAndDate(Document d) {
        if (d == null) {
            return "";
        }
        String outlet = DisplayNames.outlet(d);
        return d.published().date() == null ? outlet : outlet + ", " + DAY.format(d.published().date());
    }

    /**
     * A time in words at its precision: "2020", "November 2020", "13 Sep 2022", "13 Sep 2022, 00:05 (UTC+4)", and for
     * a part of the day, whose hour is a convention, "13 Sep 2022, around 08:00 (UTC+4)".
     */
    static String when(TimePoint t) {
        return switch (t.precision()) {
            case YEAR -> Integer.toString(t.local().getYear());
            case MONTH -> MONTH.format(t.local());
            case DAY -> DAY.format(t.local());
            case MINUTE -> DAY.format(t.local()) + ", " + CLOCK.format(t.local()) + " (" + offset(t.offset()) + ")";
            case PART_OF_DAY -> DAY.format(t.local()) + ", around " + CLOCK.format(t.local()) + " ("
                    + offset(t.offset()) + ")";
        };
    }

    /** "UTC", "UTC+4", "UTC+5:30", "UTC-3". */
    static String offset(ZoneOffset o) {
        if (o == null || o.getTotalSeconds() == 0) {
            return "UTC";
        }
        int s = Math.abs(o.getTotalSeconds());
        String sign = o.getTotalSeconds() < 0 ? "-" : "+";
        return "UTC" + sign + s / 3600 + (s % 3600 == 0 ? "" : String.format(Locale.ROOT, ":%02d", s % 3600 / 60));
    }

    /**
     * The parties whose claimants speak about the event (the columns of the side-by-side view), as codes in the order
     * their first claim comes; outlets speaking in their own voice speak for no party and are not among them.
     */
    static List<String> claimingParties(Event e, Map<String, Actor> actors) {
        Set<String> parties = new LinkedHashSet<>();
        for (Claim c : e.claims()) {
            String side = EventModel.sideOf(actors, c.claimant());
            if (side != null) {
                parties.add(side);
            }
        }
        return new ArrayList<>(parties);
    }

    /** The parties of the actors that take part in the event, in the order the event lists its actors. */
    static List<String> involvedParties(Event e, Map<String, Actor> actors) {
        Set<String> parties = new LinkedHashSet<>();
        for (String a : e.actors()) {
            String side = EventModel.sideOf(actors, a);
            if (side != null) {
                parties.add(side);
            }
        }
        return new ArrayList<>(parties);
    }
}
