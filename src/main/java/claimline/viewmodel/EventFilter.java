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
 * @param hiddenActors actors the user unchecked: their claims are hidden, and events only they carry
 * @param types        event types shown
 * @param from         earliest time shown (epoch seconds), or null for no limit
 * @param to           latest time shown (epoch seconds), or null for no limit
 * @param contestedOnly only events whose parties' versions differ
 * @param search       words that must all occur in the title or a passage (case-insensitive)
 */
public record EventFilter(Set<String> hiddenActors, Set<EventType> types, Long from, Long to, boolean contestedOnly,
                          String search) {
    public static final EventFilter ALL = new EventFilter(Set.of(), EnumSet.allOf(EventType.class), null, null,
            false, "");

    public EventFilter {
        hiddenActors = Set.copyOf(hiddenActors);
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        search = search == null ? "" : search.strip();
    }

    public EventFilter withHiddenActors(Set<String> hidden) {
        return new EventFilter(hidden, types, from, to, contestedOnly, search);
    }

    public EventFilter withTypes(Set<EventType> t) {
        return new EventFilter(hiddenActors, t, from, to, contestedOnly, search);
    }

    public EventFilter withRange(Long f, Long t) {
        return new EventFilter(hiddenActors, types, f, t, contestedOnly, search);
    }

    public EventFilter withContestedOnly(boolean c) {
        return new EventFilter(hiddenActors, types, from, to, c, search);
    }

    public EventFilter withSearch(String s) {
        return new EventFilter(hiddenActors, types, from, to, contestedOnly, s);
    }

    /** Whether anything is filtered out at all. */
    public boolean isActive() {
        return !hiddenActors.isEmpty() || types.size() < EventType.values().length || from != null || to != null
                || contestedOnly || !search.isEmpty();
    }

    /** The claims of an event that stay visible: those whose claimant is not hidden. */
    public List<Claim> visibleClaims(Event e) {
        if (hiddenActors.isEmpty()) {
            return e.claims();
        }
        return e.claims().stream().filter(c -> !hiddenActors.contains(c.claimant())).toList();
    }

    /**
     * Whether every actor that speaks for a party in this event is hidden. Outlets telling the story in their own
     * voice speak for no party, so they do not keep an event on show once its parties are unchecked.
     */
    private boolean carriedOnlyByHidden(Event e, ModelIndex index) {
        boolean anyPartisan = false;
        for (String a : ModelIndex.participants(e)) {
            if (!index.partyOf(a).equals(ModelIndex.NO_PARTY)) {
                anyPartisan = true;
                if (!hiddenActors.contains(a)) {
                    return false;
                }
            }
        }
        return anyPartisan || ModelIndex.participants(e).stream().allMatch(hiddenActors::contains);
    }

    public boolean test(Event e, ModelIndex index) {
        if (!types.contains(e.type())) {
            return false;
        }
        if (from != null && e.time().endEpochSecond() <= from) {
            return false;
        }
        if (to != null && e.time().startEpochSecond() > to) {
            return false;
        }
        if (contestedOnly && !index.isContested(e)) {
            return false;
        }
        if (!hiddenActors.isEmpty() && (visibleClaims(e).isEmpty() || carriedOnlyByHidden(e, index))) {
            return false;
        }
        if (!search.isEmpty()) {
            String text = index.searchText(e);
            for (String word : search.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!text.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }
}
