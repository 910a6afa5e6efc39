package claimline.reading.time;

import claimline.reading.language.Token;
import claimline.reading.language.PhraseList;
import claimline.reading.Assets;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The time vocabulary of one language (assets/lexicon/time-LANG.json), as maps and regex alternations. */
public final class TimeLexicon {
    private static final Map<String, TimeLexicon> CACHE = new HashMap<>();

    final Map<String, Integer> months = new LinkedHashMap<>();
    final Map<String, Integer> weekdays = new LinkedHashMap<>();
    final Map<String, Integer> partsOfDay = new LinkedHashMap<>();
    final Map<String, Integer> relativeDays = new LinkedHashMap<>();
    public final Map<String, Integer> counts = new LinkedHashMap<>();
    final Map<String, String> units = new LinkedHashMap<>();
    final List<String> relativeWeeks;
    final List<String> last;
    final List<String> clockWords;
    final List<String> localTime;
    final List<String> zonePrefix;
    final java.util.Set<String> future;
    public final PhraseList citationMarkers;

    public static synchronized TimeLexicon forLanguage(String language) {
        return CACHE.computeIfAbsent("en".equals(language) ? "en" : "id", TimeLexicon::new);
    }

    private TimeLexicon(String language) {
        JsonNode root = Assets.json("lexicon/time-" + language + ".json");
        root.get("months").fields().forEachRemaining(e -> months.put(e.getKey(), e.getValue().asInt()));
        root.get("weekdays").fields().forEachRemaining(e -> weekdays.put(e.getKey(), e.getValue().asInt()));
        root.get("parts_of_day").fields().forEachRemaining(e -> partsOfDay.put(e.getKey(), e.getValue().asInt()));
        root.get("relative_days").fields().forEachRemaining(e -> relativeDays.put(e.getKey(), e.getValue().asInt()));
        root.get("count_words").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        root.get("unit_words").fields().forEachRemaining(e -> units.put(e.getKey(), e.getValue().asText()));
        relativeWeeks = Assets.strings(root.get("relative_weeks"));
        last = Assets.strings(root.get("last"));
        clockWords = Assets.strings(root.get("clock_words"));
        localTime = Assets.strings(root.get("local_time"));
        zonePrefix = Assets.strings(root.get("zone_prefix"));
        future = java.util.Set.copyOf(Assets.strings(root.get("future")));
        citationMarkers = new PhraseList(root.has("citation_markers") ? Assets.strings(root.get("citation_markers")) : List.of());
    }

    /** A regex alternation of the words, longest first, each quoted. */
    static String alt(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Whether a word of the sentence speaks of the future ("akan", "will"). */
    public boolean anyFuture(List<Token> tokens) {
        for (Token t : tokens) {
            if (future.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    Integer month(String w) { return months.get(w.toLowerCase(java.util.Locale.ROOT)); }

    static ZoneOffset utc() { return ZoneOffset.UTC; }
}
