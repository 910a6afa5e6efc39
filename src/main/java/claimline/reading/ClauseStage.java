package claimline.reading;

import claimline.model.ActorType;
import claimline.model.EventType;
import claimline.model.Span;
import claimline.model.Stance;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.claims.Attribution;
import claimline.reading.claims.ClaimAttributor;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.TriggerFinder;
import claimline.reading.language.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits each sentence into clauses and finds who says each (reading guide, section 3): the speaker a reporting verb
 * or "menurut" names, the last named speaker for a continuation ("katanya", "he added"), the speaker named where a
 * quotation of several sentences closes, the outlet for its own narrative; and the stance, denying where the clause
 * or its sentence denies. Each clause keeps the happenings its words name.
 */
final class ClauseStage {
    private final Gazetteer gazetteer;

    ClauseStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void read(DocumentState doc, QuoteRegions quotes) {
        ClaimAttributor attributor = new ClaimAttributor(doc.language);
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        List<Analysed> sentences = doc.sentences;
        List<ClaimAttributor.Words> words = sentences.stream().map(a -> attributor.words(a.tokens())).toList();
        List<List<TriggerFinder.Trigger>> whole = sentences.stream()
                .map(a -> List.copyOf(triggers.find(a.stems(), 0, a.tokens().size()))).toList();
        doc.words = words;
        doc.sentenceTriggers = whole;
        List<Clause> out = new ArrayList<>();
        Sides sides = sides(sentences, whole, words);
        java.util.Set<String> fighting = sides.fighting();
        doc.mainSides = sides.main();
        String lastSpeaker = null;
        for (int si = 0; si < sentences.size(); si++) {
            Analysed a = sentences.get(si);
            List<Token> tokens = a.tokens();
            if (Subheadings.is(doc.lines, a.sentence(), si)) {
                continue;
            }
            Attribution sentenceAttr = sentenceAttribution(attributor, sentences, words, quotes, si);
            List<Integer> starts = attributor.clauseStarts(words.get(si));
            for (int ci = 0; ci < starts.size(); ci++) {
                int from = starts.get(ci);
                int to = ci + 1 < starts.size() ? starts.get(ci + 1) : tokens.size();
                Attribution attr = clauseAttribution(attributor, words.get(si), a, sentenceAttr, starts.size() == 1, from,
                        to);
                if (triggers.noComment(a.stems(), from, to)) {
                    // "China has not commented on the claim, nor confirmed or denied …": no one's version
                    attr = Attribution.OUTLET;
                }
                String claimant = attr.continues() ? lastSpeaker : attr.claimant();
                if (attr.stance() == Stance.ASSERTS && claimant != null && attributor.staysOnOwnGround(words.get(si),
                        a.found().actors(), from, to, gazetteer.partyOf(claimant), gazetteer::partyOf)) {
                    attr = attr.denying(); // "Beijing insists its troops stayed inside Chinese territory"
                }
                if (attr.claimant() != null) {
                    lastSpeaker = attr.claimant();
                }
                List<TriggerFinder.Trigger> found = from == 0 && to == tokens.size() ? whole.get(si)
                        : triggers.find(a.stems(), from, to);
                Opening opening = statementFirst(words.get(si), a, attr, claimant, found, from, to, fighting);
                found = opening.found();
                claimant = opening.claimant();
                if (!found.isEmpty() && takerSpeaks(found.get(0).type()) && claimant == null) {
                    // "Blinken telah mendesak …": whoever urges or condemns is the one making the statement; "Peru
                    // memanggil duta besar …": the state that takes a measure is its claimant.
                    claimant = subjectOf(a, from, found.get(0).token());
                    if (claimant != null) {
                        lastSpeaker = claimant;
                    }
                }
                boolean explicit = attr.explicit();
                if (claimant == null && from > 0 && words.get(si).denial(from)) {
                    // "Ukraina … membuat protes keras …, dan sepenuhnya menyangkal tuduhan": the subject denies
                    claimant = subjectOf(a, 0, from);
                    explicit = claimant != null;
                    attr = explicit ? attr.denying() : attr;
                }
                Span span = starts.size() == 1 ? a.sentence().span()
                        : trimmed(doc.text, tokens.get(from).start(), tokens.get(to - 1).end());
                List<String> others = attr.continues() || claimant == null ? List.of() : attr.others();
                out.add(new Clause(si, from, to, span, claimant, others, attr.stance(), explicit, found));
            }
        }
        doc.clauses = out;
    }

    /** Who speaks in a sentence; a quotation's speaker named where it closes, sentences later, speaks all of it. */
    private static Attribution sentenceAttribution(ClaimAttributor attributor, List<Analysed> sentences,
                                                   List<ClaimAttributor.Words> words, QuoteRegions quotes, int si) {
        Analysed a = sentences.get(si);
        Attribution attr = attributor.attribute(words.get(si), a.found().actors(), 0, a.tokens().size());
        int closing = quotes.closingSentence(si);
        if (!attr.explicit() && closing > si) {
            Analysed c = sentences.get(closing);
            attr = attributor.attribute(words.get(closing), c.found().actors(), 0, c.tokens().size());
            attr = attr.continuing(-1); // its verb is in the other sentence
        }
        return attr;
    }

    /**
     * Who speaks in a clause ({@code whole}: the sentence's only one): its own speaker, else a subject it shares with
     * the clause before ("X said … and denied …"), else the sentence's, denying where the clause denies.
     */
    private static Attribution clauseAttribution(ClaimAttributor attributor, ClaimAttributor.Words w, Analysed a,
                                                 Attribution sentenceAttr, boolean whole, int from, int to) {
        Attribution attr = whole ? sentenceAttr : attributor.attribute(w, a.found().actors(), from, to);
        Attribution shared = attr.explicit() ? null : attributor.sharedSubject(w, a.found().actors(), from, to);
        if (shared != null) {
            return shared;
        }
        if (!attr.explicit()) {
            return sentenceAttr.stance() == Stance.DENIES || attr.stance() != Stance.DENIES ? sentenceAttr
                    : sentenceAttr.denying();
        }
        return attr;
    }

    /** A clause's triggers and claimant once the speaker's own statement, if any, is put first. */
    private record Opening(List<TriggerFinder.Trigger> found, String claimant) {}

    /**
     * A clause whose speaker makes a statement of their own opens with it, whatever it names ("X memperingatkan …",
     * "the UN condemned …"); so does one whose subject, no side of the fighting, voices concern or condolences over it
     * ("Ghana and Benin, brokers of the truce, expressed concern over repeated violations"), and that subject speaks
     * when the clause names no other speaker.
     */
    private Opening statementFirst(ClaimAttributor.Words w, Analysed a, Attribution attr, String claimant,
                                   List<TriggerFinder.Trigger> found, int from, int to, java.util.Set<String> fighting) {
        List<TriggerFinder.Trigger> out = found;
        if (attr.verb() >= from && attr.verb() < to && claimant != null && ownStatement(w, attr.verb(), claimant, fighting)) {
            out = statementAt(attr.verb(), out);
        }
        int reaction = reactionBefore(w, out, from, to);
        String reacting = reaction < 0 ? null : subjectOf(a, from, reaction);
        if (reacting != null && !fighting.contains(gazetteer.partyOf(reacting))) {
            return new Opening(statementAt(reaction, out), claimant == null ? reacting : claimant);
        }
        return new Opening(out, claimant);
    }

    private static List<TriggerFinder.Trigger> statementAt(int token, List<TriggerFinder.Trigger> found) {
        List<TriggerFinder.Trigger> out = new ArrayList<>();
        out.add(new TriggerFinder.Trigger(EventType.STATEMENT, token));
        out.addAll(found);
        return out;
    }

    /**
     * A speaker who urges, warns, threatens, criticises or welcomes makes a statement of their own; one who condemns
     * does unless they are a side of the fighting the article reports (a side condemning an attack on it tells its
     * version of the attack).
     */
    private boolean ownStatement(ClaimAttributor.Words w, int verb, String claimant, java.util.Set<String> fighting) {
        if (w.appeal(verb)) {
            return true;
        }
        String party = gazetteer.partyOf(claimant);
        return w.condemnation(verb) && (party == null || !fighting.contains(party));
    }

    /**
     * Where a word of concern or condolence stands before the violence a clause names ("expressed concern over repeated
     * violations"), or -1: none, or the clause already opens with a statement.
     */
    private static int reactionBefore(ClaimAttributor.Words w, List<TriggerFinder.Trigger> found, int from, int to) {
        if (found.isEmpty() || !aFight(found.get(0).type())) {
            return -1;
        }
        int violence = found.stream().filter(t -> aFight(t.type())).mapToInt(TriggerFinder.Trigger::token).min()
                .orElse(to);
        for (int i = from; i < violence; i++) {
            if (w.reaction(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sides an article names, read once over its sentences. {@code fighting}: those named in the sentences that
     * report fighting, but not one who only condemns it there ("the UN condemned the attack on the market", "the strike
     * drew criticism from Argentina" name a voice on the attack, not a side). {@code main}: the two the article names
     * most (a state counts for itself and its institutions and people), not counting the UN or the Red Cross, which
     * report on a war, nor a state named only as it condemns or voices concern ("Ghana and Benin expressed concern over
     * repeated violations"): the title of a fight names the sides, not the voices on it.
     */
    private record Sides(java.util.Set<String> fighting, java.util.Set<String> main) {}

    private Sides sides(List<Analysed> sentences, List<List<TriggerFinder.Trigger>> whole,
                        List<ClaimAttributor.Words> words) {
        java.util.Set<String> fighting = new java.util.HashSet<>();
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Analysed a = sentences.get(si);
            int violence = firstViolence(whole.get(si));
            int condemning = firstReaction(a, words.get(si));
            for (ActorMention m : a.found().actors()) {
                String p = gazetteer.partyOf(m.actorId());
                if (p == null || m.type() == ActorType.MEDIA || reacts(m, condemning, violence)) {
                    continue;
                }
                if (violence >= 0) {
                    fighting.add(p);
                }
                if (m.type() != ActorType.ORGANIZATION) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
        }
        java.util.Set<String> main = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(2).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return new Sides(fighting, main);
    }

    private static int firstViolence(List<TriggerFinder.Trigger> triggers) {
        return triggers.stream().filter(x -> x.type().isViolence()).mapToInt(TriggerFinder.Trigger::token).min()
                .orElse(-1);
    }

    /** The first word of condemnation, concern or condolence in a sentence, or -1. */
    private static int firstReaction(Analysed a, ClaimAttributor.Words w) {
        for (int i = 0; i < a.tokens().size(); i++) {
            if (w.condemnation(i) || w.reaction(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an actor is named as the one reacting to the fighting: the subject before the word of condemnation ("X
     * condemned the attack"), or, when it follows the fighting, the one named after it ("the strike drew criticism
     * from X").
     */
    private static boolean reacts(ActorMention m, int condemning, int violence) {
        return condemning >= 0 && (violence < 0 || condemning < violence ? m.to() <= condemning : m.from() > condemning);
    }

    /** Violence, or a truce broken by it: what a third party voices concern over. */
    private static boolean aFight(EventType t) {
        return t.isViolence() || t == EventType.CEASEFIRE_VIOLATION;
    }

    private static boolean takerSpeaks(EventType t) {
        return t == EventType.STATEMENT || t == EventType.DIPLOMACY || t == EventType.OTHER
                || t == EventType.REQUEST_ASSISTANCE;
    }

    /** The first actor before the trigger who speaks for a party: the subject of "X urged", "X condemned". */
    private String subjectOf(Analysed a, int from, int trigger) {
        for (ActorMention m : a.found().actors()) {
            if (m.from() >= from && m.to() <= trigger && m.type() != ActorType.MEDIA
                    && gazetteer.partyOf(m.actorId()) != null) {
                return m.actorId();
            }
        }
        return null;
    }

    private static Span trimmed(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == ',' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return new Span(from, to);
    }
}
