package claimline.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corpus.CorpusReader;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.EventModel;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Stance;
import claimline.reading.CorpusAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectorTest {
    private final EventModel seeds = Seeds.model();

    private Event night() {
        return seeds.events().stream().filter(e -> e.time().start().iso().equals("2022-09-13T00:05+04:00"))
                .findFirst().orElseThrow();
    }

    private static Anchor anchor(Event e) {
        return Anchor.of(e.sources().get(0));
    }

    private static Event find(EventModel m, Anchor a) {
        return m.events().get(Corrector.eventAt(m.events(), a).orElseThrow());
    }

    @Test
    void hidingRemovesTheEventAndNothingElse() {
        Corrector.Result r = Corrector.apply(seeds, List.of(new Correction.HideEvent(anchor(night()))));
        assertThat(r.model().events()).hasSize(seeds.events().size() - 1).doesNotContain(night());
        assertThat(r.unapplied()).isEmpty();
    }

    @Test
    void editingChangesTitleTypeTimeAndKeepsTheId() {
        Correction.EditEvent edit = new Correction.EditEvent(anchor(night()), "Shelling of Jermuk", EventType.ATTACK,
                "2022-09-13T00:10+04:00", Precision.MINUTE, List.of("aze", "arm"), null);
        Event e = find(Corrector.apply(seeds, List.of(edit)).model(), anchor(night()));
        assertThat(e.id()).isEqualTo(night().id());
        assertThat(e.title()).isEqualTo("Shelling of Jermuk");
        assertThat(e.type()).isEqualTo(EventType.ATTACK);
        assertThat(e.time().start().iso()).isEqualTo("2022-09-13T00:10+04:00");
        assertThat(e.time().evidence()).isEqualTo("set by the analyst");
        assertThat(e.actors()).containsExactly("aze", "arm");
        assertThat(e.places()).isEqualTo(night().places());
    }

    @Test
    void aClaimChangesStanceAndClaimant() {
        Claim c = night().claims().get(0);
        Correction change = new Correction.ChangeClaim(Anchor.of(c.sources().get(0)), "rus", Stance.DENIES);
        Event e = find(Corrector.apply(seeds, List.of(change)).model(), anchor(night()));
        assertThat(e.claims()).anyMatch(x -> x.sources().equals(c.sources()) && x.claimant().equals("rus")
                && x.stance() == Stance.DENIES);
    }

    @Test
    void mergingJoinsClaimsAndSplittingTakesOneOut() {
        Event other = seeds.events().stream().filter(e -> e.type() == EventType.CEASEFIRE && !e.background())
                .findFirst().orElseThrow();
        Corrector.Result merged = Corrector.apply(seeds, List.of(new Correction.MergeEvents(anchor(night()),
                anchor(other))));
        assertThat(merged.model().events()).hasSize(seeds.events().size() - 1);
        Event joined = find(merged.model(), anchor(night()));
        assertThat(joined.claims()).containsAll(other.claims()).containsAll(night().claims());

        // a claim whose passage tells of this event only (a sentence telling a truce and the fighting before it
        // supports a claim on each)
        Claim moved = night().claims().stream().filter(c -> seeds.events().stream().filter(e -> e != night())
                .flatMap(e -> e.claims().stream()).flatMap(x -> x.sources().stream())
                .noneMatch(s -> s.equals(c.sources().get(0)))).reduce((a, b) -> b).orElseThrow();
        Corrector.Result split = Corrector.apply(seeds, List.of(new Correction.SplitClaim(Anchor.of(moved.sources().get(0)))));
        assertThat(split.model().events()).hasSize(seeds.events().size() + 1);
        assertThat(split.model().events()).anyMatch(e -> e.claims().equals(List.of(moved)) && e.title().endsWith("(split)"));
        assertThat(find(split.model(), anchor(night())).claims()).doesNotContain(moved);
    }

    @Test
    void disagreementsFollowTheCorrectedClaims() {
        Claim denial = night().claims().stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertThat(night().disagreements()).anyMatch(d -> d.fact() == Fact.DENIAL);
        // the analyst reads the denial as an assertion: the event no longer records a denial
        Correction asserts = new Correction.ChangeClaim(Anchor.of(denial.sources().get(0)), null, Stance.ASSERTS);
        Event changed = find(Corrector.apply(seeds, List.of(asserts)).model(), anchor(night()));
        assertThat(changed.disagreements()).noneMatch(d -> d.fact() == Fact.DENIAL)
                .anyMatch(d -> d.fact() == Fact.BLAME);
        // split off, the denial goes with its claim
        EventModel split = Corrector.apply(seeds, List.of(new Correction.SplitClaim(Anchor.of(denial.sources().get(0)))))
                .model();
        assertThat(find(split, anchor(night())).disagreements()).noneMatch(d -> d.fact() == Fact.DENIAL);
        assertThat(find(split, Anchor.of(denial.sources().get(0))).disagreements())
                .containsExactly(new Disagreement(Fact.DENIAL, java.util.Map.of(denial.claimant(), "denies the account")));
        // every Armenian claim said instead by Azerbaijan: one side left, nothing to disagree on but the denial
        List<Correction> oneSide = night().claims().stream().filter(c -> "ARM".equals(seeds.sideOf(c.claimant())))
                .map(c -> (Correction) new Correction.ChangeClaim(Anchor.of(c.sources().get(0)), "aze", null)).toList();
        Event oneSided = find(Corrector.apply(seeds, oneSide).model(), anchor(night()));
        assertThat(oneSided.disagreements()).noneMatch(d -> d.byParty().containsKey("ARM"));
    }

    @Test
    void notesArePartOfTheirEventAndFollowItThroughEditsAndMerges() {
        Event other = seeds.events().stream().filter(e -> !e.equals(night()) && !e.background()).findFirst()
                .orElseThrow();
        Corrector.Result r = Corrector.apply(seeds, List.of(
                new Correction.AddNote(anchor(night()), "check with OSCE"),
                new Correction.EditEvent(anchor(night()), "Shelling near Goris", null, null, null, null, null),
                new Correction.ChangeClaim(Anchor.of(night().claims().get(0).sources().get(0)), null, Stance.DENIES),
                new Correction.AddNote(anchor(other), "same night?"),
                new Correction.MergeEvents(anchor(night()), anchor(other))));
        assertThat(r.unapplied()).isEmpty();
        Event merged = find(r.model(), anchor(night()));
        assertThat(merged.title()).isEqualTo("Shelling near Goris");
        assertThat(merged.notes()).containsExactly("check with OSCE", "same night?");
        assertThat(r.model().events()).filteredOn(e -> e != merged).allSatisfy(e -> assertThat(e.notes()).isEmpty());
    }

    @Test
    void aCorrectionThatNoLongerFindsItsPassageIsListedWithTheReason() {
        Correction gone = new Correction.HideEvent(new Anchor("no-such-document", 0, 10));
        Correction badActor = new Correction.ChangeClaim(Anchor.of(night().claims().get(0).sources().get(0)),
                "nobody", null);
        Corrector.Result r = Corrector.apply(seeds, List.of(gone, badActor));
        assertThat(r.unapplied()).extracting(Corrector.Unapplied::correction).containsExactly(gone, badActor);
        assertThat(r.unapplied()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
        assertThat(r.model().events()).hasSize(seeds.events().size());
    }

    @Test
    void historyUndoesAndRedoes() {
        CorrectionHistory h = new CorrectionHistory();
        Correction hide = new Correction.HideEvent(anchor(night()));
        h.add(hide);
        assertThat(Corrector.apply(seeds, h.corrections()).model().events()).doesNotContain(night());
        h.undo();
        assertThat(Corrector.apply(seeds, h.corrections()).model().events()).contains(night());
        assertThat(h.canRedo()).isTrue();
        h.redo();
        assertThat(h.corrections()).containsExactly(hide);
    }

    @Test
    void correctionsSurviveRereadingWithNewArticlesAndReportWhenTheirArticleIsGone(@TempDir Path dir)
            throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (var files = Files.list(Seeds.folder())) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        CorpusAnalyzer analyzer = new CorpusAnalyzer(2026);
        EventModel first = analyzer.analyze(new CorpusReader().read(corpus));
        Event night = first.events().stream().filter(e -> e.time().start().iso().equals("2022-09-13T00:05+04:00"))
                .findFirst().orElseThrow();
        Event fromDoc002 = first.events().stream().filter(e -> e.sources().stream()
                .allMatch(s -> s.document().startsWith("002_"))).findFirst().orElseThrow();
        List<Correction> made = List.of(new Correction.AddNote(anchor(night), "two versions"),
                new Correction.HideEvent(anchor(fromDoc002)));

        Files.writeString(corpus.resolve("zz-new.txt"), "Bishkek, 15 September 2022 (Border Monitor) - Kyrgyzstan's "
                + "defence ministry said Tajik forces shelled border posts near Batken on Wednesday night.");
        EventModel reread = analyzer.analyze(new CorpusReader().read(corpus));
        Corrector.Result again = Corrector.apply(reread, made);
        assertThat(again.unapplied()).isEmpty();
        assertThat(again.model().events()).filteredOn(e -> !e.notes().isEmpty()).singleElement()
                .satisfies(e -> assertThat(e.notes()).containsExactly("two versions"));

        try (var files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("002_")).toList()) {
                Files.delete(f);
            }
        }
        Corrector.Result without = Corrector.apply(analyzer.analyze(new CorpusReader().read(corpus)), made);
        assertThat(without.unapplied()).extracting(Corrector.Unapplied::correction).containsExactly(made.get(1));
    }

    @Test
    void aProjectFileRoundTripsAndRefusesBadCorrections(@TempDir Path dir) throws Exception {
        List<Correction> made = List.of(new Correction.AddNote(anchor(night()), "note"),
                new Correction.EditEvent(anchor(night()), "t", EventType.ATTACK, "2022-09-13", Precision.DAY, null,
                        List.of()),
                new Correction.ChangeClaim(Anchor.of(night().claims().get(0).sources().get(0)), null, Stance.DENIES),
                new Correction.MergeEvents(anchor(night()), anchor(seeds.events().get(0))),
                new Correction.SplitClaim(Anchor.of(night().claims().get(1).sources().get(0))),
                new Correction.HideEvent(anchor(seeds.events().get(1))));
        Path file = dir.resolve("p.claimline.json");
        ProjectFiles.save(new Project("corpus", made, Corrector.apply(seeds, made).model()), file);
        Project back = ProjectFiles.load(file);
        assertThat(back.corrections()).isEqualTo(made);
        assertThat(back.corpus()).isEqualTo("corpus");
        assertThat(back.model().events()).hasSize(Corrector.apply(seeds, made).model().events().size());
        assertThat(ProjectFiles.isProject(file)).isTrue();

        ProjectFiles.save(new Project("corpus", List.of(), seeds), file);
        assertThat(Files.exists(dir.resolve("p.claimline.json.bak"))).as("the previous version is kept").isTrue();

        Files.writeString(file, Files.readString(file).replace("\"corrections\" : [ ]",
                "\"corrections\" : [ {\"kind\": \"launch_missiles\"} ]"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectFiles.load(file))
                .hasMessageContaining("launch_missiles");
    }
}
