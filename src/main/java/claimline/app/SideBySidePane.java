package claimline.app;

import claimline.model.Source;
import claimline.model.Stance;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.SideBySide;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Each party's version of the selected event in its own column: the disagreements across the top, the facts they
 * state differently aligned in rows, then every claim with its stance, passage, document and outlet.
 */
final class SideBySidePane extends ScrollPane {
    private final MainViewModel vm;
    private final Consumer<Source> openSource;
    private final VBox body = new VBox(10);

    SideBySidePane(MainViewModel vm, Consumer<Source> openSource) {
        this.vm = vm;
        this.openSource = openSource;
        setId("side-by-side");
        setFitToWidth(true);
        body.setPadding(new Insets(10));
        body.setMinWidth(0);
        setContent(body);
        vm.selectedProperty().addListener((o, was, now) -> refresh());
        vm.filterProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        body.getChildren().clear();
        SideBySide s = vm.sideBySide();
        if (s == null) {
            body.getChildren().add(placeholder(Messages.get("side.none")));
            return;
        }
        Label title = new Label(s.event().title() + " — " + TimeTexts.of(s.event().time().start()));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        body.getChildren().add(title);
        if (!s.disagreements().isEmpty()) {
            VBox badges = new VBox(4);
            badges.setId("disagreements");
            for (String d : s.disagreements()) {
                Label b = new Label("⚠ " + d);
                b.getStyleClass().add("disagreement");
                b.setWrapText(true);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setMinWidth(0);
                badges.getChildren().add(b);
            }
            body.getChildren().add(badges);
        }
        if (s.partyCount() < 2) {
            body.getChildren().add(placeholder(Messages.get("side.single")));
        }
        GridPane grid = new GridPane();
        grid.setId("columns");
        // Long passages must wrap inside the pane rather than widen the grid past it.
        grid.setMinWidth(0);
        grid.setHgap(12);
        grid.setVgap(6);
        for (int c = 0; c < s.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / s.columns().size());
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(0);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(s.columns().get(c).partyName());
            head.getStyleClass().add("party-heading");
            grid.add(head, c, 0);
        }
        int row = 1;
        for (SideBySide.FactRow f : s.facts()) {
            for (int c = 0; c < f.values().size(); c++) {
                Label cell = new Label(f.values().get(c).isEmpty() ? "—" : f.fact() + ": " + f.values().get(c));
                cell.getStyleClass().add("fact-cell");
                cell.setWrapText(true);
                cell.setMinWidth(0);
                grid.add(cell, c, row);
            }
            row++;
        }
        for (int c = 0; c < s.columns().size(); c++) {
            VBox column = new VBox(8);
            column.setMinWidth(0);
            column.getStyleClass().add("party-column");
            for (SideBySide.Card card : s.columns().get(c).cards()) {
                column.getChildren().add(card(card));
            }
            grid.add(column, c, row);
        }
        body.getChildren().add(grid);
    }

    private VBox card(SideBySide.Card card) {
        Label who = new Label(card.claimantName());
        who.getStyleClass().add("claimant");
        Label stance = new Label(Messages.name("stance", card.stance()));
        stance.getStyleClass().addAll("stance", card.stance() == Stance.DENIES ? "stance-denies" : "stance-asserts");
        FlowPane head = new FlowPane(6, 2, who, stance);
        Hyperlink passage = new Hyperlink(Passages.shorten(Passages.text(vm.index(), card.source()), 400));
        passage.setWrapText(true);
        passage.getStyleClass().add("source-link");
        passage.setOnAction(e -> openSource.accept(card.source()));
        Label where = new Label(card.documentTitle() + (card.outlet().isBlank() ? "" : " · " + card.outlet()));
        where.getStyleClass().add("card-source");
        where.setWrapText(true);
        VBox box = new VBox(3, head, passage, where);
        box.setMinWidth(0);
        box.getStyleClass().add("claim-card");
        return box;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        l.setWrapText(true);
        return l;
    }
}
