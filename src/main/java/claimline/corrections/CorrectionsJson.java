package claimline.corrections;

import claimline.model.EventType;
import claimline.model.JsonName;
import claimline.model.Precision;
import claimline.model.Stance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Corrections to and from JSON, each an object with a {@code kind}; no polymorphic typing from the file. */
final class CorrectionsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CorrectionsJson() {}

    static ArrayNode write(List<Correction> corrections) {
        ArrayNode out = F.arrayNode();
        for (Correction c : corrections) {
            ObjectNode o = out.addObject();
            if (c instanceof Correction.EditEvent e) {
                o.put("kind", "edit_event");
                o.set("event", anchor(e.event()));
                putIf(o, "title", e.title());
                putIf(o, "type", e.type() == null ? null : e.type().json());
                putIf(o, "start", e.start());
                putIf(o, "precision", e.precision() == null ? null : e.precision().json());
                if (e.actors() != null) {
                    e.actors().forEach(o.putArray("actors")::add);
                }
                if (e.places() != null) {
                    e.places().forEach(o.putArray("places")::add);
                }
            } else if (c instanceof Correction.ChangeClaim cc) {
                o.put("kind", "change_claim");
                o.set("claim", anchor(cc.claim()));
                putIf(o, "claimant", cc.claimant());
                putIf(o, "stance", cc.stance() == null ? null : cc.stance().json());
            } else if (c instanceof Correction.MergeEvents m) {
                o.put("kind", "merge_events");
                o.set("into", anchor(m.into()));
                o.set("from", anchor(m.from()));
            } else if (c instanceof Correction.SplitClaim s) {
                o.put("kind", "split_claim");
                o.set("claim", anchor(s.claim()));
            } else if (c instanceof Correction.HideEvent h) {
                o.put("kind", "hide_event");
                o.set("event", anchor(h.event()));
            } else if (c instanceof Correction.AddNote n) {
                o.put("kind", "add_note");
                o.set("event", anchor(n.event()));
                o.put("note", n.note());
            }
        }
        return out;
    }

    static List<Correction> read(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("'corrections' must be an array");
        }
        List<Correction> out = new ArrayList<>();
        for (JsonNode o : array) {
            String kind = text(o, "kind");
            out.add(switch (kind == null ? "" : kind) {
                case "edit_event" -> new Correction.EditEvent(anchor(o.get("event")), text(o, "title"),
                        o.hasNonNull("type") ? JsonName.parse(EventType.class, text(o, "type")) : null, text(o, "start"),
                        o.hasNonNull("precision") ? JsonName.parse(Precision.class, text(o, "precision")) : null,
                        strings(o.get("actors")), strings(o.get("places")));
                case "change_claim" -> new Correction.ChangeClaim(anchor(o.get("claim")), text(o, "claimant"),
                        o.hasNonNull("stance") ? JsonName.parse(Stance.class, text(o, "stance")) : null);
                case "merge_events" -> new Correction.MergeEvents(anchor(o.get("into")), anchor(o.get("from")));
                case "split_claim" -> new Correction.SplitClaim(anchor(o.get("claim")));
                case "hide_event" -> new Correction.HideEvent(anchor(o.get("event")));
                case "add_note" -> new Correction.AddNote(anchor(o.get("event")), text(o, "note"));
                default -> throw new IllegalArgumentException("unknown correction kind '" + kind + "'");
            });
        }
        return out;
    }

    private static ObjectNode anchor(Anchor a) {
        ObjectNode o = F.objectNode();
        o.put("document", a.document());
        o.put("start", a.start());
        o.put("end", a.end());
        return o;
    }

    private static Anchor anchor(JsonNode o) {
        if (o == null || !o.isObject() || !o.path("start").canConvertToInt() || !o.path("end").canConvertToInt()) {
            throw new IllegalArgumentException("a correction's passage needs document, start and end");
        }
        int start = o.get("start").asInt();
        int end = o.get("end").asInt();
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad passage [" + start + ", " + end + ")");
        }
        return new Anchor(text(o, "document"), start, end);
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}
