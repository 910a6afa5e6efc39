package claimline.viewmodel;

import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.EventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the user filters by, as one immutable value and one pure predicate; the timeline, the event list and
 * the side-by-side view all ask it.
 *
 * @param hiddenActors actors the user unchecked: their claims are hidden, and so are the events that involve none of
 *                     the actors still checked (an actor's events are those {@link ModelIndex#involved} names: it
 *                     takes part, claims, or is accused), so that each actor's count is what checking it alone shows
 * @param types        event types shown
 * @param from         earliest time shown (epoch seconds), or null for no limit
 * @param to           latest time shown (epoch seconds), or null for no limit
 * @param contestedOnly only events whose parties' versions differ
 * @param search       words that must all occur in the title or a passage (case-insensitive)
 * @param place        the id of a place the events must name (a place clicked on the map), or null
 */
public record EventFilter(Set<String> hiddenActors, Set<EventType> types, Long from, Long to, boolean contestedOnly,
                          String search, String place) {
    public static final EventFilter ALL = new EventFilter(Set.of(), EnumSet.allOf(EventType.class), null, null,
            false, "");

    public EventFilter(Set<String> hiddenActors, Set<EventType> types, Long from, Long to, boolean contestedOnly,
                       String search) {
        this(hiddenActors, types, from, to, contestedOnly, search, null);
    }

    public EventFilter {
        hiddenActors = Set.copyOf(hiddenActors);
        // An EnumSet answers contains() with a bit test; this check runs for every event on every filter change.
        types = java.util.Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(EventType.class)
                : EnumSet.copyOf(types));
        search = search == null ? "" : search.strip();
    }

    public EventFilter withHiddenActors(Set<String> hidden) {
        return new EventFilter(hidden, types, from, to, contestedOnly, search, place);
    }

    public EventFilter withTypes(Set<EventType> t) {
        return new EventFilter(hiddenActors, t, from, to, contestedOnly, search, place);
    }

    public EventFilter withRange(Long f, Long t) {
        return new EventFilter(hiddenActors, types, f, t, contestedOnly, search, place);
    }

    public EventFilter withContestedOnly(boolean c) {
        return new EventFilter(hiddenActors, types, from, to, c, search, place);
    }

    public EventFilter withSearch(String s) {
        return new EventFilter(hiddenActors, types, from, to, contestedOnly, s, place);
    }

    /** Only the events that name this place (null: any place). */
    public EventFilter withPlace(String placeId) {
        return new EventFilter(hiddenActors, types, from, to, contestedOnly, search, placeId);
    }

    /** Whether anything is filtered out at all. */
    public boolean isActive() {
        return !hiddenActors.isEmpty() || types.size() < EventType.values().length || from != null || to != null
                || contestedOnly || !search.isEmpty() || place != null;
    }

    /** The claims of an event that stay visible: those whose claimant is not hidden. */
    public List<Claim> visibleClaims(Event e) {
        if (hiddenActors.isEmpty()) {
            return e.claims();
        }
        return e.claims().stream().filter(c -> !hiddenActors.contains(c.claimant())).toList();
    }

    /** Whether the event involves an actor that is not hidden ({@link ModelIndex#involved}). */
    private static boolean involvesShown(ModelIndex.Info info, java.util.BitSet hidden) {
        for (int n : info.involvedNumbers()) {
            if (!hidden.get(n)) {
                return true;
            }
        }
        return false;
    }

    public boolean test(Event e, ModelIndex index) {
        return test(index.info(e), index);
    }

    /** Whether any actor the event involves is hidden (tested on actor numbers, not strings). */
    public boolean touchesHidden(ModelIndex.Info info, ModelIndex index) {
        java.util.BitSet hidden = index.actorBits(hiddenActors);
        for (int n : info.involvedNumbers()) {
            if (hidden.get(n)) {
                return true;
            }
        }
        return false;
    }

    public boolean test(ModelIndex.Info info, ModelIndex index) {
        return on(index).test(info);
    }

    /**
     * The positions (in the index's time order) of the events this filter lets through, as {@link #on} tests them:
     * worked out on the index's bit sets and flat arrays, so that a change costs a few passes over bits rather than a
     * visit to every event. Only a place or search words visit the events still in question.
     */
    public java.util.BitSet shownIn(ModelIndex index) {
        EventColumns c = index.columns();
        int n = c.size();
        java.util.BitSet shown = new java.util.BitSet(n);
        if (types.size() == EventType.values().length) {
            shown.set(0, n);
        } else {
            types.forEach(t -> shown.or(c.ofType(t)));
        }
        if (contestedOnly) {
            shown.and(c.contested());
        }
        if (to != null) {
            shown.clear(c.startingAfter(to), n);
        }
        if (from != null) {
            // an event that ends by then started before it: only those are in question
            for (int p = shown.nextSetBit(0); p >= 0 && c.start(p) < from; p = shown.nextSetBit(p + 1)) {
                if (c.end(p) <= from) {
                    shown.clear(p);
                }
            }
        }
        if (!hiddenActors.isEmpty()) {
            // the events that involve some actor still shown (an event that involves none goes)
            java.util.BitSet hidden = index.actorBits(hiddenActors);
            java.util.BitSet involvesShown = new java.util.BitSet(n);
            for (int a = 0; a < c.actors(); a++) {
                if (!hidden.get(a)) {
                    for (int p : c.ofActor(a)) {
                        involvesShown.set(p);
                    }
                }
            }
            shown.and(involvesShown);
        }
        if (place != null || !search.isEmpty()) {
            java.util.function.Predicate<ModelIndex.Info> rest = on(index);
            List<ModelIndex.Info> infos = index.infosInTimeOrder();
            for (int p = shown.nextSetBit(0); p >= 0; p = shown.nextSetBit(p + 1)) {
                if (!rest.test(infos.get(p))) {
                    shown.clear(p);
                }
            }
        }
        return shown;
    }

    /**
     * This filter as a test of one index's events, with what it needs worked out once (the hidden actors' bits, the
     * search words) rather than for every event: a filter change tests every event of the corpus.
     */
    public java.util.function.Predicate<ModelIndex.Info> on(ModelIndex index) {
        java.util.BitSet hidden = hiddenActors.isEmpty() ? null : index.actorBits(hiddenActors);
        String[] words = search.isEmpty() ? new String[0] : search.toLowerCase(Locale.ROOT).split("\\s+");
        long after = from == null ? Long.MIN_VALUE : from;
        long until = to == null ? Long.MAX_VALUE : to;
        return info -> {
            if (!types.contains(info.type()) || info.end() <= after || info.start() > until) {
                return false;
            }
            if (contestedOnly && !info.contested()) {
                return false;
            }
            if (place != null && !info.event().places().contains(place)) {
                return false;
            }
            if (hidden != null && !involvesShown(info, hidden)) {
                return false;
            }
            if (words.length > 0) {
                String text = index.searchText(info.event());
                for (String word : words) {
                    if (!text.contains(word)) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

}
