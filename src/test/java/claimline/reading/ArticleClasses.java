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

/**
 * Articles written for the tests (`src/test/resources/articles/classes`), each in Indonesian and in English, read
 * together as one corpus, and the questions the tests ask of the model made from them.
 */
final class ArticleClasses {
    final EventModel model;

    private ArticleClasses(EventModel model) {
        this.model = model;
    }

    /** Copies each article's two texts into {@code dir} and reads them as a corpus. */
    static ArticleClasses read(Path dir, List<String> articles) throws Exception {
        for (String a : articles) {
            for (String lang : List.of("id", "en")) {
                String name = a + "-" + lang + ".txt";
                try (var in = ArticleClasses.class.getResourceAsStream("/articles/classes/" + name)) {
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
        }
        return new ArticleClasses(new CorpusAnalyzer(2026).analyze(new CorpusReader().read(dir)));
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
