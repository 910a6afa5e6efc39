package claimline.reading.actors;

import claimline.reading.language.Token;
import claimline.reading.language.PhraseMatcher;
import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Span;
import claimline.reading.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds actors in a sentence: states (CLDR names and the gazetteer's variants), seats of power standing for their
 * state, organisations, people, and institutions by pattern (a head such as "Kementerian Pertahanan" or
 * "defence ministry" next to a state's name). Also finds places and remembered past happenings.
 */
public final class ActorFinder {
    private final Gazetteer gazetteer;

    public record Found(List<ActorMention> actors, List<NameMention> places, List<NameMention> history) {}

    private final PeopleFinder people;
    private final RoleLexicon roles;
    private final PlaceFinder placeFinder;
    /** The institution of each kind (by suffix) the article named last, which "the army" names again. */
    private final java.util.Map<String, ActorMention> lastOfKind = new java.util.HashMap<>();

    /** One finder per document: it learns the names of the people it finds by role, for the sentences after. */
    public ActorFinder(Gazetteer gazetteer, Language language) {
        this.gazetteer = gazetteer;
        this.roles = RoleLexicon.of(language);
        this.people = new PeopleFinder(gazetteer, roles);
        this.placeFinder = PlaceFinder.of(gazetteer, language);
    }

    /** The towns the document read so far means by the places it names by pattern. */
    public TownsMeant townsMeant() { return placeFinder.townsMeant(); }

    public Found find(List<Token> tokens) {
        List<ActorMention> actors = new ArrayList<>();
        List<NameMention> places = new ArrayList<>();
        List<NameMention> history = new ArrayList<>();
        List<PhraseMatcher.Match<Gazetteer.Entry>> names = gazetteer.findNames(tokens);
        for (PhraseMatcher.Match<Gazetteer.Entry> m : names) {
            Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            String surface = surface(tokens, m.from(), m.to());
            Gazetteer.Entry e = m.value();
            if (e.kind() != Gazetteer.Kind.HISTORY && insideOutletName(tokens, m.from(), m.to())) {
                continue; // "Myanmar Now melaporkan": the outlet reports, the state is not named
            }
            switch (e.kind()) {
                case PLACE -> places.add(new NameMention(m.from(), m.to(), span, e.id(), surface));
                case HISTORY -> history.add(new NameMention(m.from(), m.to(), span, e.id(), surface));
                default -> {
                    Actor a = gazetteer.actor(e.id());
                    actors.add(new ActorMention(m.from(), m.to(), span, e.id(), a.type(), surface));
                }
            }
        }
        addInstitutions(tokens, actors);
        addInstitutionsNamedAgain(tokens, actors);
        actors.sort(Comparator.comparingInt(ActorMention::from));
        people.find(tokens, actors);
        placeFinder.find(tokens, actors, places);
        return new Found(actors, places, history);
    }

    /**
     * Whether the name {@code [from, to)} is part of an outlet's: a capitalised outlet word after it ("Myanmar Now",
     * "the Kyiv Independent"), or one and a connector before it ("Times of India").
     */
    private boolean insideOutletName(List<Token> tokens, int from, int to) {
        if (to < tokens.size() && capitalisedIn(tokens.get(to), roles.outletWords)) {
            return true;
        }
        return from >= 2 && roles.outletConnectors.contains(tokens.get(from - 1).lower())
                && capitalisedIn(tokens.get(from - 2), roles.outletWords);
    }

    private static boolean capitalisedIn(Token t, java.util.Set<String> words) {
        return t.word() && Character.isUpperCase(t.text().charAt(0)) && words.contains(t.lower());
    }

    private void addInstitutions(List<Token> tokens, List<ActorMention> actors) {
        List<ActorMention> institutions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<Gazetteer.InstitutionKind> head = gazetteer.institutionHeads().matchAt(tokens, i);
            if (head == null) {
                continue;
            }
            ActorMention found = stateAfter(tokens, actors, head);
            if (found == null) {
                found = stateBefore(tokens, actors, head);
            }
            if (found != null) {
                institutions.add(found);
                i = Math.max(i, head.to() - 1);
            }
        }
        for (ActorMention inst : institutions) {
            actors.removeIf(a -> a.type() == ActorType.STATE && inst.span().contains(a.span()));
            actors.add(inst);
        }
    }

    /**
     * '"…," the army said', 'kata Kementerian Luar Negeri': an institution named without its state is the one of
     * that kind the article named last; then this sentence's institutions become the last of their kinds.
     */
    private void addInstitutionsNamedAgain(List<Token> tokens, List<ActorMention> actors) {
        List<ActorMention> again = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseMatcher.Match<Gazetteer.InstitutionKind> m = gazetteer.institutionsAlone().matchAt(tokens, i);
            if (m == null) {
                continue;
            }
            final int from = m.from();
            final int to = m.to();
            ActorMention last = lastOfKind.get(m.value().suffix());
            if (last != null && actors.stream().noneMatch(a -> a.from() < to && from < a.to())) {
                Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
                again.add(new ActorMention(from, to, span, last.actorId(), last.type(), surface(tokens, from, to)));
            }
            i = Math.max(i, to - 1);
        }
        actors.addAll(again);
        for (ActorMention a : actors) {
            int dash = a.actorId().lastIndexOf('-');
            // a state's institution only: "the Arakan Army" is a group whose name ends like one, and "the military"
            // said after it is the state's army, not the group
            if (dash > 0 && a.type() == ActorType.INSTITUTION
                    && gazetteer.institutionKind(a.actorId().substring(dash + 1)) != null) {
                lastOfKind.put(a.actorId().substring(dash + 1), a);
            }
        }
    }

    /** "Kementerian Pertahanan Armenia", "Ministry of Defence of Armenia", and typos ("Armena"). */
    private ActorMention stateAfter(List<Token> tokens, List<ActorMention> actors,
                                    PhraseMatcher.Match<Gazetteer.InstitutionKind> head) {
        int at = head.to();
        if (at < tokens.size() && gazetteer.institutionConnector(tokens.get(at).lower())) {
            at++;
        }
        if (at >= tokens.size()) {
            return null;
        }
        final int stateAt = at;
        ActorMention state = actors.stream()
                .filter(a -> a.from() == stateAt && a.type() == ActorType.STATE).findFirst().orElse(null);
        String stateId = state != null ? state.actorId() : null;
        int end = state != null ? state.to() : at + 1;
        if (stateId == null && actors.stream().noneMatch(a -> a.from() == stateAt)) {
            stateId = gazetteer.fuzzyState(tokens.get(at).text());
        }
        return stateId == null ? null : institution(tokens, head.from(), end, stateId, head.value().suffix());
    }

    /** "Armenia's defence ministry", "Azerbaijani forces". */
    private ActorMention stateBefore(List<Token> tokens, List<ActorMention> actors,
                                     PhraseMatcher.Match<Gazetteer.InstitutionKind> head) {
        int end = head.from();
        if (end >= 2 && tokens.get(end - 1).lower().equals("s") && tokens.get(end - 2).text().matches("['’]")) {
            end -= 2;
        }
        final int stateEnd = end;
        return actors.stream().filter(a -> a.to() == stateEnd && a.type() == ActorType.STATE).findFirst()
                .map(s -> institution(tokens, s.from(), head.to(), s.actorId(), head.value().suffix()))
                .orElse(null);
    }

    private ActorMention institution(List<Token> tokens, int from, int to, String stateId, String suffix) {
        Actor a = gazetteer.institution(stateId, suffix);
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        return new ActorMention(from, to, span, a.id(), a.type(), surface(tokens, from, to));
    }

    static String surface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
