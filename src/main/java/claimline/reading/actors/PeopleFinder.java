package claimline.reading.actors;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Span;
import claimline.reading.language.PhraseMatcher;
import claimline.reading.language.Token;
import java.util.List;
import java.util.Locale;

/**
 * People the gazetteer does not know, found by role and name (reading guide, section 5): "Presiden Guyana Irfaan
 * Ali", "juru bicara Kementerian Pertahanan Peru, Carlos Quispe", "Long Shaohua, juru bicara Tentara …", "Chinese
 * Foreign Ministry spokesman Zhao Lijian", "Maria Lopez, a spokeswoman for the Chilean navy". The person's side is
 * that of the state or institution named with the role. A role with a state and no name is the office itself
 * ("Presiden Rusia": the Russian presidency). Names found once are known for the rest of the document, surname
 * alone included ("Zelensky").
 */
final class PeopleFinder {
    private final Gazetteer gazetteer;
    private final RoleLexicon lex;
    /** Where a name starts and ends among a sentence's words. */
    private final NameBounds names;
    /** Names learned in this document: full names and surnames, to the person's id. */
    private final PhraseMatcher<String> known = new PhraseMatcher<>();
    /** The states named so far in this document, the last named last, each once. */
    private final List<String> statesNamed = new java.util.ArrayList<>();
    /** How far into a sentence the actor it opens with may stand (a determiner or two before it). */
    private static final int SUBJECT_REACH = 2;
    /** The state the last sentence that opened with a state or its institution spoke of, and how long ago. */
    private String subjectState;
    private int sentencesSinceSubject = Integer.MAX_VALUE / 2;
    /** The states whose people, forces or offices this document has named so far ("troops of Togo": Togo). */
    private final java.util.Set<String> statesOfSidesNamed = new java.util.HashSet<>();
    /** How often each state has been named so far in this document. */
    private final java.util.Map<String, Integer> timesNamed = new java.util.HashMap<>();

    PeopleFinder(Gazetteer gazetteer, RoleLexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.names = new NameBounds(lex);
    }

    /** Adds the people of one sentence to {@code actors} (which holds the gazetteer's names and institutions). */
    void find(List<Token> tokens, List<ActorMention> actors) {
        for (PhraseMatcher.Match<String> m : known.find(tokens)) {
            if (free(actors, m.from(), m.to()) && !nameGoesOn(tokens, m.to())) {
                actors.add(mention(tokens, m.from(), m.to(), m.value()));
            }
        }
        actors.sort(java.util.Comparator.comparingInt(ActorMention::from));
        backReferences(tokens, actors);
        if (titleCase(tokens)) {
            return; // a headline capitalises every word: no telling a name from the words around it
        }
        sentencesSinceSubject++;
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<RoleLexicon.Role> role = lex.roles.matchAt(tokens, i);
            if (role == null || !free(actors, role.from(), role.to())) {
                continue;
            }
            ActorMention found = byRole(tokens, actors, role);
            if (found != null) {
                actors.add(found);
                actors.sort(java.util.Comparator.comparingInt(ActorMention::from));
                i = Math.max(i, found.to() - 1);
            } else {
                i = role.to() - 1;
            }
        }
        rememberSubject(actors);
    }

    /**
     * The state a sentence is about when it opens with it or with one of its institutions ("Ecuador rejected the
     * account.", "Peru's defence ministry said…"): an office named without its state in the next sentence ("President
     * X said…") is that state's, as a reader takes it.
     */
    private void rememberSubject(List<ActorMention> actors) {
        if (actors.isEmpty() || actors.get(0).from() > SUBJECT_REACH) {
            return;
        }
        ActorMention first = actors.get(0);
        String party = gazetteer.partyOf(first.actorId());
        Actor state = party == null ? null : gazetteer.actor(party.toLowerCase(Locale.ROOT));
        if (state != null && state.type() == ActorType.STATE) {
            subjectState = state.id();
            sentencesSinceSubject = 0;
        }
    }

    /**
     * "Kedua negara", "both sides": the last two states named before; "negara itu", "the country": the last one (reading
     * guide, section 3). The states of this sentence are remembered for the sentences after.
     */
    private void backReferences(List<Token> tokens, List<ActorMention> actors) {
        List<ActorMention> added = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<Integer> m = lex.backReferences.matchAt(tokens, i);
            if (m == null || !free(actors, m.from(), m.to())) {
                continue;
            }
            List<String> before = new java.util.ArrayList<>(statesNamed);
            java.util.Map<String, Integer> times = new java.util.HashMap<>(timesNamed);
            for (ActorMention a : actors) {
                if (a.type() == ActorType.STATE && a.to() <= m.from()) {
                    before.remove(a.actorId());
                    before.add(a.actorId());
                    times.merge(a.actorId(), 1, Integer::sum);
                }
            }
            for (String state : referents(before, times, m.value())) {
                added.add(new ActorMention(m.from(), m.to(), span(tokens, m.from(), m.to()), state, ActorType.STATE,
                        ActorFinder.surface(tokens, m.from(), m.to()), true));
            }
            i = m.to() - 1;
        }
        for (ActorMention a : actors) {
            String party = a.type() == ActorType.MEDIA ? null : gazetteer.partyOf(a.actorId());
            Actor side = party == null ? null : gazetteer.actor(party.toLowerCase(Locale.ROOT));
            if (side != null && side.type() == ActorType.STATE) {
                statesOfSidesNamed.add(side.id());
            }
            if (a.type() == ActorType.STATE) {
                statesNamed.remove(a.actorId());
                statesNamed.add(a.actorId());
                timesNamed.merge(a.actorId(), 1, Integer::sum);
            }
        }
        actors.addAll(added);
        actors.sort(java.util.Comparator.comparingInt(ActorMention::from));
    }

    /**
     * Whom a back reference points to: "the country" is the state named last; "the two countries" are the two the
     * article is about, the two named most so far (the last named first among equals), not a third state that
     * mediates or reacts and happens to be named just before ("Brazil and Argentina urged both sides…").
     */
    static List<String> referents(List<String> byRecency, java.util.Map<String, Integer> times, int count) {
        if (count == 1 || byRecency.size() <= count) {
            return byRecency.subList(Math.max(0, byRecency.size() - count), byRecency.size());
        }
        List<String> ranked = new java.util.ArrayList<>(byRecency);
        java.util.Collections.reverse(ranked);
        ranked.sort(java.util.Comparator.comparing((String st) -> times.getOrDefault(st, 0)).reversed());
        return ranked.subList(0, count);
    }

    /**
     * A capitalised word right after a name learned in this document: the name is part of another one ("Ali Abdu" after
     * "Ahmed Ali" was named), not that person.
     */
    private static boolean nameGoesOn(List<Token> tokens, int at) {
        return at < tokens.size() && tokens.get(at).word() && Character.isUpperCase(tokens.get(at).text().charAt(0));
    }

    /** Most words capitalised, as headlines are written. */
    static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token t : tokens) {
            if (t.word() && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitals += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }

    private ActorMention byRole(List<Token> tokens, List<ActorMention> actors, PhraseMatcher.Match<RoleLexicon.Role> role) {
        // the state or institution named with the role: right before it ("Chinese Foreign Ministry spokesman",
        // "Ukraine's military spokesman") or right after it ("Presiden Guyana", "spokeswoman for the Chilean navy")
        ActorMention org = orgBefore(tokens, actors, role.from());
        int k = role.to();
        int afterRole = names.skip(tokens, k, true);
        ActorMention after = ActorMention.startingAt(actors, afterRole);
        if (after != null && isOrg(after)) {
            org = org == null ? after : org;
            k = after.to();
        }
        int nameAt = k < tokens.size() && tokens.get(k).text().equals(",") ? k + 1 : k;
        if (role.value().place() && org == null) {
            // "Gubernur Kharkiv Oleg Synegubov": the place the role is of, then the name
            int first = names.nameEnd(tokens, actors, nameAt, 1);
            nameAt = first > nameAt && names.nameEnd(tokens, actors, first) - first >= 2 ? first : nameAt;
            if (first > nameAt && names.nameEnd(tokens, actors, first) == first) {
                return null; // "Gubernur Krimea": the role of a place, no name
            }
        }
        nameAt = names.afterPortfolio(tokens, actors, nameAt);
        ActorMention existing = ActorMention.startingAt(actors, nameAt);
        if (existing != null && existing.type() == ActorType.PERSON) {
            return null; // a person the gazetteer knows, already found
        }
        int nameEnd = names.nameEnd(tokens, actors, nameAt);
        if (nameEnd > nameAt && !names.aName(tokens, nameAt, nameEnd)) {
            nameEnd = nameAt;
        }
        int from = org != null && org.to() <= role.from() ? org.from() : role.from();
        if (nameEnd > nameAt) {
            int to = nameEnd;
            if (org == null) {
                // "President Felix Tshisekedi of the Democratic Republic of the Congo": the state after the name, and
                // the person's mention runs to its end, so that "… of Argentina said" has the person as its subject
                ActorMention later = ActorMention.startingAt(actors, names.skip(tokens, nameEnd, true));
                org = later != null && isOrg(later) ? later : null;
                to = org != null ? org.to() : nameEnd;
            }
            return person(tokens, from, to, nameAt, nameEnd, org, role.value());
        }
        // "Long Shaohua, juru bicara …", "Maria Lopez, a spokeswoman for …": the name stands before, in apposition
        int comma = role.from() - 1;
        if (comma >= 1 && lex.articles.contains(tokens.get(comma).lower())) {
            comma--;
        }
        if (comma >= 1 && tokens.get(comma).text().equals(",")) {
            int start = names.nameStart(tokens, actors, comma);
            if (start < comma && names.aName(tokens, start, comma)) {
                return person(tokens, start, comma, start, comma, org, role.value());
            }
        }
        if (org != null && org.type() == ActorType.STATE && role.value().institution() != null && nameEnd == nameAt) {
            // "Presiden Rusia mengatakan": the office speaks
            Actor office = gazetteer.institution(org.actorId(), role.value().institution());
            int to = Math.max(org.to(), role.to());
            return new ActorMention(from, to, span(tokens, from, to), office.id(), office.type(),
                    ActorFinder.surface(tokens, from, to));
        }
        return null;
    }

    /** The state or institution right before a role, a lower-case word or two between ("UN rights chief"), or null. */
    private ActorMention orgBefore(List<Token> tokens, List<ActorMention> actors, int roleFrom) {
        ActorMention org = orgEndingAt(tokens, actors, roleFrom);
        // "Kosovo's police and President X": the state before the conjunction is the police's, not the president's
        boolean joined = lex.conjunctions.endsBefore(tokens, Math.max(0, roleFrom - 3), roleFrom);
        boolean capitalised = false;
        for (int d = 1; org == null && !joined && d <= 2 && roleFrom - d > 0; d++) {
            Token w = tokens.get(roleFrom - d);
            if (!w.word() || lex.connectors.contains(w.lower()) || ActorMention.startingAt(actors, roleFrom - d) != null) {
                break;
            }
            capitalised |= Character.isUpperCase(w.text().charAt(0));
            org = orgEndingAt(tokens, actors, roleFrom - d); // "UN rights chief", "Russia's military spokesman"
        }
        // "Libyan Information Minister": a title's capitalised words stand between a state and its office only
        return capitalised && org != null && org.type() != ActorType.STATE ? null : org;
    }

    private ActorMention person(List<Token> tokens, int from, int to, int nameFrom, int nameTo, ActorMention org,
                                RoleLexicon.Role role) {
        String name = ActorFinder.surface(tokens, nameFrom, nameTo);
        String party = org == null ? null : gazetteer.partyOf(org.actorId());
        String parent = null;
        String officeOf = null;
        if (org == null && !role.place() && subjectState != null && sentencesSinceSubject <= 1) {
            officeOf = subjectState; // "Ecuador rejected the account. President X said…": the state the text speaks of
        } else if (org == null && role.ofState() && statesOfSidesNamed.size() == 1) {
            // "… shelled a market in Sokode, Togo. Culture Minister X said": the one state the article has named so
            // far, as a war between a state and a rebel group is told; with two named, the minister's is not guessed
            officeOf = statesOfSidesNamed.iterator().next();
        }
        if (officeOf != null) {
            party = gazetteer.partyOf(officeOf);
            parent = role.institution() == null ? null : gazetteer.institution(officeOf, role.institution()).id();
        }
        if (org != null) {
            parent = org.type() == ActorType.STATE && role.institution() != null
                    ? gazetteer.institution(org.actorId(), role.institution()).id() : org.actorId();
        }
        Actor p = gazetteer.person(name, party, parent);
        learn(tokens, nameFrom, nameTo, p.id());
        return new ActorMention(from, to, span(tokens, from, to), p.id(), ActorType.PERSON,
                ActorFinder.surface(tokens, from, to));
    }

    /** The full name and the surname are this person for the rest of the document. */
    private void learn(List<Token> tokens, int from, int to, String id) {
        known.add(ActorFinder.surface(tokens, from, to), id);
        int last = to - 1;
        if (last > from && tokens.get(last).text().length() >= 3 && Character.isUpperCase(tokens.get(last).text().charAt(0))) {
            known.add(tokens.get(last).text(), id);
        }
    }

    private ActorMention mention(List<Token> tokens, int from, int to, String id) {
        return new ActorMention(from, to, span(tokens, from, to), id, ActorType.PERSON, ActorFinder.surface(tokens, from, to));
    }

    private static boolean isOrg(ActorMention a) {
        return a.type() != ActorType.PERSON && a.type() != ActorType.MEDIA;
    }

    private static ActorMention orgEndingAt(List<Token> tokens, List<ActorMention> actors, int end) {
        int e = end;
        if (e >= 2 && tokens.get(e - 1).lower().equals("s") && tokens.get(e - 2).text().matches("['’]")) {
            e -= 2;
        }
        for (ActorMention a : actors) {
            if (a.to() == e && isOrg(a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean free(List<ActorMention> actors, int from, int to) {
        for (ActorMention a : actors) {
            if (a.from() < to && from < a.to()) {
                return false;
            }
        }
        return true;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
