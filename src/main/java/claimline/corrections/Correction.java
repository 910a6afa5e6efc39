package claimline.corrections;

import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Stance;
import java.util.List;
import java.util.Objects;

/**
 * One change an analyst made to the reading. Each is a command the {@link Corrector} replays on a freshly read
 * model, so undo is dropping it and redo is adding it back.
 */
public sealed interface Correction {
    /** What the correction does, for the history and for the list of corrections that no longer apply. */
    String describe();

    /**
     * New title, type, time, actors or places of an event; a null field is left as the reader had it.
     *
     * @param start ISO-8601 at {@code precision}, as in the export format
     */
    record EditEvent(Anchor event, String title, EventType type, String start, Precision precision,
                     List<String> actors, List<String> places) implements Correction {
        public EditEvent {
            Objects.requireNonNull(event);
            actors = actors == null ? null : List.copyOf(actors);
            places = places == null ? null : List.copyOf(places);
            if ((start == null) != (precision == null)) {
                throw new IllegalArgumentException("a corrected time needs both its value and its precision");
            }
        }

        @Override
        public String describe() {
            return "edit the event at " + event;
        }
    }

    /** Another claimant or stance for the claim whose passage this is; null leaves it as it was. */
    record ChangeClaim(Anchor claim, String claimant, Stance stance) implements Correction {
        public ChangeClaim {
            Objects.requireNonNull(claim);
        }

        @Override
        public String describe() {
            return "change the claim at " + claim;
        }
    }

    /** The two events are one happening: {@code from}'s claims, actors and places move into {@code into}. */
    record MergeEvents(Anchor into, Anchor from) implements Correction {
        public MergeEvents {
            Objects.requireNonNull(into);
            Objects.requireNonNull(from);
        }

        @Override
        public String describe() {
            return "merge the event at " + from + " into the event at " + into;
        }
    }

    /** The claim is about another happening: it becomes an event of its own. */
    record SplitClaim(Anchor claim) implements Correction {
        public SplitClaim {
            Objects.requireNonNull(claim);
        }

        @Override
        public String describe() {
            return "split the claim at " + claim + " into a new event";
        }
    }

    /** The event is not a happening (a misreading): it is left out of the model. */
    record HideEvent(Anchor event) implements Correction {
        public HideEvent {
            Objects.requireNonNull(event);
        }

        @Override
        public String describe() {
            return "hide the event at " + event;
        }
    }

    /** A note the analyst keeps on an event. */
    record AddNote(Anchor event, String note) implements Correction {
        public AddNote {
            Objects.requireNonNull(event);
            Objects.requireNonNull(note);
        }

        @Override
        public String describe() {
            return "note on the event at " + event + ": " + note;
        }
    }
}
