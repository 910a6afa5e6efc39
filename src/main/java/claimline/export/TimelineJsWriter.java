package claimline.export;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.DisplayNames;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Precision;
import claimline.model.Source;
import claimline.model.TimePoint;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The events as a TimelineJS3 timeline (the JSON format of Knight Lab's TimelineJS): a title slide, then one slide
 * per event in the order given. A slide's date is the event's at its precision and no finer: a month has no day, a
 * year only its year, a part of the day its conventional hour and no minute, said in words in {@code display_date}
 * with its offset (TimelineJS has no time zones, so clock times are the ones the parties stated). Its group is the
 * parties that claim about the event, so that TimelineJS gives each side, and each set of sides telling the same
 * happening, a row of its own; its text holds every passage (HTML-escaped) with its party, claimant, stance and outlet.
 */
public final class TimelineJsWriter {
    /** The group of an event that only outlets tell in their own voice: no party speaks about it. */
    public static final String OUTLETS_ONLY = "Outlets";

    private TimelineJsWriter() {}

    public static void write(EventModel model, List<Event> events, String title, OutputStream out) throws IOException {
        DisplayNames names = DisplayNames.of(model);
        Map<String, Actor> actors = model.actorsById();
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("title");
            text(g, html(title), titleText(model, events));
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            for (Event e : events) {
                slide(g, e, names, actors);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String titleText(EventModel model, List<Event> events) {
        TreeSet<String> documents = new TreeSet<>();
        events.forEach(e -> e.sources().forEach(s -> documents.add(s.document())));
        return "<p>" + events.size() + (events.size() == 1 ? " event" : " events") + " told in " + documents.size()
                + (documents.size() == 1 ? " article" : " articles") + ", read by " + html(model.generator())
                + ". One slide per event, in a row per party that claims about it; each slide quotes every passage"
                + " with who says it and where it was published.</p>";
    }

    private static void slide(JsonGenerator g, Event e, DisplayNames names, Map<String, Actor> actors)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("unique_id", e.id());
        g.writeFieldName("start_date");
        date(g, e.time().start());
        if (e.time().end() != null) {
            g.writeFieldName("end_date");
            date(g, e.time().end());
        }
        if (e.time().precision().hasClock()) {
            g.writeStringField("display_date", ExportTexts.when(e.time().start())
                    + (e.time().end() == null ? "" : " – " + ExportTexts.when(e.time().end())));
        }
        g.writeStringField("group", group(e, names, actors));
        text(g, html(e.title()), body(e, names, actors));
        g.writeEndObject();
    }

    /** The date object at the time's precision: finer fields are left out, never filled with a made-up value. */
    private static void date(JsonGenerator g, TimePoint t) throws IOException {
        Precision p = t.precision();
        g.writeStartObject();
        g.writeNumberField("year", t.local().getYear());
        if (p.compareTo(Precision.MONTH) >= 0) {
            g.writeNumberField("month", t.local().getMonthValue());
        }
        if (p.compareTo(Precision.DAY) >= 0) {
            g.writeNumberField("day", t.local().getDayOfMonth());
        }
        if (p.hasClock()) {
            g.writeNumberField("hour", t.local().getHour());
        }
        if (p == Precision.MINUTE) {
            g.writeNumberField("minute", t.local().getMinute());
        }
        g.writeEndObject();
    }

    /** The parties claiming about the event by name, alphabetically ("Armenia, Azerbaijan"); outlets alone: "Outlets". */
    static String group(Event e, DisplayNames names, Map<String, Actor> actors) {
        TreeSet<String> parties = new TreeSet<>();
        ExportTexts.claimingParties(e, actors).forEach(p -> parties.add(names.party(p)));
        return parties.isEmpty() ? OUTLETS_ONLY : String.join(", ", parties);
    }

    private static void text(JsonGenerator g, String headline, String text) throws IOException {
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", headline);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /**
     * The slide's text: what kind of event it is and when, then each claim's passages, a party's claims together
     * (outlets' own voice last), where the versions differ, and the analyst's notes.
     */
    private static String body(Event e, DisplayNames names, Map<String, Actor> actors) {
        StringBuilder b = new StringBuilder();
        b.append("<p><i>").append(html(e.type().json().replace('_', ' '))).append(" · ")
                .append(html(ExportTexts.when(e.time().start())));
        if (!e.time().evidence().isBlank()) {
            b.append(" · “").append(html(e.time().evidence())).append('”');
        }
        if (e.background()) {
            b.append(" · history the articles recall");
        }
        b.append("</i></p>");
        List<Claim> claims = new ArrayList<>(e.claims());
        claims.sort(Comparator.comparing((Claim c) -> EventModel.sideOf(actors, c.claimant()) == null)
                .thenComparing(c -> partyName(c, names, actors)));
        for (Claim c : claims) {
            for (Source s : c.sources()) {
                b.append("<p><b>").append(html(partyName(c, names, actors))).append("</b> · ")
                        .append(html(names.actor(c.claimant()))).append(' ').append(c.stance().json())
                        .append(" · <i>").append(html(ExportTexts.outletAndDate(names.document(s.document()))))
                        .append("</i><br>“").append(html(ExportTexts.passage(names, c, s))).append("”</p>");
            }
        }
        List<String> differ = e.disagreements().stream().map(d -> d.text(names::actorOrParty)).toList();
        list(b, "Where the versions differ", differ);
        list(b, "Analyst's notes", e.notes());
        return b.toString();
    }

    private static String partyName(Claim c, DisplayNames names, Map<String, Actor> actors) {
        String side = EventModel.sideOf(actors, c.claimant());
        return side == null ? "No party (the outlet's own words)" : names.party(side);
    }

    private static void list(StringBuilder b, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<p><i>").append(heading).append(":</i></p><ul>");
        items.forEach(i -> b.append("<li>").append(html(i)).append("</li>"));
        b.append("</ul>");
    }

    /** Text made safe inside HTML: TimelineJS shows headlines and text as HTML, and a passage may hold {@code <}. */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
