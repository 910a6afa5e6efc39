package claimline.reading.events;

import claimline.reading.language.LexiconFile;
import claimline.reading.language.Stemmer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the words around a happening's word say of it, beyond its kind (the triggers.json keys other than the rules):
 * denied ("tanpa ada baku tembak"), wished, planned or feared ("if", "will shell", "agar"), habitual ("occasionally"),
 * disavowed as an aim ("did not wish to escalate"), told over years ("for decades"), pointed back at ("that attack"),
 * another of its kind ("similar shelling"), or no one's word at all ("could not be reached for comment"). Split from
 * {@link TriggerFinder}, which matches the rules and asks this whether a match reports a happening.
 */
final class ClauseModality {
    /** How far before a trigger a condition word still makes it a condition ("if South Korea once again violates"). */
    static final int CONDITION_REACH = 15;

    /** How far before a trigger a word of the future still speaks of it ("will not shell", "akan segera menyerang"). */
    private static final int FUTURE_REACH = 2;

    /** How near a word must stand to a trigger to make it another happening of its kind ("similar deadly shelling"). */
    private static final int ANOTHER_REACH = 2;

    private final Set<String> negations;
    /** The words after a negation that make it none: "belum lama ini" (not long ago), "not only". */
    private final Set<String> notNegatingNext;
    /** "if", "jika": what follows is a condition, not a report. */
    private final Set<String> conditionals;
    /** Words of the future right before a trigger ("will shell", "akan menyerang"): a threat or a plan, not a report. */
    private final Set<String> futureModals;
    /** Words of habit ("occasionally", "kerap"): what follows them is a pattern of happenings, not one. */
    private final Set<String> habitual;
    /** Words of a side's wish or intent ("does not wish to escalate to a full war", "tidak ingin berperang"). */
    private final Set<String> intentions;
    /** Words that make a happening another one of its kind: "similar shelling", "serangan serupa", "earlier attacks". */
    private final Set<String> anotherOfKind;
    /** Words that point back at a happening already told: before its noun ("that attack"), after it ("serangan itu"). */
    private final Set<String> pointingBefore;
    private final Set<String> pointingAfter;
    /** Stemmed phrases of "could not be reached for comment" by their first stem: such a clause reports nothing. */
    private final Map<String, List<List<String>>> noCommentByFirst;
    /**
     * Stemmed phrases of a span of years ("for decades", "selama bertahun-tahun"), by their first stem: a clause told
     * over years sums up a conflict's background and reports no happening, unless the phrase follows one of
     * {@link #longSpanSuperlatives} ("the worst fighting in years" is a current happening).
     */
    private final Map<String, List<List<String>>> longSpanByFirst;
    private final Set<String> longSpanSuperlatives;

    ClauseModality(LexiconFile root, Stemmer stemmer) {
        negations = StemPhrases.stems(stemmer, root.words("negations"));
        notNegatingNext = StemPhrases.stems(stemmer, root.words("not_negating_next"));
        conditionals = StemPhrases.stems(stemmer, root.words("conditionals"));
        futureModals = StemPhrases.stems(stemmer, root.words("future_modals"));
        habitual = StemPhrases.stems(stemmer, root.words("habitual"));
        anotherOfKind = StemPhrases.stems(stemmer, root.words("another_of_kind"));
        LexiconFile pointing = root.part("pointing_back");
        pointingBefore = StemPhrases.stems(stemmer, pointing.words("before"));
        pointingAfter = StemPhrases.stems(stemmer, pointing.words("after"));
        pointing.finish();
        intentions = StemPhrases.stems(stemmer, root.words("intentions"));
        noCommentByFirst = StemPhrases.byFirstStem(stemmer, root.lowerPhrases("no_comment"));
        LexiconFile longSpans = root.part("long_spans");
        longSpanByFirst = StemPhrases.byFirstStem(stemmer, longSpans.lowerPhrases("phrases"));
        longSpanSuperlatives = StemPhrases.stems(stemmer, longSpans.words("not_after"));
        longSpans.finish();
    }

    /**
     * Whether a span of years starts at {@code i} with no superlative before it in the clause: the clause is told over
     * years. Asked word by word in the same pass as the rules, which runs on every clause of every article.
     */
    boolean spanOfYearsAt(List<String> stems, int from, int i, int to) {
        return StemPhrases.startsAny(longSpanByFirst.get(stems.get(i)), stems, i, to)
                && !afterSuperlative(stems, from, i);
    }

    /** Whether the clause says someone did not comment or could not be reached: it is no one's claim. */
    boolean noComment(List<String> stems, int from, int to) {
        for (int i = from; i < to; i++) {
            if (StemPhrases.startsAny(noCommentByFirst.get(stems.get(i)), stems, i, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A superlative before a span of years in its clause ("the worst fighting between the two for years"): the clause
     * is not told over the years.
     */
    private boolean afterSuperlative(List<String> stems, int from, int at) {
        for (int i = from; i < at; i++) {
            if (longSpanSuperlatives.contains(stems.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "tanpa ada baku tembak", "no shelling": a negation just before the trigger. */
    boolean negated(List<String> stems, int from, int at) {
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (negations.contains(stems.get(i)) && !notNegatingNext.contains(stems.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a happening's word is pointed back at ("that attack", "pertikaian ini"): the happening is one the article
     * has told already, not a new one.
     */
    boolean pointedBack(List<String> stems, int trigger) {
        return trigger > 0 && pointingBefore.contains(stems.get(trigger - 1))
                || trigger + 1 < stems.size() && pointingAfter.contains(stems.get(trigger + 1));
    }

    /**
     * Whether the happening a trigger names is told as another one of its kind ("similar shelling … took place on March
     * 19", "serangan serupa", "earlier attacks"): a word for that within two words before or after it.
     */
    boolean anotherOfKind(List<String> stems, int trigger) {
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
    int intentBefore(List<String> stems, int from, int at) {
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
    boolean isCondition(String stem) { return conditionals.contains(stem); }

    /** "jika Korea Utara terus berupaya menyerang", "if the drones violate the border": a condition, not a report. */
    boolean conditional(List<String> stems, int from, int at) {
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
}
