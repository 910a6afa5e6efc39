package claimline.reading;

import claimline.corpus.CorpusReader;
import claimline.model.Actor;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Stance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of articles written for the tests (`src/test/resources/articles/classes`), each in Indonesian and in English,
 * read together as one corpus once for the test class, with the questions the tests ask of the model made from them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadsArticleClasses {
    EventModel model;

    /** The articles this test reads, by name without the language ("unknown-conflict"). */
    abstract List<String> articles();

    @BeforeAll
    void read(@TempDir Path dir) throws Exception {
        for (String a : articles()) {
            for (String lang : List.of("id", "en")) {
                String name = a + "-" + lang + ".txt";
                try (var in = ReadsArticleClasses.class.getResourceAsStream("/articles/classes/" + name)) {
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
        }
        model = new CorpusAnalyzer(2026).analyze(new CorpusReader().read(dir));
    }

    /** The events with a source in the document. */
    List<Event> eventsOf(String document) {
        return model.events().stream().filter(e -> e.sources().stream().anyMatch(s -> s.document().equals(document)))
                .toList();
    }

    /** The parties of the event's claims with the stance. */
    Set<String> parties(Event e, Stance stance) {
        return e.claims().stream().filter(c -> c.stance() == stance).map(c -> model.partyOf(c.claimant()))
                .collect(Collectors.toSet());
    }

    Actor actor(String id) {
        return model.actor(id).orElseThrow();
    }
}
