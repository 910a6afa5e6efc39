package claimline.reading.events;

import java.util.Locale;
import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import claimline.reading.language.PhraseList;
import claimline.reading.language.Stemmer;
import claimline.reading.language.Tokenizer;
import claimline.reading.language.Token;
import claimline.reading.Assets;
import claimline.model.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what kind of happening a clause reports, from the trigger rules of assets/lexicon/CODE/triggers.json.
 * Rule words are stemmed with the language's stemmer when loaded, so every affixed form matches.
 */
public final class TriggerFinder {
    /**
     * A trigger: the event type, the token that carries it, and what the happening is called in a title when its
     * rule says ("Border closed"), else null.
     */
    public record Trigger(EventType type, int token, String kind) {
        public Trigger(EventType type, int token) {
            this(type, token, null);
        }
    }

    private record Rule(EventType type, Set<String> words, List<String> phrase, Set<String> near, Set<String> notAfter,
                        Set<String> notBefore, String kind) {}

    private static final Map<String, TriggerFinder> CACHE = new HashMap<>();
    private static final Set<String> RULE_KEYS = Set.of("type", "words", "phrase", "near", "not_after", "not_before",
            "kind");
    private final Stemmer stemmer;
    private final List<Rule> rules = new ArrayList<>();
    /** What the words around a rule's match say of it: denied, wished, habitual, told over years, pointed back. */
    private final ClauseModality modality;
    /** Stemmed phrases of "amid" by their first stem: what follows up to the next comma is the clause's setting. */
    private final Map<String, List<List<String>>> amidByFirst;
    /** The words a side uses for the size of what happened, by the value they mean ("limited", "large-scale"). */
    private final Map<String, PhraseList> scale = new java.util.LinkedHashMap<>();
    /** Stems of a call, which is bilateral: "he phoned A, B and C" is three calls. */
    private final Set<String> callStems;
    /** Words that put one happening after another: "closed the border after youths attacked officers". */
    private final Set<String> sequence;
    /** Words that name who did what a passive verb tells ("denounced by Russia", "dikecam oleh PBB"). */
    private final Set<String> passiveAgents;
    private final Map<String, int[]> wordRulesByStem = new HashMap<>();
    private final Map<String, int[]> phraseRulesByFirstStem = new HashMap<>();

    public static synchronized TriggerFinder of(Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new TriggerFinder(language));
    }

    private TriggerFinder(Language language) {
        stemmer = language.stemmer();
        LexiconFile root = language.open("triggers.json");
        modality = new ClauseModality(root, stemmer);
        passiveAgents = stems(root.words("passive_agents"));
        callStems = stems(root.words("calls"));
        sequence = Set.copyOf(root.lowerPhrases("sequence"));
        LexiconFile scales = root.part("scale");
        root.node("scale").fieldNames().forEachRemaining(v -> scale.put(v, new PhraseList(scales.lowerPhrases(v))));
        scales.finish();
        amidByFirst = StemPhrases.byFirstStem(stemmer, root.lowerPhrases("amid"));
        for (JsonNode r : root.node("rules")) {
            r.fieldNames().forEachRemaining(k -> {
                if (!RULE_KEYS.contains(k)) {
                    throw new IllegalStateException("assets/" + language.lexicon("triggers.json") + ": a rule has the key \""
                            + k + "\" nothing reads (known: " + RULE_KEYS + ")");
                }
            });
            rules.add(new Rule(EventType.valueOf(r.get("type").asText().toUpperCase(Locale.ROOT)), stems(words(r, "words")),
                    stemList(words(r, "phrase")), stems(words(r, "near")), stems(words(r, "not_after")),
                    stems(words(r, "not_before")), r.hasNonNull("kind") ? r.get("kind").asText() : null));
        }
        root.finish();
        indexRules();
    }

    private static List<String> words(JsonNode rule, String key) {
        List<String> out = Assets.strings(rule.get(key));
        for (String w : out) {
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || Tokenizer.tokenize(w, 0, w.length()).size() != 1) {
                throw new IllegalStateException("trigger rule word \"" + w + "\" in " + key
                        + ": rule words are single lower-case words (a phrase is a list of them under \"phrase\")");
            }
        }
        return out;
    }

    private Set<String> stems(List<String> words) {
        return StemPhrases.stems(stemmer, words);
    }

    private List<String> stemList(List<String> words) {
        List<String> out = new ArrayList<>();
        words.forEach(w -> out.add(stemmer.stem(w)));
        return out;
    }

    /**
     * Whether the word at {@code i} is a trigger word of some rule, or opens a rule's whole phrase there (its rule's
     * other conditions aside): "militer" opens "militer provokatif" but is no trigger in "sumber militer memberi tahu".
     */
    public boolean mayTrigger(List<String> stems, int i) {
        String stem = stems.get(i);
        if (wordRulesByStem.containsKey(stem)) {
            return true;
        }
        for (int r : phraseRulesByFirstStem.getOrDefault(stem, NONE)) {
            if (StemPhrases.startsAt(stems, i, stems.size(), rules.get(r).phrase())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the stem at a trigger is a call's ("telepon", "phone"): a call with several counterparts is one each. */
    public boolean isCall(String stem) {
        return callStems.contains(stem);
    }

    /** Whether a word puts what follows it before what precedes it ("setelah", "after"). */
    public boolean isSequence(Token t) {
        return t.word() && sequence.contains(t.lower());
    }

    /** The size a passage gives what happened ("skala kecil": limited), or null when it gives none. */
    public String scaleOf(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Map.Entry<String, PhraseList> s : scale.entrySet()) {
                if (s.getValue().startsAt(tokens, i)) {
                    return s.getKey();
                }
            }
        }
        return null;
    }

    public String stem(Token t) { return StemPhrases.stem(stemmer, t); }

    /**
     * All triggers of the clause {@code [from, to)} of a sentence's stems, in rule order (the first is the clause's
     * type). Rules that need a word nearby look for it in the whole sentence.
     */
    public List<Trigger> find(List<String> stems, int from, int to) {
        // One pass over the clause finds each rule's first match (rules are looked up by stem), instead of one pass
        // per rule; the result is the same: rules in priority order, each at its first match.
        int[] first = new int[rules.size()];
        java.util.Arrays.fill(first, -1);
        int settingEnd = -1;
        boolean overYears = false; // in the same pass as the rules: this runs on every clause of every article
        for (int i = from; i < to; i++) {
            String stem = stems.get(i);
            overYears = overYears || modality.spanOfYearsAt(stems, from, i, to);
            if (i >= settingEnd && StemPhrases.startsAny(amidByFirst.get(stem), stems, i, to)) {
                settingEnd = nextComma(stems, i, to);
            }
            if (i < settingEnd) {
                continue; // "… amid talks on easing tensions": the talks are the setting
            }
            for (int r : wordRulesByStem.getOrDefault(stem, NONE)) {
                if (first[r] < 0 && (i == 0 || !rules.get(r).notAfter.contains(stems.get(i - 1)))
                        && !followedBy(stems, i + 1, to, rules.get(r).notBefore)) {
                    first[r] = i;
                }
            }
            for (int r : phraseRulesByFirstStem.getOrDefault(stem, NONE)) {
                if (first[r] < 0 && StemPhrases.startsAt(stems, i, to, rules.get(r).phrase)
                        && !followedBy(stems, i + rules.get(r).phrase.size(), to, rules.get(r).notBefore)) {
                    first[r] = i;
                }
            }
        }
        List<Trigger> out = new ArrayList<>();
        if (overYears || modality.noComment(stems, from, to)) {
            return out;
        }
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (first[r] < 0 || !rule.near.isEmpty() && !nearby(stems, rule.near)) {
                continue;
            }
            int intent = rule.type.isViolence() ? modality.intentBefore(stems, from, first[r]) : -1;
            if (intent >= 0) {
                if (out.stream().noneMatch(t -> t.token() == intent)) {
                    out.add(new Trigger(EventType.STATEMENT, intent, null)); // a side's declaration, not a fight
                }
            } else if (!modality.negated(stems, from, first[r]) && !modality.conditional(stems, from, first[r])) {
                out.add(new Trigger(rule.type, first[r], rule.kind));
            }
        }
        condemnedBy(stems, to, out);
        return out;
    }

    /**
     * "The attack was also denounced by Russia, Japan and the EU": a condemnation told with who made it is what the
     * clause reports (a statement of theirs), not the attack it names, which it would otherwise lose to.
     */
    private void condemnedBy(List<String> stems, int to, List<Trigger> out) {
        for (int k = 1; k < out.size(); k++) {
            Trigger t = out.get(k);
            if (t.type() == EventType.STATEMENT && t.token() + 1 < to && passiveAgents.contains(stems.get(t.token() + 1))
                    && out.get(0).type().isViolence()) {
                out.remove(k);
                out.add(0, t);
                return;
            }
        }
    }

    private static final int[] NONE = new int[0];

    /** The trigger standing last before token {@code at} (the happening a phrase there is about), or null. */
    public static Trigger nearestBefore(List<Trigger> triggers, int at) {
        Trigger nearest = null;
        for (Trigger t : triggers) {
            if (t.token() < at && (nearest == null || t.token() > nearest.token())) {
                nearest = t;
            }
        }
        return nearest;
    }

    /** Whether the stem at {@code at} is one of {@code words}: "issued a statement saying …" reports what it says. */
    private static boolean followedBy(List<String> stems, int at, int to, Set<String> words) {
        return at < to && words.contains(stems.get(at));
    }


    /** The next comma or semicolon from {@code i}, or the clause's end. */
    private static int nextComma(List<String> stems, int i, int to) {
        for (int k = i; k < to; k++) {
            String s = stems.get(k);
            if (s.equals(",") || s.equals(";")) {
                return k;
            }
        }
        return to;
    }

    /** Whether the clause says someone did not comment or could not be reached: it is no one's claim. */
    public boolean noComment(List<String> stems, int from, int to) {
        return modality.noComment(stems, from, to);
    }

    /** Whether one of the words stands in the sentence: a scan for a usual sentence, a set for a long one. */
    private boolean nearby(List<String> stems, Set<String> words) {
        if (stems.size() < LONG_SENTENCE) {
            for (String s : stems) {
                if (words.contains(s)) {
                    return true;
                }
            }
            return false;
        }
        return anyOf(present(stems), words);
    }

    private static final int LONG_SENTENCE = 200;

    private static boolean anyOf(Set<String> present, Set<String> words) {
        for (String w : words) {
            if (present.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stems a sentence holds, as a set, kept for the sentence last asked about on this thread: a sentence is
     * searched clause by clause, and a rule's "near" words are looked for in all of it. Scanning the whole sentence
     * for every rule of every clause made a long sentence (a page without full stops) quadratic.
     */
    private Set<String> present(List<String> stems) {
        Object[] last = presentCache.get();
        if (last[0] != stems) {
            last[0] = stems;
            last[1] = new java.util.HashSet<>(stems);
        }
        @SuppressWarnings("unchecked")
        Set<String> set = (Set<String>) last[1];
        return set;
    }

    private final ThreadLocal<Object[]> presentCache = ThreadLocal.withInitial(() -> new Object[2]);

    /** Index of the rules by the stems that fire them (words) or start them (phrases). */
    private void indexRules() {
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> phrases = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.phrase.isEmpty()) {
                for (String w : rule.words) {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                }
            } else {
                phrases.computeIfAbsent(rule.phrase.get(0), k -> new ArrayList<>()).add(r);
            }
        }
        words.forEach((k, v) -> wordRulesByStem.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        phrases.forEach((k, v) -> phraseRulesByFirstStem.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Whether a happening's word is pointed back at ("that attack", "pertikaian ini"): the happening is one the article
     * has told already, not a new one.
     */
    public boolean pointedBack(List<String> stems, int trigger) {
        return modality.pointedBack(stems, trigger);
    }

    /** Whether the happening a trigger names is told as another one of its kind ("similar shelling", "serangan serupa"). */
    public boolean anotherOfKind(List<String> stems, int trigger) {
        return modality.anotherOfKind(stems, trigger);
    }

    /** Whether a word opens a condition, a plan or an aim ("if", "jika", "agar"): what follows it has not happened. */
    public boolean isCondition(String stem) { return modality.isCondition(stem); }
}
