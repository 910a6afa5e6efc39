package claimline.app;

import claimline.model.Document;
import claimline.model.Source;
import claimline.model.Span;
import claimline.viewmodel.ReaderViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The article a passage comes from, headed by its title, outlet and publication date (with how it was inferred);
 * the passage highlighted and scrolled into view, boilerplate greyed, and buttons to walk the event's sources.
 */
final class SourceReaderPane extends BorderPane {
    /** Longer articles are shown as a window around the passage, so a 50 MB file cannot stall the window. */
    private static final int WINDOW = 60_000;
    private final ReaderViewModel reader;
    private final Label heading = new Label(Messages.get("reader.none"));
    private final Label position = new Label();
    private final Label published = new Label();
    private final TextFlow flow = new TextFlow();
    private final Path highlightShape = new Path();
    private final Pane shapes = new Pane(highlightShape);
    private final ScrollPane scroll;
    private Text highlight;

    SourceReaderPane(ReaderViewModel reader) {
        this.reader = reader;
        setId("reader");
        getStyleClass().add("source-reader");
        heading.setId("reader-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("reader-heading");
        flow.setId("reader-text");
        flow.setLineSpacing(3);
        highlightShape.getStyleClass().add("highlight-shape");
        highlightShape.setManaged(false);
        shapes.setMouseTransparent(true);
        StackPane stack = new StackPane(shapes, flow);
        // The margin around the text is the stack's, not the flow's: TextFlow.rangeShape answers in the coordinates
        // of its text layout, which ignore the flow's own insets in JavaFX 21 (JDK-8341438), so a padded flow drew
        // the band 10 px up and to the left of the passage.
        stack.setPadding(new Insets(10));
        scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        Button prev = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        prev.setId("reader-prev");
        prev.setTooltip(new javafx.scene.control.Tooltip(Messages.get("reader.previous")));
        prev.setOnAction(e -> reader.previous());
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("reader-next");
        next.setTooltip(new javafx.scene.control.Tooltip(Messages.get("reader.next")));
        next.setOnAction(e -> reader.next());
        position.setId("reader-position");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, position, grow, prev, next);
        bar.setPadding(new Insets(4, 8, 4, 8));
        published.setId("reader-published");
        published.getStyleClass().add("reader-published");
        published.setWrapText(true);
        // at 1024x700 the reader is narrow: the heading took five lines and the note three, leaving the article two;
        // each is kept to two lines (cut with an ellipsis), the whole of it on hover
        atMostTwoLines(heading);
        atMostTwoLines(published);
        VBox top = new VBox(2, heading, published, bar);
        top.setPadding(new Insets(8, 8, 0, 8));
        setTop(top);
        setCenter(scroll);
        reader.highlightedProperty().addListener((o, was, now) -> show(reader.documentProperty().get(), now));
        flow.layoutBoundsProperty().addListener((o, was, now) -> placeHighlight());
        // New text is laid out on the next pulse; place the highlight once it is.
        flow.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                placeHighlight();
            }
        });
    }

    private static void atMostTwoLines(Label label) {
        label.fontProperty().addListener((o, was, now) -> label.setMaxHeight(twoLines(now)));
        label.setMaxHeight(twoLines(label.getFont()));
    }

    /** A tooltip with the whole of a text cut to two lines, wrapped to a readable width. */
    private static javafx.scene.control.Tooltip whole(String text) {
        javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /** Room for two lines and not three (with the label's padding): the label cuts its text after the second. */
    private static double twoLines(javafx.scene.text.Font font) {
        Text two = new Text("X\nX");
        two.setFont(font);
        Text one = new Text("X");
        one.setFont(font);
        return Math.ceil(two.getLayoutBounds().getHeight() + one.getLayoutBounds().getHeight() / 2);
    }

    private void show(Document d, Source s) {
        flow.getChildren().clear();
        highlight = null;
        highlightShape.getElements().clear();
        if (d == null) {
            heading.setText(Messages.get("reader.none"));
            heading.setTooltip(null);
            published.setText("");
            published.setTooltip(null);
            position.setText("");
            return;
        }
        heading.setText(Formats.heading(d));
        heading.setTooltip(whole(heading.getText()));
        String why = Formats.isoDatesInWords(d.published().evidence());
        published.setText(Formats.published(d) + (why.isBlank() ? "" : ": " + why));
        published.setTooltip(whole(published.getText()));
        int at = reader.positionProperty().get();
        position.setText(at < 0 ? "" : Messages.get("reader.position", at + 1, reader.sourceCount()));
        String text = d.text();
        int from = 0;
        int to = text.length();
        if (text.length() > WINDOW && s != null) {
            from = Math.max(0, s.start() - WINDOW / 2);
            to = Math.min(text.length(), Math.max(s.end(), from + WINDOW));
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Span b : d.boilerplate()) {
            cuts.add(clamp(b.start(), from, to));
            cuts.add(clamp(b.end(), from, to));
        }
        if (s != null) {
            cuts.add(clamp(s.start(), from, to));
            cuts.add(clamp(s.end(), from, to));
        }
        List<Text> parts = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Text t = new Text(text.substring(prev, cut));
                t.getStyleClass().add("reader-text");
                if (s != null && prev >= s.start() && cut <= s.end()) {
                    t.getStyleClass().add("highlight");
                    if (highlight == null) {
                        highlight = t;
                        t.setId("reader-highlight");
                    } else {
                        // The passage is split by boilerplate cuts: keep one node holding all of it for lookups.
                        highlight.setText(highlight.getText() + t.getText());
                        continue;
                    }
                } else if (d.isBoilerplate(prev)) {
                    t.getStyleClass().add("boilerplate");
                }
                parts.add(t);
            }
            prev = cut;
        }
        flow.getChildren().setAll(parts);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Draws the passage's background and scrolls it to a third of the viewport. */
    private void placeHighlight() {
        highlightShape.getElements().clear();
        if (highlight == null) {
            return;
        }
        int start = 0;
        for (javafx.scene.Node n : flow.getChildren()) {
            if (n == highlight) {
                break;
            }
            start += ((Text) n).getText().length();
        }
        highlightShape.getElements().setAll(flow.rangeShape(start, start + highlight.getText().length()));
        // The band lives in a sibling of the flow: move it to where the flow's text starts.
        highlightShape.setTranslateX(flow.getLayoutX() + flow.snappedLeftInset() - shapes.getLayoutX());
        highlightShape.setTranslateY(flow.getLayoutY() + flow.snappedTopInset() - shapes.getLayoutY());
        Bounds b = highlightShape.getBoundsInParent();
        double content = flow.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport && b.getHeight() >= 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (content - viewport))));
        }
    }

    /** The highlighted text as shown (tests compare it with the source span). */
    String highlightedText() {
        return highlight == null ? "" : highlight.getText();
    }
}
