package claimline.export;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Place;
import claimline.model.Problem;
import claimline.model.Source;
import claimline.model.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an event model as {@code claimline/1} JSON (docs/export-format.md). Field order, ordering of arrays and
 * line endings are fixed, so the same model always gives the same bytes. Documents also carry their {@code text}
 * (an added field), so a saved model opens without its corpus; events carry the analyst's {@code notes} when they
 * have some (another added field).
 */
public final class ModelJsonWriter {
    public static final String FORMAT = "claimline/1";

    private ModelJsonWriter() {}

    public static void write(EventModel model, OutputStream out) throws IOException {
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("generator", model.generator());
            g.writeArrayFieldStart("documents");
            for (Document d : model.documents()) {
                document(g, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actors");
            for (Actor a : model.actors()) {
                actor(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("places");
            for (Place p : model.places()) {
                place(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            java.util.function.Function<String, String> name = model.namer();
            for (Event e : model.events()) {
                event(g, e, name);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : model.problems()) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("kind", p.kind().json());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    public static String toString(EventModel model) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void document(JsonGenerator g, Document d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("path", d.path());
        g.writeStringField("title", d.title());
        g.writeStringField("outlet", d.outlet());
        g.writeStringField("language", d.language());
        if (d.url() != null) {
            g.writeStringField("url", d.url());
        }
        g.writeObjectFieldStart("published");
        g.writeStringField("date", d.published().date() == null ? null : d.published().date().toString());
        if (d.published().time() != null) {
            g.writeStringField("time", d.published().time().toString());
        }
        g.writeStringField("basis", d.published().basis().json());
        g.writeStringField("evidence", d.published().evidence());
        g.writeEndObject();
        g.writeNumberField("length", d.length());
        g.writeArrayFieldStart("boilerplate");
        for (Span s : d.boilerplate()) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("text", d.text());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        g.writeStringField("type", a.type().json());
        g.writeStringField("party", a.party());
        g.writeStringField("parent", a.parent());
        strings(g, "aliases", a.aliases());
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("country", p.country());
        if (p.lat() == null) {
            g.writeNullField("lat");
        } else {
            g.writeNumberField("lat", p.lat());
        }
        if (p.lon() == null) {
            g.writeNullField("lon");
        } else {
            g.writeNumberField("lon", p.lon());
        }
        strings(g, "aliases", p.aliases());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e, java.util.function.Function<String, String> name)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().json());
        g.writeStringField("title", e.title());
        g.writeStringField("start", e.time().start().iso());
        g.writeStringField("end", e.time().end() == null ? null : e.time().end().iso());
        g.writeStringField("precision", e.time().precision().json());
        g.writeStringField("time_basis", e.time().basis().json());
        g.writeStringField("time_evidence", e.time().evidence());
        g.writeBooleanField("background", e.background());
        strings(g, "actors", e.actors());
        strings(g, "places", e.places());
        g.writeArrayFieldStart("claims");
        for (Claim c : e.claims()) {
            g.writeStartObject();
            g.writeStringField("claimant", c.claimant());
            g.writeStringField("stance", c.stance().json());
            g.writeStringField("text", c.text());
            g.writeArrayFieldStart("sources");
            for (Source s : c.sources()) {
                g.writeStartObject();
                g.writeStringField("document", s.document());
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!c.facts().isEmpty()) {
                // what the claim states, so that a reader of the file recomputes the disagreements after a change
                g.writeObjectFieldStart("facts");
                for (java.util.Map.Entry<claimline.model.Fact, String> f : c.facts().entrySet()) {
                    g.writeStringField(f.getKey().json(), f.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "disagreements", e.disagreements().stream().map(d -> d.text(name)).toList());
        if (!e.notes().isEmpty()) {
            // an added field, written only when there are notes, so a file without them is as it always was
            strings(g, "notes", e.notes());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
