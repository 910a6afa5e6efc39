package claimline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a claimline/1 export against an incident gold, as shared/tools/score.py does (the measure Claimline is judged
 * by), and adds per-document rows. An incident is found when an event of its type family, starting on an accepted date
 * at the event's own precision, has a source overlapping one of the incident's hand-read passages.
 *
 * <p>Gold offsets are Python string indices (code points); they are turned into Java's UTF-16 indices here.
 */
public final class IncidentScorer {
    /** A span of a document, in Java string indices. */
    record Region(String doc, int start, int end) {
        boolean overlaps(Region o) { return doc.equals(o.doc) && start < o.end && o.start < end; }
    }

    record SystemClaim(String party, String stance) {}

    record SystemEvent(String id, String type, String start, List<Region> spans, List<SystemClaim> claims) {}

    /** One gold incident's result. */
    public record Row(String id, String document, boolean core, boolean found, int mentionsHit, int mentions,
                      int claimsHit, int claims, Boolean sideBySide, int candidates, Boolean instant,
                      List<String> wrongDates) {}

    /** The figures score.py prints, plus their counts. */
    public record Totals(int core, int found, int mentions, int mentionsHit, int claims, int claimsHit, int contested,
                         int sideBySide, int fragSum, int instants, int instantsOk, int events, int falsePositives,
                         int boilerplateLeaks, int overMerged) {
        public double recall() { return ratio(found, core); }

        public double claimRecall() { return ratio(claimsHit, claims); }

        public double sideBySideShare() { return ratio(sideBySide, contested); }

        public double precision() { return events == 0 ? 1 : 1 - falsePositives / (double) events; }

        public double fragmentation() { return found == 0 ? 1 : fragSum / (double) found; }

        public double mentionRecall() { return ratio(mentionsHit, mentions); }

        private static double ratio(int a, int b) { return b == 0 ? 1 : a / (double) b; }

        public String line() {
            return String.format(java.util.Locale.ROOT, "core_found=%d/%d (%.3f) mention_recall=%.3f claims_found=%d/%d (%.3f) "
                            + "side_by_side=%d/%d fragmentation=%.2f instants_exact=%d/%d events=%d "
                            + "false_positive_events=%d event_precision=%.3f boilerplate_leaks=%d over_merged_events=%d",
                    found, core, recall(), mentionRecall(), claimsHit, claims, claimRecall(), sideBySide, contested,
                    fragmentation(), instantsOk, instants, events, falsePositives, precision(), boilerplateLeaks,
                    overMerged);
        }
    }

    public record Result(Totals totals, List<Row> rows, List<SystemEvent> falsePositives,
                         Map<String, Totals> byDocument) {}

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private final JsonNode gold;
    private final Map<String, String> texts;
    /** Core incidents left out of recall (still matched, so that an event on them is no false positive). */
    private final Set<String> excluded;

    /** {@code texts}: document id to its text, for the documents to score (others in the gold are left out). */
    public IncidentScorer(JsonNode gold, Map<String, String> texts) {
        this(gold, texts, Set.of());
    }

    private IncidentScorer(JsonNode gold, Map<String, String> texts, Set<String> excluded) {
        this.gold = gold;
        this.texts = texts;
        this.excluded = excluded;
    }

    /**
     * The scorer for the happenings a text-only reader can date: it leaves out of recall the incidents whose year the
     * hand reader took from their own knowledge ({@code year_not_in_text} in the gold) or could not date at all.
     */
    public IncidentScorer datableOnly() {
        Set<String> out = new HashSet<>();
        gold.path("year_not_in_text").forEach(n -> out.add(n.asText()));
        gold.get("incidents").forEach(i -> {
            if (i.get("accept").isEmpty()) {
                out.add(i.get("id").asText());
            }
        });
        return new IncidentScorer(gold, texts, out);
    }

    public Result score(JsonNode export) {
        Map<String, Set<String>> families = new HashMap<>();
        gold.get("families").fields().forEachRemaining(f -> {
            Set<String> types = new HashSet<>();
            f.getValue().forEach(t -> types.add(t.asText()));
            families.put(f.getKey(), types);
        });
        Map<String, String> party = new HashMap<>();
        export.get("actors").forEach(a -> party.put(a.get("id").asText(),
                a.hasNonNull("party") ? a.get("party").asText() : null));
        List<SystemEvent> events = new ArrayList<>();
        for (JsonNode ev : export.get("events")) {
            List<Region> spans = new ArrayList<>();
            List<SystemClaim> claims = new ArrayList<>();
            for (JsonNode c : ev.get("claims")) {
                for (JsonNode s : c.get("sources")) {
                    String d = s.get("document").asText();
                    if (texts.containsKey(d)) {
                        spans.add(new Region(d, s.get("start").asInt(), s.get("end").asInt()));
                    }
                }
                claims.add(new SystemClaim(party.get(c.get("claimant").asText()), c.get("stance").asText()));
            }
            events.add(new SystemEvent(ev.get("id").asText(), ev.get("type").asText(),
                    ev.hasNonNull("start") ? ev.get("start").asText() : null, spans, claims));
        }
        List<JsonNode> incidents = new ArrayList<>();
        gold.get("incidents").forEach(i -> {
            if (texts.containsKey(documentOf(i))) {
                incidents.add(i);
            }
        });
        List<Region> boiler = new ArrayList<>();
        gold.get("boilerplate").forEach(b -> {
            if (texts.containsKey(b.get(0).asText())) {
                boiler.add(region(b));
            }
        });
        int leaks = 0;
        for (SystemEvent e : events) {
            if (e.spans().stream().anyMatch(sp -> boiler.stream().anyMatch(sp::overlaps))) {
                leaks++;
            }
        }
        Map<String, List<Region>> regions = new LinkedHashMap<>();
        List<Map.Entry<String, Region>> allRegions = new ArrayList<>();
        for (JsonNode inc : incidents) {
            List<Region> rs = new ArrayList<>();
            inc.get("mentions").forEach(m -> rs.add(region(m)));
            regions.put(inc.get("id").asText(), rs);
            List<Region> all = new ArrayList<>(rs);
            inc.path("optional_mentions").forEach(m -> all.add(region(m)));
            all.forEach(r -> allRegions.add(Map.entry(inc.get("id").asText(), r)));
        }
        Map<String, Set<String>> owner = new HashMap<>();
        Set<String> matched = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> perDoc = new LinkedHashMap<>();
        int[] t = new int[11];
        for (JsonNode inc : incidents) {
            String iid = inc.get("id").asText();
            List<Region> regs = regions.get(iid);
            List<Region> opt = new ArrayList<>();
            inc.path("optional_mentions").forEach(m -> opt.add(region(m)));
            Set<String> fam = families.get(inc.get("family").asText());
            List<SystemEvent> cands = new ArrayList<>();
            for (SystemEvent e : events) {
                if (fam.contains(e.type()) && e.spans().stream().anyMatch(sp -> regs.stream().anyMatch(sp::overlaps)
                        || opt.stream().anyMatch(sp::overlaps))) {
                    cands.add(e);
                }
            }
            List<SystemEvent> good = cands.stream().filter(e -> dateOk(inc, e.start())).toList();
            good.forEach(e -> matched.add(e.id()));
            if (!inc.get("core").asBoolean() || excluded.contains(iid)) {
                continue;
            }
            int[] d = perDoc.computeIfAbsent(documentOf(inc), k -> new int[11]);
            boolean found = !good.isEmpty();
            int hit = (int) regs.stream().filter(r -> good.stream().anyMatch(e -> e.spans().stream().anyMatch(r::overlaps))).count();
            int clHit = 0;
            for (JsonNode c : inc.get("claims")) {
                String p = c.get(0).asText();
                String st = c.get(1).asText();
                if (good.stream().anyMatch(e -> e.claims().stream().anyMatch(x -> p.equals(x.party()) && st.equals(x.stance())))) {
                    clHit++;
                }
            }
            Boolean sbs = null;
            List<String> contested = new ArrayList<>();
            inc.get("contested").forEach(c -> contested.add(c.asText()));
            if (!contested.isEmpty()) {
                sbs = good.stream().anyMatch(e -> contested.stream().allMatch(p -> e.claims().stream().anyMatch(x -> p.equals(x.party()))));
            }
            int frag = 0;
            if (found) {
                List<Region> own = regs.stream().filter(r -> allRegions.stream()
                        .noneMatch(o -> !o.getKey().equals(iid) && o.getValue().overlaps(r))).toList();
                List<SystemEvent> split = own.isEmpty() ? List.of() : good.stream()
                        .filter(e -> e.spans().stream().anyMatch(sp -> own.stream().anyMatch(sp::overlaps))).toList();
                frag = Math.max(1, split.size());
                split.forEach(e -> owner.computeIfAbsent(e.id(), k -> new HashSet<>()).add(iid));
            }
            Boolean inst = null;
            if (inc.has("instant")) {
                OffsetDateTime want = OffsetDateTime.parse(inc.get("instant").asText().replace("Z", "+00:00"));
                inst = good.stream().anyMatch(e -> want.toInstant().equals(instant(e.start())));
            }
            int[] add = {1, found ? 1 : 0, regs.size(), hit, inc.get("claims").size(), clHit, sbs == null ? 0 : 1,
                Boolean.TRUE.equals(sbs) ? 1 : 0, frag, inst == null ? 0 : 1, Boolean.TRUE.equals(inst) ? 1 : 0};
            for (int k = 0; k < add.length; k++) {
                t[k] += add[k];
                d[k] += add[k];
            }
            List<String> wrong = cands.stream().filter(e -> !good.contains(e)).map(SystemEvent::start).limit(3).toList();
            rows.add(new Row(iid, documentOf(inc), true, found, hit, regs.size(), clHit, inc.get("claims").size(), sbs,
                    good.size(), inst, wrong));
        }
        List<SystemEvent> fp = events.stream().filter(e -> !matched.contains(e.id())).toList();
        int overMerged = (int) owner.values().stream().filter(v -> v.size() > 1).count();
        Totals totals = totals(t, events.size(), fp.size(), leaks, overMerged);
        Map<String, Totals> byDocument = new LinkedHashMap<>();
        for (String doc : texts.keySet().stream().sorted().toList()) {
            int[] d = perDoc.getOrDefault(doc, new int[11]);
            List<SystemEvent> mine = events.stream().filter(e -> e.spans().stream().anyMatch(s -> s.doc().equals(doc))).toList();
            int docFp = (int) mine.stream().filter(fp::contains).count();
            int docLeaks = (int) mine.stream().filter(e -> e.spans().stream().anyMatch(sp -> boiler.stream().anyMatch(sp::overlaps))).count();
            byDocument.put(doc, totals(d, mine.size(), docFp, docLeaks, 0));
        }
        return new Result(totals, rows, fp, byDocument);
    }

    private static Totals totals(int[] t, int events, int fp, int leaks, int overMerged) {
        return new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], events, fp, leaks, overMerged);
    }

    private static String documentOf(JsonNode incident) {
        JsonNode m = incident.get("mentions");
        if (m.size() > 0) {
            return m.get(0).get(0).asText();
        }
        String id = incident.get("id").asText();
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    /** A gold mention [document, start, end] in code points, as a region in Java string indices. */
    private Region region(JsonNode m) {
        String doc = m.get(0).asText();
        String text = texts.get(doc);
        return new Region(doc, javaIndex(text, m.get(1).asInt()), javaIndex(text, m.get(2).asInt()));
    }

    private static int javaIndex(String text, int codePoints) {
        if (text == null) {
            return codePoints;
        }
        int max = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, max));
    }

    /** The system's start, cut to its own precision, is one of the incident's accepted values. */
    static boolean dateOk(JsonNode incident, String start) {
        if (start == null) {
            return false;
        }
        Matcher m = DATE.matcher(start);
        if (!m.find()) {
            return false;
        }
        String value = m.group(2) == null ? m.group(1) : m.group(3) == null ? m.group(1) + "-" + m.group(2)
                : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        for (JsonNode a : incident.get("accept")) {
            if (a.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static java.time.Instant instant(String start) {
        if (start == null || !start.contains("T")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(start.replace("Z", "+00:00")).toInstant();
        } catch (java.time.format.DateTimeParseException noOffset) {
            return null;
        }
    }

    /** Whether a reader's publication date agrees with the hand reading's: the same year where the text gives one. */
    public static boolean publicationYearRight(JsonNode expected, JsonNode actual) {
        String want = expected.hasNonNull("date") ? expected.get("date").asText() : null;
        String got = actual.hasNonNull("date") ? actual.get("date").asText() : null;
        if (want == null) {
            return got == null;
        }
        return got != null && LocalDate.parse(got).getYear() == LocalDate.parse(want).getYear();
    }

}
