package claimline.reading.actors;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.CorpusReader;
import claimline.model.Claim;
import claimline.model.EventModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import claimline.reading.CorpusAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spokesman one article names with his state and another only by role and name is one person, who speaks for his
 * state in both; a name two articles give two sides keeps neither in an article that gives none. Togo and Ghana, which
 * the gazetteer has no entry for, and people it does not know.
 */
class PeopleAcrossArticlesTest {
    private static final String WITH_STATE = "LOME, March 4, 2025 - Togolese soldiers fired on Ghanaian border guards near "
            + "Aflao on Monday, Togo's foreign ministry spokesman Komla Adjavon said on Tuesday.\n";
    private static final String ROLE_ONLY = "LOME, 6 Maret 2025 - Juru bicara Komla Adjavon mengatakan pada Rabu (5/3/2025) "
            + "bahwa pasukan Ghana menyerang pos perbatasan di Aflao pada Rabu.\n";

    private static Map<String, String> claimantSides(EventModel model, String document) {
        return model.events().stream().flatMap(e -> e.claims().stream())
                .filter(c -> c.sources().stream().anyMatch(s -> s.document().equals(document)))
                .map(Claim::claimant).distinct()
                .collect(Collectors.toMap(c -> c, c -> Objects.toString(model.actorsById().get(c).party())));
    }

    private static EventModel read(Path dir, Map<String, String> texts) throws Exception {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Files.writeString(dir.resolve(t.getKey() + ".txt"), t.getValue());
        }
        return new CorpusAnalyzer(2026).analyze(new CorpusReader().read(dir));
    }

    @Test
    void aSpokesmanNamedWithoutHisStateSpeaksForTheStateAnotherArticleGivesHim(@TempDir Path dir) throws Exception {
        EventModel alone = read(dir.resolve("alone"), Map.of("role-only", ROLE_ONLY));
        assertThat(claimantSides(alone, "role-only")).containsEntry("komla-adjavon", "null");

        EventModel both = read(dir.resolve("both"), Map.of("with-state", WITH_STATE, "role-only", ROLE_ONLY));
        assertThat(claimantSides(both, "role-only")).doesNotContainKey("komla-adjavon").containsValue("TGO");
    }

    @Test
    void aNameTwoArticlesGiveTwoSidesStaysSideless(@TempDir Path dir) throws Exception {
        String otherSide = "ACCRA, March 4, 2025 - Ghana's foreign ministry spokesman Komla Adjavon said Togolese "
                + "soldiers fired on Ghanaian border guards near Aflao on Monday.\n";
        EventModel model = read(dir.resolve("three"),
                Map.of("with-state", WITH_STATE, "other-side", otherSide, "role-only", ROLE_ONLY));
        assertThat(claimantSides(model, "role-only")).containsEntry("komla-adjavon", "null");
    }

}
