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

    /** Sets the sources to walk for an event, without opening any yet. */
    public void setEvent(Event e) {
        walk = e == null ? List.of() : e.sources();
        position.set(-1);
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

    /** "published 13 Sep 2022 (inferred)"; the reasoning is in {@link #publicationEvidence(Document)}. */
    public static String publication(Document d) {
        Published p = d.published();
        String basis = Texts.get("published.basis." + p.basis().json());
        return p.date() == null ? Texts.get("published.unknown", basis)
                : Texts.get("published.on", Texts.day(p.date()), basis);
    }

    /** How the publication date was found: the words it rests on, or the reasoning when it was inferred. */
    public static String publicationEvidence(Document d) {
        return d.published().evidence();
    }
}
