package claimline.app;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The keyboard help (F1): a cheat sheet made from {@link Shortcut#lines()}, one section per place the keys work. */
final class KeysHelp extends Dialog<Void> {
    KeysHelp(Window owner) {
        initOwner(owner);
        setTitle(Messages.get("menu.help.keys").replace("_", ""));
        setHeaderText(null);
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setId("keys-help");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 12, 12, 12));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(150);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        what.setMinWidth(220);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        Shortcut.Section section = null;
        for (Shortcut.Line line : Shortcut.lines()) {
            if (line.section() != section) {
                section = line.section();
                Label heading = new Label(Messages.get("keys.section." + section.name().toLowerCase(java.util.Locale.ROOT)));
                heading.getStyleClass().add("pane-heading");
                grid.add(heading, 0, row++, 2, 1);
            }
            FlowPane caps = new FlowPane(4, 2);
            for (int i = 0; i < line.keys().size(); i++) {
                if (i > 0) {
                    Label or = new Label(Messages.get("keys.or"));
                    or.getStyleClass().add("key-or");
                    caps.getChildren().add(or);
                }
                Label cap = new Label(line.keys().get(i));
                cap.getStyleClass().add("key-cap");
                caps.getChildren().add(cap);
            }
            Label description = new Label(line.description());
            description.getStyleClass().add("key-description");
            description.setWrapText(true);
            grid.add(caps, 0, row);
            grid.add(description, 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 520);
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(KeysHelp.class.getResource("/assets/styles/claimline.css").toExternalForm());
    }
}
