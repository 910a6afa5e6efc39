package claimline.export;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Disagreements;
import claimline.model.Fact;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.JsonName;
import claimline.model.Place;
import claimline.model.Precision;
import claimline.model.Problem;
import claimline.model.ProblemKind;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import claimline.model.Source;
import claimline.model.Span;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code claimline/1} JSON back into the model, the way the app opens a file. Limits are tight (nesting 64,
 * strings 10 MB, document 100 MB, numbers 100 digits), no polymorphic typing, and everything is checked (format,
 * enums, spans inside their documents, ids that point somewhere) before a model is returned: nothing half-loaded.
 */
public final class ModelJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(10_000_000).maxNumberLength(100).maxDocumentLength(100_000_000L).build())
            .build());

    private ModelJsonReader() {}

    public static EventModel read(InputStream in) throws ModelFormatException {
        return fromTree(readTree(in));
    }

    /** Parses JSON under the same tight limits (nesting, string, number and document length) as a model file. */
    public static JsonNode readTree(InputStream in) throws ModelFormatException {
        try {
            return MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ModelFormatException("cannot read: " + e.getMessage(), e);
        }
    }

    /** A model from an already parsed tree (a project file embeds one), with every check of {@link #read}. */
    public static EventModel fromTree(JsonNode root) throws ModelFormatException {
        try {
            return model(root);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new ModelFormatException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static EventModel model(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a claimline model: the top level is not an object");
        }
        String format = text(root, "format");
        if (!ModelJsonWriter.FORMAT.equals(format)) {
            throw new IllegalArgumentException("unsupported format '" + format + "' (expected " + ModelJsonWriter.FORMAT + ")");
        }
        Map<String, Document> docs = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (JsonNode d : array(root, "documents")) {
            Document doc = document(d);
            if (docs.put(doc.id(), doc) != null) {
                throw new IllegalArgumentException("document id '" + doc.id() + "' appears twice");
            }
            documents.add(doc);
        }
        List<Actor> actors = new ArrayList<>();
        Map<String, Actor> actorIds = new HashMap<>();
        for (JsonNode a : array(root, "actors")) {
            Actor actor = new Actor(text(a, "id"), text(a, "name"), JsonName.parse(ActorType.class, text(a, "type")),
                    optText(a, "party"), optText(a, "parent"), strings(a, "aliases"));
            actorIds.put(actor.id(), actor);
            actors.add(actor);
        }
        for (Actor a : actors) {
            if (a.parent() != null && !actorIds.containsKey(a.parent())) {
                throw new IllegalArgumentException("actor '" + a.id() + "' has parent '" + a.parent() + "', which is not an actor");
            }
        }
        List<Place> places = new ArrayList<>();
        Map<String, Place> placeIds = new HashMap<>();
        for (JsonNode p : array(root, "places")) {
            Place place = new Place(text(p, "id"), text(p, "name"), optText(p, "country"), optDouble(p, "lat"),
                    optDouble(p, "lon"), strings(p, "aliases"));
            placeIds.put(place.id(), place);
            places.add(place);
        }
        List<Event> events = new ArrayList<>();
        java.util.function.Function<String, String> name = EventModel.namer(actors);
        for (JsonNode e : array(root, "events")) {
            events.add(event(e, docs, actorIds, placeIds, name));
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : array(root, "problems")) {
            problems.add(new Problem(text(p, "path"), JsonName.parse(ProblemKind.class, text(p, "kind")), text(p, "message")));
        }
        return new EventModel(text(root, "generator"), documents, actors, places, events, problems);
    }

    private static Document document(JsonNode d) {
        String id = text(d, "id");
        String body = text(d, "text");
        if (d.has("length") && d.get("length").asInt() != body.length()) {
            throw new IllegalArgumentException("document '" + id + "': length " + d.get("length").asInt()
                    + " does not match its text (" + body.length() + ")");
        }
        JsonNode pub = field(d, "published");
        String date = optText(pub, "date");
        String time = optText(pub, "time");
        Published published = new Published(date == null ? null : LocalDate.parse(date),
                JsonName.parse(PublishedBasis.class, text(pub, "basis")), optText(pub, "evidence"),
                time == null ? null : java.time.OffsetDateTime.parse(time));
        List<Span> boilerplate = new ArrayList<>();
        for (JsonNode s : array(d, "boilerplate")) {
            if (!s.isArray() || s.size() != 2) {
                throw new IllegalArgumentException("document '" + id + "': a boilerplate span is not [start, end]");
            }
            boilerplate.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        }
        return new Document(id, text(d, "path"), optText(d, "title"), optText(d, "outlet"), text(d, "language"),
                published, body, boilerplate, optText(d, "url"));
    }

    private static Event event(JsonNode e, Map<String, Document> docs, Map<String, Actor> actors, Map<String, Place> places,
                               java.util.function.Function<String, String> name) {
        String id = text(e, "id");
        Precision precision = JsonName.parse(Precision.class, text(e, "precision"));
        String end = optText(e, "end");
        EventTime time = new EventTime(TimePoint.parse(text(e, "start"), precision),
                end == null ? null : TimePoint.parse(end, endPrecision(end, precision)),
                JsonName.parse(TimeBasis.class, text(e, "time_basis")), optText(e, "time_evidence"));
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : array(e, "claims")) {
            String claimant = text(c, "claimant");
            if (!actors.containsKey(claimant)) {
                throw new IllegalArgumentException("event '" + id + "': claimant '" + claimant + "' is not an actor");
            }
            List<Source> sources = new ArrayList<>();
            for (JsonNode s : array(c, "sources")) {
                Source src = new Source(text(s, "document"), s.path("start").asInt(-1), s.path("end").asInt(-1));
                Document doc = docs.get(src.document());
                if (doc == null) {
                    throw new IllegalArgumentException("event '" + id + "': source document '" + src.document() + "' is not in the file");
                }
                if (src.end() > doc.length()) {
                    throw new IllegalArgumentException("event '" + id + "': source [" + src.start() + ", " + src.end()
                            + ") is outside document '" + doc.id() + "' (length " + doc.length() + ")");
                }
                sources.add(src);
            }
            claims.add(new Claim(claimant, JsonName.parse(Stance.class, text(c, "stance")), text(c, "text"), sources,
                    facts(c, id)));
        }
        List<String> actorIds = strings(e, "actors");
        for (String a : actorIds) {
            if (!actors.containsKey(a)) {
                throw new IllegalArgumentException("event '" + id + "': actor '" + a + "' is not an actor");
            }
        }
        List<String> placeIds = strings(e, "places");
        for (String p : placeIds) {
            if (!places.containsKey(p)) {
                throw new IllegalArgumentException("event '" + id + "': place '" + p + "' is not a place");
            }
        }
        return new Event(id, JsonName.parse(EventType.class, text(e, "type")), text(e, "title"), time,
                e.path("background").asBoolean(false), actorIds, placeIds, claims,
                disagreements(claims, e.has("disagreements") ? strings(e, "disagreements") : List.of(), actors, name),
                e.hasNonNull("notes") ? strings(e, "notes") : List.of());
    }

    private static Map<Fact, String> facts(JsonNode claim, String eventId) {
        JsonNode f = claim.get("facts");
        if (f == null || f.isNull()) {
            return Map.of();
        }
        if (!f.isObject()) {
            throw new IllegalArgumentException("event '" + eventId + "': claim facts are not an object");
        }
        Map<Fact, String> out = new java.util.EnumMap<>(Fact.class);
        f.fields().forEachRemaining(en -> {
            Fact fact = JsonName.parse(Fact.class, en.getKey());
            if (fact == Fact.NOTE || fact == Fact.DENIAL) {
                throw new IllegalArgumentException("event '" + eventId + "': '" + en.getKey() + "' is not a claim fact");
            }
            out.put(fact, en.getValue().asText());
        });
        return out;
    }

    /**
     * The disagreements as typed facts when the claims' facts give exactly the sentences the file states; otherwise
     * (an older file, or one another tool wrote) the file's sentences are kept as they are.
     */
    private static List<Disagreement> disagreements(List<Claim> claims, List<String> stated, Map<String, Actor> actors,
                                                    java.util.function.Function<String, String> name) {
        List<Disagreement> computed = Disagreements.of(claims, id -> EventModel.sideOf(actors, id));
        if (computed.stream().map(d -> d.text(name)).toList().equals(stated)) {
            return computed;
        }
        return stated.stream().map(Disagreement::note).toList();
    }

    private static Precision endPrecision(String iso, Precision start) {
        if (iso.contains("T")) {
            return start.hasClock() ? start : Precision.MINUTE;
        }
        return switch (iso.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' is not a string");
        }
        return v.asText();
    }

    private static String optText(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double optDouble(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static JsonNode array(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' is not an array");
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(n, name)) {
            out.add(s.asText());
        }
        return out;
    }
}
