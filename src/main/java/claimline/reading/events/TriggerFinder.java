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
    private final Set<String> negations;
    /** The words after a negation that make it none: "belum lama ini" (not long ago), "not only". */
    private final Set<String> notNegatingNext;
    /** "if", "jika": what follows is a condition, not a report. */
    private final Set<String> conditionals;
    /** Words of the future right before a trigger ("will shell", "akan menyerang"): a threat or a plan, not a report. */
    private final Set<String> futureModals;
    /** Words of habit ("occasionally", "kerap"): what follows them is a pattern of happenings, not one. */
    private final Set<String> habitual;
    /**
     * Stemmed phrases of "could not be reached for comment" (such a clause reports no happening) and of "amid" (what
     * follows up to the next comma is the clause's setting), by their first stem: a clause is scanned once.
     */
    private final Map<String, List<List<String>>> noCommentByFirst = new HashMap<>();
    private final Map<String, List<List<String>>> amidByFirst = new HashMap<>();
    /**
     * Stemmed phrases of a span of years ("for decades", "selama bertahun-tahun"), by their first stem: a clause told
     * over years sums up a conflict's background and reports no happening, unless the phrase follows one of
     * {@link #longSpanSuperlatives} ("the worst fighting in years" is a current happening).
     */
    private final Map<String, List<List<String>>> longSpanByFirst = new HashMap<>();
    private final Set<String> longSpanSuperlatives;
    /** The words a side uses for the size of what happened, by the value they mean ("limited", "large-scale"). */
    private final Map<String, PhraseList> scale = new java.util.LinkedHashMap<>();
    /** Stems of a call, which is bilateral: "he phoned A, B and C" is three calls. */
    private final Set<String> callStems;
    /** Words that put one happening after another: "closed the border after youths attacked officers". */
    private final Set<String> sequence;
    /** Words of a side's wish or intent ("does not wish to escalate to a full war", "tidak ingin berperang"). */
    private final Set<String> intentions;
    /** Words that name who did what a passive verb tells ("denounced by Russia", "dikecam oleh PBB"). */
    private final Set<String> passiveAgents;
    /** Words that make a happening another one of its kind: "similar shelling", "serangan serupa", "earlier attacks". */
    private final Set<String> anotherOfKind;
    /** Words that point back at a happening already told: before its noun ("that attack"), after it ("serangan itu"). */
    private final Set<String> pointingBefore;
    private final Set<String> pointingAfter;
    private final Map<String, int[]> wordRulesByStem = new HashMap<>();
    private final Map<String, int[]> phraseRulesByFirstStem = new HashMap<>();

    public static synchronized TriggerFinder of(Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new TriggerFinder(language));
    }

    private TriggerFinder(Language language) {
        stemmer = language.stemmer();
        LexiconFile root = language.open("triggers.json");
        negations = stems(root.words("negations"));
        notNegatingNext = stems(root.words("not_negating_next"));
        conditionals = stems(root.words("conditionals"));
        futureModals = stems(root.words("future_modals"));
        habitual = stems(root.words("habitual"));
        anotherOfKind = stems(root.words("another_of_kind"));
        LexiconFile pointing = root.part("pointing_back");
        pointingBefore = stems(pointing.words("before"));
        pointingAfter = stems(pointing.words("after"));
        pointing.finish();
        passiveAgents = stems(root.words("passive_agents"));
        intentions = stems(root.words("intentions"));
        callStems = stems(root.words("calls"));
        sequence = Set.copyOf(root.lowerPhrases("sequence"));
        LexiconFile scales = root.part("scale");
        root.node("scale").fieldNames().forEachRemaining(v -> scale.put(v, new PhraseList(scales.lowerPhrases(v))));
        scales.finish();
        byFirstStem(root.lowerPhrases("no_comment"), noCommentByFirst);
        byFirstStem(root.lowerPhrases("amid"), amidByFirst);
        LexiconFile longSpans = root.part("long_spans");
        byFirstStem(longSpans.lowerPhrases("phrases"), longSpanByFirst);
        longSpanSuperlatives = stems(longSpans.words("not_after"));
        longSpans.finish();
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

    private void byFirstStem(List<String> phrases, Map<String, List<List<String>>> into) {
        for (String p : phrases) {
            List<String> stems = Tokenizer.tokenize(p, 0, p.length()).stream().map(this::stem).toList();
            into.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(stems);
        }
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
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(stemmer.stem(w)));
        return out;
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
            if (phraseStartsAt(stems, i, stems.size(), rules.get(r).phrase())) {
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

    public String stem(Token t) { return t.word() ? stemmer.stem(t.lower()) : t.text(); }

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
            overYears = overYears
                    || startsAny(longSpanByFirst.get(stem), stems, i, to) && !afterSuperlative(stems, from, i);
            if (i >= settingEnd && startsAny(amidByFirst.get(stem), stems, i, to)) {
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
                if (first[r] < 0 && phraseStartsAt(stems, i, to, rules.get(r).phrase)
                        && !followedBy(stems, i + rules.get(r).phrase.size(), to, rules.get(r).notBefore)) {
                    first[r] = i;
                }
            }
        }
        List<Trigger> out = new ArrayList<>();
        if (overYears || noComment(stems, from, to)) {
            return out;
        }
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (first[r] < 0 || !rule.near.isEmpty() && !nearby(stems, rule.near)) {
                continue;
            }
            int intent = rule.type.isViolence() ? intentBefore(stems, from, first[r]) : -1;
            if (intent >= 0) {
                if (out.stream().noneMatch(t -> t.token() == intent)) {
                    out.add(new Trigger(EventType.STATEMENT, intent, null)); // a side's declaration, not a fight
                }
            } else if (!negated(stems, from, first[r]) && !conditional(stems, from, first[r])) {
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

    /** Whether one of the phrases (those with the stem at {@code i} first, or null) starts at {@code i}. */
    private static boolean startsAny(List<List<String>> phrases, List<String> stems, int i, int to) {
        if (phrases != null) {
            for (List<String> p : phrases) {
                if (phraseStartsAt(stems, i, to, p)) {
                    return true;
                }
            }
        }
        return false;
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
        for (int i = from; i < to; i++) {
            if (startsAny(noCommentByFirst.get(stems.get(i)), stems, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A superlative before a span of years in its clause ("the worst fighting between the two for years"): the clause
     * is not told over the years (a clause that is sums up a conflict's background and reports no happening).
     */
    private boolean afterSuperlative(List<String> stems, int from, int at) {
        for (int i = from; i < at; i++) {
            if (longSpanSuperlatives.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
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

    /** "tanpa ada baku tembak", "no shelling": a negation just before the trigger. */
    private boolean negated(List<String> stems, int from, int at) {
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (negations.contains(stems.get(i)) && !notNegatingNext.contains(stems.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** How far before a trigger a condition word still makes it a condition ("if South Korea once again violates"). */
    private static final int CONDITION_REACH = 15;

    /** How far before a trigger a word of the future still speaks of it ("will not shell", "akan segera menyerang"). */
    private static final int FUTURE_REACH = 2;

    /** How near a word must stand to a trigger to make it another happening of its kind ("similar deadly shelling"). */
    private static final int ANOTHER_REACH = 2;

    /**
     * Whether a happening's word is pointed back at ("that attack", "pertikaian ini"): the happening is one the article
     * has told already, not a new one.
     */
    public boolean pointedBack(List<String> stems, int trigger) {
        return trigger > 0 && pointingBefore.contains(stems.get(trigger - 1))
                || trigger + 1 < stems.size() && pointingAfter.contains(stems.get(trigger + 1));
    }

    /**
     * Whether the happening a trigger names is told as another one of its kind ("similar shelling … took place on March
     * 19", "serangan serupa", "earlier attacks"): a word for that within two words before or after it.
     */
    public boolean anotherOfKind(List<String> stems, int trigger) {
        for (int i = Math.max(0, trigger - ANOTHER_REACH); i <= Math.min(stems.size() - 1, trigger + ANOTHER_REACH); i++) {
            if (i != trigger && anotherOfKind.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a side disavows an aim of violence the clause names ("Israel said it did not wish to escalate to a full
     * war", "Sudan tidak ingin berperang"): the word of intent, or -1. Such a clause declares; it reports no fight.
     */
    private int intentBefore(List<String> stems, int from, int at) {
        for (int i = Math.max(from, at - CONDITION_REACH); i < at; i++) {
            // disavowed ("did not wish", "tidak ingin"): what a side says of its own aims; "Kurti, yang ingin memicu
            // konflik" is an accusation of the other's
            boolean disavowed = i > from && negations.contains(stems.get(i - 1))
                    || i > from + 1 && negations.contains(stems.get(i - 2));
            if (intentions.contains(stems.get(i)) && disavowed) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a word opens a condition, a plan or an aim ("if", "jika", "agar"): what follows it has not happened. */
    public boolean isCondition(String stem) { return conditionals.contains(stem); }

    /** "jika Korea Utara terus berupaya menyerang", "if the drones violate the border": a condition, not a report. */
    private boolean conditional(List<String> stems, int from, int at) {
        for (int i = Math.max(from, at - FUTURE_REACH); i < at; i++) {
            if (futureModals.contains(stems.get(i))) {
                return true; // "Ghana will shell Togolese posts": a threat, not what happened
            }
        }
        for (int i = Math.max(from, at - CONDITION_REACH); i < at; i++) {
            if (conditionals.contains(stems.get(i)) || habitual.contains(stems.get(i))) {
                return true; // "if the drones violate the border"; "has occasionally fired warning shots": a pattern
            }
        }
        return false;
    }

    /** Whether {@code phrase} starts at {@code i} and ends before {@code to}: one look, not a scan of the clause. */
    private static boolean phraseStartsAt(List<String> stems, int i, int to, List<String> phrase) {
        if (i + phrase.size() > to) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!stems.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
