package claimline.app;

import claimline.model.Claim;
import claimline.model.Event;
import claimline.model.Source;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.ModelIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The selected event: title, type, time with precision and basis, the words it came from, actors, places, claims. */
final class DetailsPane extends ScrollPane {
    private final MainViewModel vm;
    private final claimline.viewmodel.CorrectionsViewModel corrections;
    private final Consumer<Source> openSource;
    private final VBox body = new VBox(8);

    DetailsPane(MainViewModel vm, claimline.viewmodel.CorrectionsViewModel corrections, Consumer<Source> openSource) {
        this.vm = vm;
        this.corrections = corrections;
        this.openSource = openSource;
        setId("details");
        setFitToWidth(true);
        body.setPadding(new Insets(10));
        body.getStyleClass().add("details");
        setContent(body);
        vm.selectedProperty().addListener((o, was, now) -> show(now));
        vm.filterProperty().addListener((o, was, now) -> show(vm.selectedProperty().get()));
        vm.editsProperty().addListener((o, was, now) -> show(vm.selectedProperty().get()));
        show(vm.selectedProperty().get()); // made when its tab is first shown, maybe with an event selected already
    }

    private void show(Event e) {
        body.getChildren().clear();
        ModelIndex index = vm.index();
        if (e == null || index == null) {
            Label none = new Label(Messages.get("details.none"));
            none.getStyleClass().add("placeholder");
            body.getChildren().add(none);
            return;
        }
        Label title = new Label(e.title());
        title.setId("details-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label type = new Label(Formats.type(e.type()) + (e.background() ? Messages.get("details.background") : "")
                + (index.isContested(e) ? Messages.get("details.contested") : ""));
        type.getStyleClass().add("event-type");
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        int row = 0;
        Map.Entry<Integer, Label> time = fact(facts, row, "details.time", Formats.timeAndBasis(e.time()));
        time.getValue().setId("details-time");
        row = time.getKey();
        row = fact(facts, row, "details.precision", Formats.precision(e.time().precision())).getKey();
        row = fact(facts, row, "details.evidence", e.time().evidence().isBlank() ? "—"
                : "“" + Formats.isoDatesInWords(e.time().evidence()) + "”")
                .getKey();
        row = reported(facts, row, e, index);
        row = fact(facts, row, "details.actors", e.actors().stream().map(index::actorName)
                .collect(Collectors.joining(", "))).getKey();
        fact(facts, row, "details.places", e.places().stream().map(p -> placeName(index, p))
                .collect(Collectors.joining(", ")));
        body.getChildren().addAll(title, type, facts);
        claimline.viewmodel.Contest contest = index.contest(e);
        if (contest.contested()) {
            Label why = new Label(Formats.contest(contest, index));
            why.setId("contested-why");
            why.setWrapText(true);
            why.getStyleClass().add("contested-why");
            body.getChildren().add(why);
        }
        if (!e.disagreements().isEmpty()) {
            body.getChildren().add(heading("details.disagreements"));
            for (claimline.model.Disagreement d : e.disagreements()) {
                if (d.fact() == claimline.model.Fact.NOTE) {
                    continue; // notes are listed under their own heading
                }
                Label l = new Label("⚠ " + Formats.disagreement(d, index));
                l.setWrapText(true);
                l.getStyleClass().add("disagreement");
                body.getChildren().add(l);
            }
        }
        List<String> notes = corrections.notesOf(e);
        if (!notes.isEmpty()) {
            body.getChildren().add(heading("details.notes"));
            for (String n : notes) {
                Label l = new Label("✎ " + n);
                l.setWrapText(true);
                l.getStyleClass().add("note");
                body.getChildren().add(l);
            }
        }
        body.getChildren().add(heading("details.claims"));
        Map<String, List<Claim>> byClaimant = new LinkedHashMap<>();
        vm.filter().visibleClaims(e).forEach(c -> byClaimant.computeIfAbsent(c.claimant(), k -> new java.util.ArrayList<>()).add(c));
        byClaimant.forEach((claimant, claims) -> {
            String party = index.partyName(index.partyOf(claimant));
            Label who = new Label(index.partyOf(claimant).isEmpty() ? index.actorName(claimant)
                    : index.actorName(claimant) + "  ·  " + party);
            who.getStyleClass().add("claimant");
            body.getChildren().add(who);
            for (Claim c : claims) {
                body.getChildren().add(claimMenu(c, e));
                for (Source s : c.sources()) {
                    claimline.model.Document d = index.document(s.document());
                    Hyperlink link = new Hyperlink(Passages.shorten(Passages.text(index, s), 240)
                            + (d == null ? "" : "  — " + Formats.outletAndDate(d)));
                    link.getStyleClass().add("source-link");
                    link.setWrapText(true);
                    link.setOnAction(a -> openSource.accept(s));
                    body.getChildren().add(link);
                }
            }
        });
    }

    /**
     * When each party's version appeared and how it changed ("Armenia 13 Sep 2022 · Azerbaijan 13 Sep 2022 denies"),
     * and how long after the happening the first report came, with the reports that have no publication time.
     */
    private int reported(GridPane facts, int row, Event e, ModelIndex index) {
        claimline.viewmodel.ReportChronology c = claimline.viewmodel.ReportChronology.of(e, vm.filter().visibleClaims(e),
                index);
        Map.Entry<Integer, Label> line = fact(facts, row, "details.reported", ReportTexts.line(c, index));
        line.getValue().setId("details-reported");
        Map.Entry<Integer, Label> first = fact(facts, line.getKey(), "details.firstReport", ReportTexts.firstReport(c));
        first.getValue().setId("details-first-report");
        return first.getKey();
    }

    /** Corrections of one claim: its stance, its claimant, or moving it to an event of its own. */
    private javafx.scene.control.MenuButton claimMenu(Claim c, Event e) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(
                Messages.get("claim.correct", Formats.stance(c.stance())));
        menu.getStyleClass().addAll("claim-menu", "flat", "small");
        javafx.scene.control.MenuItem stance = new javafx.scene.control.MenuItem(c.stance() == claimline.model.Stance.DENIES
                ? Messages.get("claim.asserts") : Messages.get("claim.denies"));
        stance.setOnAction(a -> corrections.changeClaim(c, null, c.stance() == claimline.model.Stance.DENIES
                ? claimline.model.Stance.ASSERTS : claimline.model.Stance.DENIES));
        javafx.scene.control.MenuItem claimant = new javafx.scene.control.MenuItem(Messages.get("claim.claimant"));
        claimant.setOnAction(a -> {
            Map<String, String> byLabel = new LinkedHashMap<>();
            vm.index().model().actors().forEach(x -> byLabel.putIfAbsent(actorChoice(x.id()), x.id()));
            javafx.scene.control.ChoiceDialog<String> d = Dialogs.inLanguage(new javafx.scene.control.ChoiceDialog<>(
                    actorChoice(c.claimant()), byLabel.keySet()));
            d.setHeaderText(Messages.get("claim.claimant"));
            d.initOwner(getScene().getWindow());
            d.showAndWait().map(byLabel::get).ifPresent(id -> corrections.changeClaim(c, id, null));
        });
        javafx.scene.control.MenuItem split = new javafx.scene.control.MenuItem(Messages.get("claim.split"));
        split.setDisable(e.claims().size() < 2);
        split.setOnAction(a -> corrections.split(c));
        menu.getItems().addAll(stance, claimant, split);
        return menu;
    }

    /** An actor as the claimant choice lists it: its name, and its side when it has one ("… · Armenia"). */
    private String actorChoice(String actorId) {
        ModelIndex index = vm.index();
        String party = index.partyOf(actorId);
        return party.isEmpty() ? index.actorName(actorId) : index.actorName(actorId) + " · " + index.partyName(party);
    }

    private static String placeName(ModelIndex index, String id) {
        return index.model().placesById().containsKey(id) ? index.model().placesById().get(id).name() : id;
    }

    /** Adds a row "name: value"; returns the next row and the value's label. */
    private static Map.Entry<Integer, Label> fact(GridPane grid, int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("fact-name");
        Label v = new Label(value.isBlank() ? "—" : value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return Map.entry(row + 1, v);
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("pane-heading");
        return l;
    }
}
