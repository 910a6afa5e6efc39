package claimline.viewmodel;

import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Published;
import claimline.model.Source;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The source reader's state: which document is open, the passage highlighted, and the walk through all sources of
 * the selected event (next/previous). Plain JavaFX properties, no toolkit.
 */
public final class ReaderViewModel {
    private final ObjectProperty<ModelIndex> index = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Source> highlighted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(-1);
    private List<Source> walk = List.of();

    public ObjectProperty<ModelIndex> indexProperty() { return index; }

    public ReadOnlyObjectProperty<Document> documentProperty() { return document.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Source> highlightedProperty() { return highlighted.getReadOnlyProperty(); }

    /** Position of the highlighted source among the event's sources, -1 when none. */
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }

    public int sourceCount() { return walk.size(); }

    /**
     * Sets the sources to walk for an event, without opening any yet. The passage on show stays only if it is one of
     * the event's own (the same event after a correction); otherwise the reader is cleared, so that it never shows a
     * passage of an event that is no longer selected.
     */
    public void setEvent(Event e) {
        walk = e == null ? List.of() : e.sources();
        Source shown = highlighted.get();
        if (shown != null && !walk.contains(shown)) {
            document.set(null);
            highlighted.set(null);
            shown = null;
        }
        position.set(shown == null ? -1 : walk.indexOf(shown));
    }

    /** Opens a passage: its document, highlighted, and its place in the walk when it is one of the event's sources. */
    public void open(Source s) {
        ModelIndex i = index.get();
        if (s == null || i == null || i.document(s.document()) == null) {
            return;
        }
        document.set(i.document(s.document()));
        highlighted.set(s);
        position.set(walk.indexOf(s));
    }

    public void openFirst() {
        if (!walk.isEmpty()) {
            open(walk.get(0));
        }
    }

    public void next() {
        if (!walk.isEmpty()) {
            open(walk.get((position.get() + 1) % walk.size()));
        }
    }

    public void previous() {
        if (!walk.isEmpty()) {
            int p = position.get() <= 0 ? walk.size() - 1 : position.get() - 1;
            open(walk.get(p));
        }
    }

    public void clear() {
        document.set(null);
        highlighted.set(null);
        walk = List.of();
        position.set(-1);
    }

    /** The passage's text, as the reader highlights it. */
    public String highlightedText() {
        Source s = highlighted.get();
        Document d = document.get();
        return s == null || d == null ? "" : d.text().substring(s.start(), Math.min(s.end(), d.length()));
    }

    /** "Title — Outlet". */
    public static String heading(Document d) {
        StringBuilder b = new StringBuilder(d.title() == null || d.title().isBlank() ? d.path() : d.title());
        if (d.outlet() != null && !d.outlet().isBlank()) {
            b.append(" — ").append(d.outlet());
        }
        return b.toString();
    }

    /**
     * "published 13 Sep 2022 (inferred)", "published 13 Sep 2022 15:20 +07:00 (metadata)" when the page gives the
     * moment; the reasoning is in {@link #publicationEvidence(Document)}.
     */
    public static String publication(Document d) {
        Published p = d.published();
        String basis = Texts.get("published.basis." + p.basis().json());
        if (p.date() == null) {
            return Texts.get("published.unknown", basis);
        }
        String when = p.time() == null ? Texts.day(p.date()) : Texts.day(p.date()) + " " + String.format(
                java.util.Locale.ROOT, "%02d:%02d %s", p.time().getHour(), p.time().getMinute(),
                p.time().getOffset().getTotalSeconds() == 0 ? "UTC" : p.time().getOffset().getId());
        return Texts.get("published.on", when, basis);
    }

    /** How the publication date was found: the words it rests on, or the reasoning when it was inferred. */
    public static String publicationEvidence(Document d) {
        return d.published().evidence();
    }
}
