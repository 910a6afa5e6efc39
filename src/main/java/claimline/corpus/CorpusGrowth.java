package claimline.corpus;

import claimline.model.Document;
import claimline.model.EventModel;
import claimline.model.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What reading a grown folder again added: the new documents, the events more, the files that could not be read. */
public record CorpusGrowth(List<String> addedPaths, int newEvents, List<String> unreadablePaths) {
    public CorpusGrowth {
        addedPaths = List.copyOf(addedPaths);
        unreadablePaths = List.copyOf(unreadablePaths);
    }

    public static CorpusGrowth between(EventModel before, EventModel after) {
        Set<String> known = new HashSet<>();
        before.documents().forEach(d -> known.add(d.id()));
        Set<Problem> knownProblems = new HashSet<>(before.problems());
        List<String> added = after.documents().stream().filter(d -> !known.contains(d.id())).map(Document::path).toList();
        List<String> unreadable = after.problems().stream().filter(p -> !knownProblems.contains(p)).map(Problem::path)
                .distinct().toList();
        return new CorpusGrowth(added, after.events().size() - before.events().size(), unreadable);
    }

    public boolean nothingNew() { return addedPaths.isEmpty() && unreadablePaths.isEmpty(); }
}
