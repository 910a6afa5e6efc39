package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the reader against a hand reading of the seeds (src/test/resources/fixtures/seeds-reading.json) and prints
 * recall and precision of incidents, claims and dates. Floors are the figures measured when the fixture was written:
 * the reader may get better, never worse.
 */
class SeedScoreTest {
    record Incident(String id, Set<String> types, Set<String> days, String instant, Map<String, String> parties,
                    List<int[]> anchors, List<String> anchorDocs) {}

    private static final EventModel MODEL = Seeds.model();
    private static final Map<Incident, Event> ASSIGNED = new LinkedHashMap<>();
    private static List<Incident> incidents;
    private static int duplicates;
    private static List<String> duplicateNames = new ArrayList<>();

    @BeforeAll
    static void score() throws Exception {
        JsonNode root;
        try (InputStream in = SeedScoreTest.class.getResourceAsStream("/fixtures/seeds-reading.json")) {
            root = new ObjectMapper().readTree(in);
        }
        incidents = new ArrayList<>();
        for (JsonNode n : root.get("incidents")) {
            incidents.add(incident(n));
        }
        Map<Incident, List<Event>> candidates = new LinkedHashMap<>();
        for (Incident i : incidents) {
            candidates.put(i, MODEL.events().stream().filter(e -> !e.background() && i.types().contains(e.type().json())
                    && covers(e, i)).toList());
        }
        Set<Event> used = new HashSet<>();
        List<Incident> order = new ArrayList<>(incidents);
        order.sort(Comparator.comparingInt(i -> candidates.get(i).size()));
        for (Incident i : order) {
            candidates.get(i).stream().filter(e -> !used.contains(e))
                    .max(Comparator.comparingInt(e -> (i.days().contains(day(e)) ? 2 : 0) + claimScore(i, e)))
                    .ifPresent(e -> {
                        ASSIGNED.put(i, e);
                        used.add(e);
                    });
        }
        for (Incident i : incidents) {
            for (Event e : candidates.get(i)) {
                if (!used.contains(e) && i.days().contains(day(e))) {
                    duplicates++;
                    duplicateNames.add(i.id() + " also as \"" + e.title() + "\"");
                    used.add(e);
                }
            }
        }
    }

    private static Incident incident(JsonNode n) {
        Set<String> types = new HashSet<>();
        n.get("types").forEach(t -> types.add(t.asText()));
        Set<String> days = new HashSet<>();
        n.get("days").forEach(t -> days.add(t.asText()));
        Map<String, String> parties = new LinkedHashMap<>();
        n.get("parties").fields().forEachRemaining(f -> parties.put(f.getKey(), f.getValue().asText()));
        List<int[]> anchors = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        n.get("anchors").fields().forEachRemaining(f -> f.getValue().forEach(a -> {
            Document d = document(f.getKey());
            int at = d.text().indexOf(a.asText());
            assertThat(at).as("anchor '%s' in %s", a.asText(), d.id()).isNotNegative();
            anchors.add(new int[] {at});
            docs.add(d.id());
        }));
        return new Incident(n.get("id").asText(), types, days, n.has("instant") ? n.get("instant").asText() : null,
                parties, anchors, docs);
    }

    private static Document document(String prefix) {
        return MODEL.documents().stream().filter(d -> d.id().startsWith(prefix + "_")).findFirst().orElseThrow();
    }

    private static boolean covers(Event e, Incident i) {
        for (int k = 0; k < i.anchors().size(); k++) {
            int at = i.anchors().get(k)[0];
            String doc = i.anchorDocs().get(k);
            for (Source s : e.sources()) {
                if (s.document().equals(doc) && s.start() <= at && at < s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String day(Event e) {
        ZoneOffset o = e.time().start().offset();
        return o == null ? e.time().start().date().toString() : e.time().start().local().toLocalDate().toString();
    }

    private static int claimScore(Incident i, Event e) {
        int n = 0;
        for (Map.Entry<String, String> p : i.parties().entrySet()) {
            if (hasClaim(e, p.getKey(), p.getValue())) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasClaim(Event e, String party, String stance) {
        for (Claim c : e.claims()) {
            if (MODEL.partyOf(c.claimant()).equals(party) && c.stance().json().equals(stance)) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 1 : a / (double) b;
    }

    @Test
    void printsAndKeepsTheScores() {
        long found = ASSIGNED.size();
        long onDay = ASSIGNED.entrySet().stream().filter(x -> x.getKey().days().contains(day(x.getValue()))).count();
        long expectedClaims = incidents.stream().mapToLong(i -> i.parties().size()).sum();
        long gotClaims = ASSIGNED.entrySet().stream().mapToLong(x -> claimScore(x.getKey(), x.getValue())).sum();
        long withInstant = incidents.stream().filter(i -> i.instant() != null).count();
        long instants = ASSIGNED.entrySet().stream().filter(x -> x.getKey().instant() != null
                && x.getKey().instant().equals(x.getValue().time().start().iso())).count();
        long foreground = MODEL.events().stream().filter(e -> !e.background()).count();
        long claimsTotal = MODEL.events().stream().filter(e -> !e.background()).mapToLong(e -> e.claims().size()).sum();
        long claimsOnIncidents = ASSIGNED.values().stream().mapToLong(e -> e.claims().size()).sum();
        System.out.printf("reading.incidents.recall %.2f (%d of %d)%n", ratio(found, incidents.size()), found,
                incidents.size());
        System.out.printf("reading.incidents.precision %.2f (%d of %d events outside history)%n",
                ratio(found, foreground), found, foreground);
        System.out.printf("reading.incidents.right_day %.2f (%d of %d found)%n", ratio(onDay, found), onDay, found);
        System.out.printf("reading.incidents.exact_instants %d of %d%n", instants, withInstant);
        System.out.printf("reading.incidents.shown_twice %d %s%n", duplicates, duplicateNames);
        System.out.printf("reading.claims.recall %.2f (%d of %d party stances)%n", ratio(gotClaims, expectedClaims),
                gotClaims, expectedClaims);
        System.out.printf("reading.claims.precision %.2f (%d of %d claims sit on a hand-read incident)%n",
                ratio(claimsOnIncidents, claimsTotal), claimsOnIncidents, claimsTotal);
        incidents.stream().filter(i -> !ASSIGNED.containsKey(i)).forEach(i -> System.out.println("  missed " + i.id()));
        MODEL.events().stream().filter(e -> !e.background() && !ASSIGNED.containsValue(e))
                .forEach(e -> System.out.println("  not hand-read: " + e.type().json() + " " + e.time().start().iso()
                        + " " + e.title()));
        ASSIGNED.forEach((i, e) -> i.parties().forEach((party, stance) -> {
            if (!hasClaim(e, party, stance)) {
                System.out.println("  no " + party + " " + stance + " claim on " + i.id());
            }
        }));
        ASSIGNED.forEach((i, e) -> {
            if (!i.days().contains(day(e))) {
                System.out.println("  wrong day " + i.id() + ": " + e.time().start().iso());
            }
        });
        assertThat(found).as("incidents found").isGreaterThanOrEqualTo(FLOOR_FOUND);
        assertThat(onDay).as("incidents on the right day").isGreaterThanOrEqualTo(FLOOR_ON_DAY);
        assertThat(gotClaims).as("parties' claims").isGreaterThanOrEqualTo(FLOOR_CLAIMS);
        assertThat(instants).as("exact instants").isEqualTo(withInstant);
        assertThat(duplicates).as("happenings shown twice").isLessThanOrEqualTo(FLOOR_DUPLICATES);
        // precision as well as recall: what is shown must be what happened
        assertThat(ratio(found, foreground)).as("incidents precision").isGreaterThanOrEqualTo(FLOOR_INCIDENT_PRECISION);
        assertThat(ratio(claimsOnIncidents, claimsTotal)).as("claims precision")
                .isGreaterThanOrEqualTo(FLOOR_CLAIM_PRECISION);
    }

    @Test
    void historyIsReadAsBackground() throws Exception {
        JsonNode root;
        try (InputStream in = SeedScoreTest.class.getResourceAsStream("/fixtures/seeds-reading.json")) {
            root = new ObjectMapper().readTree(in);
        }
        for (JsonNode n : root.get("background")) {
            n.get("anchors").fields().forEachRemaining(f -> f.getValue().forEach(a -> {
                Document d = document(f.getKey());
                int at = d.text().indexOf(a.asText());
                assertThat(MODEL.events()).as(n.get("id").asText() + " in " + f.getKey())
                        .anyMatch(e -> e.background() && e.sources().stream().anyMatch(s -> s.document().equals(d.id())
                                && s.start() <= at && at < s.end()));
            }));
        }
    }

    @Test
    void noEventComesFromBoilerplate() {
        Map<String, Document> docs = MODEL.documentsById();
        assertThat(MODEL.events()).allSatisfy(e -> assertThat(e.sources())
                .noneMatch(s -> docs.get(s.document()).isBoilerplate(s.start())));
    }

    private static final long FLOOR_FOUND = 18;
    private static final long FLOOR_ON_DAY = 18;
    private static final long FLOOR_CLAIMS = 19;
    private static final int FLOOR_DUPLICATES = 0;
    /** 18 of 20 events outside history, and 47 of 50 claims on a hand-read incident, when these floors were set. */
    private static final double FLOOR_INCIDENT_PRECISION = 0.90;
    private static final double FLOOR_CLAIM_PRECISION = 0.94;
}
