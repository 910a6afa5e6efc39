package claimline.app;

import claimline.model.Source;
import claimline.model.Stance;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.SideBySide;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Each party's version of the selected event in its own column: why it is contested across the top, the facts each
 * side states aligned in rows (the disputed ones marked), then every passage of the party's claims with its
 * claimant, stance, outlet and publication date, the party's own officials first.
 */
final class SideBySidePane extends ScrollPane {
    /**
     * A party's column is never narrower than this (as in the contested table): a name and the longer words of a
     * passage ("Armenia-Azerbaijan,") fit on a line.
     */
    private static final double PARTY_MIN = 180;
    private final MainViewModel vm;
    private final Consumer<Source> openSource;
    private final VBox body = new VBox(10);
    /** The width the pane shows of its content, inside the padding. */
    private final javafx.beans.binding.DoubleBinding visibleWidth;

    SideBySidePane(MainViewModel vm, Consumer<Source> openSource) {
        this.vm = vm;
        this.openSource = openSource;
        setId("side-by-side");
        // as wide as the pane, but never narrower than the columns' minimum: then a scroll bar sideways, the
        // sentences above the columns still wrapping at the pane's visible width
        setFitToWidth(true);
        body.setPadding(new Insets(10));
        visibleWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, getViewportBounds().getWidth() - body.getPadding().getLeft()
                        - body.getPadding().getRight()), viewportBoundsProperty());
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
        Label title = new Label(s.event().title() + " — " + Formats.time(s.event().time()));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        body.getChildren().add(title);
        claimline.viewmodel.ReportChronology chronology = vm.chronology();
        if (chronology != null) {
            Label first = new Label(ReportTexts.firstReport(chronology));
            first.setId("side-first-report");
            first.getStyleClass().add("first-report");
            first.setWrapText(true);
            body.getChildren().add(first);
        }
        if (s.contest().contested()) {
            Label why = new Label("⚠ " + Formats.contest(s.contest(), vm.index()));
            why.setId("side-contested-why");
            why.getStyleClass().add("disagreement");
            why.setWrapText(true);
            why.setMinWidth(0);
            body.getChildren().add(why);
        }
        if (s.partyCount() < 2) {
            body.getChildren().add(placeholder(Messages.get(s.partyCount() == 0 ? "side.noParty" : "side.single")));
        }
        body.getChildren().add(grid(s));
        body.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.maxWidthProperty().bind(visibleWidth);
            }
        });
    }

    /** A column per party; the first grid column names the facts, the rows below hold each party's passages. */
    private GridPane grid(SideBySide s) {
        GridPane grid = new GridPane();
        grid.setId("columns");
        // Long passages wrap inside their column rather than widen the grid past the pane; the columns' minimum
        // widths make the grid's own, so that four parties do not squeeze names to "United St…" and split words.
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(90);
        names.setPrefWidth(90);
        names.setMaxWidth(110);
        grid.getColumnConstraints().add(names);
        for (int c = 0; c < s.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setMinWidth(PARTY_MIN);
            cc.setPrefWidth(PARTY_MIN);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(s.columns().get(c).partyName());
            head.getStyleClass().add("party-heading");
            head.setWrapText(true);
            grid.add(head, c + 1, 0);
        }
        int row = 1;
        for (SideBySide.FactRow f : s.facts()) {
            Label name = new Label(Formats.factLabel(f.fact()));
            name.getStyleClass().add("fact-name");
            name.setWrapText(true);
            grid.add(name, 0, row);
            for (int c = 0; c < f.values().size(); c++) {
                List<String> values = f.values().get(c);
                Label cell = new Label(values.isEmpty() ? "—" : values.stream()
                        .map(v -> Formats.factValue(f.fact(), v, vm.index()::nameOf)).collect(Collectors.joining("; ")));
                cell.getStyleClass().add("fact-cell");
                if (f.disputed()) {
                    cell.getStyleClass().add("fact-disputed");
                }
                cell.setWrapText(true);
                cell.setMinWidth(0);
                cell.setMaxWidth(Double.MAX_VALUE);
                grid.add(cell, c + 1, row);
            }
            row++;
        }
        row = reportedRow(grid, row, s);
        for (int c = 0; c < s.columns().size(); c++) {
            VBox column = new VBox(8);
            column.setMinWidth(0);
            column.getStyleClass().add("party-column");
            for (SideBySide.Card card : s.columns().get(c).cards()) {
                column.getChildren().add(card(card));
            }
            grid.add(column, c + 1, row);
        }
        return grid;
    }

    /** When each side's version first appeared and how it changed, under its column. */
    private int reportedRow(GridPane grid, int row, SideBySide s) {
        claimline.viewmodel.ReportChronology c = vm.chronology();
        if (c == null) {
            return row;
        }
        Label name = new Label(Messages.get("side.reported"));
        name.getStyleClass().add("fact-name");
        name.setWrapText(true);
        grid.add(name, 0, row);
        for (int k = 0; k < s.columns().size(); k++) {
            String text = ReportTexts.ofParty(c, s.columns().get(k).party());
            Label cell = new Label(text.isEmpty() ? "—" : text);
            cell.getStyleClass().addAll("fact-cell", "reported-cell");
            cell.setWrapText(true);
            cell.setMinWidth(0);
            cell.setMaxWidth(Double.MAX_VALUE);
            grid.add(cell, k + 1, row);
        }
        return row + 1;
    }

    private VBox card(SideBySide.Card card) {
        Label who = new Label(card.claimantName());
        who.getStyleClass().add("claimant");
        who.setWrapText(true);
        Label stance = new Label(Formats.stance(card.stance()));
        stance.getStyleClass().addAll("stance", card.stance() == Stance.DENIES ? "stance-denies" : "stance-asserts");
        who.setMinWidth(0);
        Hyperlink passage = new Hyperlink(Passages.shorten(Passages.text(vm.index(), card.source()), 400));
        passage.setWrapText(true);
        passage.getStyleClass().add("source-link");
        passage.setOnAction(e -> openSource.accept(card.source()));
        Label where = new Label(card.document() == null ? "" : Formats.outletAndDate(card.document()));
        where.getStyleClass().add("card-source");
        where.setWrapText(true);
        if (card.document() != null) {
            where.setTooltip(new javafx.scene.control.Tooltip(Formats.heading(card.document())));
        }
        // the claimant on a line of its own, so that a long name wraps in a narrow column instead of being cut
        VBox box = new VBox(3, who, stance, passage, where);
        box.setMinWidth(0);
        box.getStyleClass().add("claim-card");
        box.setUserData(card.source());
        return box;
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        l.setWrapText(true);
        return l;
    }
}
