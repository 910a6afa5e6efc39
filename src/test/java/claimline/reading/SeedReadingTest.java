package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Precision;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reader against a hand reading of the five seeds (what an analyst finds in them). */
class SeedReadingTest {
    private final EventModel model = Seeds.model();

    @Test
    void publicationDatesFollowTheGuide() {
        assertThat(pub("000")).isEqualTo("2022-09-20");
        assertThat(pub("001")).isEqualTo("2022-09-13");
        assertThat(pub("002")).isEqualTo("2021-11-16");
        assertThat(pub("003")).isEqualTo("2022-09-13");
        assertThat(pub("004")).isEqualTo("2022-09-13");
        assertThat(doc("004").published().basis().json()).isEqualTo("stated");
        assertThat(doc("002").published().basis().json()).isEqualTo("inferred");
    }

    @Test
    void outletsComeFromDatelines() {
        assertThat(doc("000").outlet()).isEqualTo("TRIBUNNEWS.COM");
        assertThat(doc("001").outlet()).isEqualTo("Berita Baru");
        assertThat(doc("004").outlet()).isEqualTo("KOMPAS.com");
    }

    @Test
    void theNightOfFightingIsOneEventWithBothSidesClaims() {
        Event night = model.events().stream()
                .filter(e -> e.type().isViolence() && e.time().start().iso().equals("2022-09-13T00:05+04:00"))
                .findFirst().orElseThrow();
        assertThat(night.time().precision()).isEqualTo(Precision.MINUTE);
        Set<String> parties = night.claims().stream().map(c -> model.partyOf(c.claimant())).collect(Collectors.toSet());
        assertThat(parties).contains("ARM", "AZE");
        assertThat(night.sources().stream().map(s -> s.document().substring(0, 3)).collect(Collectors.toSet()))
                .contains("000", "001", "004");
        assertThat(night.disagreements()).anyMatch(d -> d.fact() == Fact.BLAME && d.byParty().keySet().containsAll(List.of("ARM", "AZE")));
        assertThat(model.disagreementTexts(night)).anyMatch(d -> d.startsWith("who started it: Armenia blames Azerbaijan"));
        long nights = model.events().stream().filter(e -> e.type().isViolence() && !e.background()
                && e.time().start().date().toString().equals("2022-09-13")).count();
        assertThat(nights).as("the night is shown once").isEqualTo(1);
    }

    @Test
    void theDefenceMinistersCallIsOneEventAcrossOutlets() {
        var calls = model.events().stream().filter(e -> e.type() == EventType.DIPLOMACY
                && e.actors().contains("suren-papikyan") && e.actors().contains("sergei-shoigu")).toList();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).sources().stream().map(s -> s.document().substring(0, 3)).distinct()).contains("001", "004");
    }

    @Test
    void phoningThreeLeadersIsThreeCalls() {
        long calls = model.events().stream().filter(e -> e.type() == EventType.DIPLOMACY
                && e.sources().stream().anyMatch(s -> s.document().startsWith("004") && s.start() == 1032)).count();
        assertThat(calls).isEqualTo(3);
    }

    @Test
    void the2021ClashIsDatedFromItsOwnArticle() {
        assertThat(model.events()).anyMatch(e -> e.type().isViolence() && !e.background()
                && e.time().start().date().toString().equals("2021-11-16"));
        assertThat(model.events()).anyMatch(e -> e.type() == EventType.CEASEFIRE
                && e.time().start().iso().equals("2021-11-16T17:30+04:00"));
    }

    @Test
    void historyIsBackground() {
        assertThat(model.events()).anyMatch(e -> e.background() && e.time().start().iso().equals("2020"));
    }

    @Test
    void aDenialIsADenyingClaim() {
        assertThat(model.events().stream().flatMap(e -> e.claims().stream()))
                .anyMatch(c -> c.claimant().equals("arm") && c.stance().json().equals("denies"));
    }

    private Document doc(String prefix) {
        return model.documents().stream().filter(d -> d.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private String pub(String prefix) {
        return String.valueOf(doc(prefix).published().date());
    }
}
