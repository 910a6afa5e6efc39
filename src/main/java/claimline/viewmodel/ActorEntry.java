package claimline.viewmodel;

import java.util.List;

/**
 * One row of the actor filter: a party heading (checking it checks all its actors) or an actor under it.
 *
 * @param key     the party key for a heading, the actor id otherwise
 * @param members the actor ids a heading stands for; just the actor for an actor row
 */
public record ActorEntry(String key, boolean party, String label, int count, List<String> members) {
    public ActorEntry {
        members = List.copyOf(members);
    }

    @Override
    public String toString() {
        return (party ? "" : "    ") + label + " (" + count + ")";
    }
}
