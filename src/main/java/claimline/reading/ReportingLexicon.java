package claimline.reading;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attribution vocabulary of one language (assets/lexicon/reporting.json), as lower-case word lists. */
final class ReportingLexicon {
    private static final Map<String, ReportingLexicon> CACHE = new HashMap<>();
    final Set<String> verbs;
    final Set<String> afterQuote;
    final List<String> continuation;
    final List<String> accordingTo;
    final List<String> quotingOutlet;
    final Set<String> deny;
    final List<String> anaphora;
    final Set<String> clauseBreaks;
    final List<String> bothSides;

    static synchronized ReportingLexicon forLanguage(String language) {
        return CACHE.computeIfAbsent("en".equals(language) ? "en" : "id", ReportingLexicon::new);
    }

    private ReportingLexicon(String language) {
        JsonNode root = Assets.json("lexicon/reporting.json").get(language);
        verbs = Set.copyOf(Assets.strings(root.get("verbs")));
        afterQuote = Set.copyOf(Assets.strings(root.get("after_quote")));
        continuation = Assets.strings(root.get("continuation"));
        accordingTo = Assets.strings(root.get("according_to"));
        quotingOutlet = Assets.strings(root.get("quoting_outlet"));
        deny = Set.copyOf(Assets.strings(root.get("deny")));
        anaphora = Assets.strings(root.get("anaphora"));
        clauseBreaks = Set.copyOf(Assets.strings(root.get("clause_breaks")));
        bothSides = Assets.strings(root.get("both_sides"));
    }
}
