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
        show(null);
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
        Label type = new Label(Messages.name("type", e.type()) + (e.background() ? Messages.get("details.background") : "")
                + (index.isContested(e) ? Messages.get("details.contested") : ""));
        type.getStyleClass().add("event-type");
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "details.time", TimeTexts.of(e.time().start())
                + (e.time().end() != null ? " – " + TimeTexts.of(e.time().end()) : "") + "  ("
                + Messages.name("precision", e.time().precision()) + ")");
        row = fact(facts, row, "details.basis", Messages.name("basis", e.time().basis()));
        row = fact(facts, row, "details.evidence", e.time().evidence().isBlank() ? "—" : "“" + e.time().evidence() + "”");
        row = fact(facts, row, "details.actors", e.actors().stream().map(index::actorName).collect(Collectors.joining(", ")));
        fact(facts, row, "details.places", e.places().stream().map(p -> placeName(index, p)).collect(Collectors.joining(", ")));
        body.getChildren().addAll(title, type, facts);
        if (!e.disagreements().isEmpty()) {
            body.getChildren().add(heading("details.disagreements"));
            for (String d : index.disagreementTexts(e)) {
                Label l = new Label("⚠ " + d);
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
            Label who = new Label(index.actorName(claimant) + "  ·  " + party);
            who.getStyleClass().add("claimant");
            body.getChildren().add(who);
            for (Claim c : claims) {
                body.getChildren().add(claimMenu(c, e));
                for (Source s : c.sources()) {
                    Hyperlink link = new Hyperlink((c.stance() == claimline.model.Stance.DENIES
                            ? claimline.viewmodel.Texts.get("claim.deniesMark") : "")
                            + Passages.shorten(Passages.text(index, s), 240));
                    link.getStyleClass().add("source-link");
                    link.setWrapText(true);
                    link.setOnAction(a -> openSource.accept(s));
                    body.getChildren().add(link);
                }
            }
        });
    }

    /** Corrections of one claim: its stance, its claimant, or moving it to an event of its own. */
    private javafx.scene.control.MenuButton claimMenu(Claim c, Event e) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(
                Messages.get("claim.correct", Messages.name("stance", c.stance())));
        menu.getStyleClass().addAll("claim-menu", "flat", "small");
        javafx.scene.control.MenuItem stance = new javafx.scene.control.MenuItem(c.stance() == claimline.model.Stance.DENIES
                ? Messages.get("claim.asserts") : Messages.get("claim.denies"));
        stance.setOnAction(a -> corrections.changeClaim(c, null, c.stance() == claimline.model.Stance.DENIES
                ? claimline.model.Stance.ASSERTS : claimline.model.Stance.DENIES));
        javafx.scene.control.MenuItem claimant = new javafx.scene.control.MenuItem(Messages.get("claim.claimant"));
        claimant.setOnAction(a -> {
            Map<String, String> byLabel = new LinkedHashMap<>();
            vm.index().model().actors().forEach(x -> byLabel.put(x.name() + " (" + x.id() + ")", x.id()));
            javafx.scene.control.ChoiceDialog<String> d = Dialogs.inLanguage(new javafx.scene.control.ChoiceDialog<>(
                    index(c.claimant()), byLabel.keySet()));
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

    private String index(String actorId) {
        return vm.index().actorName(actorId) + " (" + actorId + ")";
    }

    private static String placeName(ModelIndex index, String id) {
        return index.model().placesById().containsKey(id) ? index.model().placesById().get(id).name() : id;
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        Label k = new Label(Messages.get(key));
        k.getStyleClass().add("fact-name");
        Label v = new Label(value.isBlank() ? "—" : value);
        v.setWrapText(true);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("pane-heading");
        return l;
    }
}
