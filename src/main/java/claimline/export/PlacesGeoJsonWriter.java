package claimline.export;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Fact;
import claimline.model.Place;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The places of events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per place with coordinates, in
 * place id order, whose properties are its id, name and country, and its events (id, title, type, start, the
 * parties whose claims name the place) with the distinct types, dates and parties gathered. Places without
 * coordinates are left out (GeoJSON has no point for them); the same model gives the same bytes.
 */
public final class PlacesGeoJsonWriter {
    private PlacesGeoJsonWriter() {}

    public static void write(EventModel model, List<Event> events, OutputStream out) throws IOException {
        Map<String, Place> places = new HashMap<>();
        model.places().forEach(p -> places.put(p.id(), p));
        Map<String, Actor> actors = new HashMap<>();
        model.actors().forEach(a -> actors.put(a.id(), a));
        Map<String, List<Event>> byPlace = new java.util.TreeMap<>();
        for (Event e : events) {
            for (String pid : e.places()) {
                Place p = places.get(pid);
                if (p != null && p.lat() != null && p.lon() != null) {
                    byPlace.computeIfAbsent(pid, k -> new ArrayList<>()).add(e);
                }
            }
        }
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Map.Entry<String, List<Event>> e : byPlace.entrySet()) {
                feature(g, places.get(e.getKey()), e.getValue(), actors);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void feature(JsonGenerator g, Place p, List<Event> events, Map<String, Actor> actors)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", p.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(p.lon()); // GeoJSON puts longitude first
        g.writeNumber(p.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", p.name());
        if (p.country() != null) {
            g.writeStringField("country", p.country());
        }
        Set<String> types = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        Set<String> parties = new TreeSet<>();
        Map<Event, Set<String>> namedBy = new LinkedHashMap<>();
        for (Event e : events) {
            types.add(e.type().json());
            dates.add(e.time().start().iso());
            Set<String> naming = partiesNaming(e, p, actors);
            parties.addAll(naming);
            namedBy.put(e, naming);
        }
        strings(g, "types", types);
        strings(g, "dates", dates);
        strings(g, "parties", parties);
        g.writeArrayFieldStart("events");
        for (Map.Entry<Event, Set<String>> e : namedBy.entrySet()) {
            Event ev = e.getKey();
            g.writeStartObject();
            g.writeStringField("id", ev.id());
            g.writeStringField("title", ev.title());
            g.writeStringField("type", ev.type().json());
            g.writeStringField("start", ev.time().start().iso());
            g.writeStringField("precision", ev.time().precision().json());
            strings(g, "parties", e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The parties whose claims about the event state this place (the claim's places fact names it). */
    static Set<String> partiesNaming(Event e, Place p, Map<String, Actor> actors) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.add(p.name());
        names.addAll(p.aliases());
        Set<String> out = new TreeSet<>();
        for (Claim c : e.claims()) {
            String named = c.facts().get(Fact.PLACES);
            Actor a = actors.get(c.claimant());
            if (named == null || a == null || a.party() == null) {
                continue;
            }
            for (String n : named.split(", ")) {
                if (names.contains(n.strip())) {
                    out.add(a.party().toUpperCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }

    private static void strings(JsonGenerator g, String field, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
