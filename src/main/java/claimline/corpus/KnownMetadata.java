package claimline.corpus;

import claimline.model.Document;
import claimline.model.EventModel;
import claimline.model.Published;
import claimline.model.PublishedBasis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts what the pages' metadata says on the read documents: the outlet, the canonical URL, and the publication date
 * as {@code metadata} with its moment and the evidence. The reader already read each such article at that date (see
 * {@link SourceText#withMetadata}); here the document records where the date came from.
 */
public final class KnownMetadata {
    private KnownMetadata() {}

    public static EventModel apply(EventModel model, Corpus corpus) {
        Map<String, PageMetadata> pages = new HashMap<>();
        for (SourceText t : corpus.texts()) {
            if (t.page() != PageMetadata.NONE) {
                pages.put(t.id(), t.page());
            }
        }
        if (pages.isEmpty()) {
            return model;
        }
        List<Document> documents = model.documents().stream().map(d -> {
            PageMetadata p = pages.get(d.id());
            return p == null ? d : apply(d, p);
        }).toList();
        return new EventModel(model.generator(), documents, model.actors(), model.places(), model.events(),
                model.problems());
    }

    static Document apply(Document d, PageMetadata p) {
        Published published = d.published();
        // the reader took the metadata's date as stated; should it not have (a text it could not read), the
        // reader's own dating stands, as the events were placed by it
        if (p.hasDate() && p.date().equals(published.date())) {
            published = new Published(p.date(), PublishedBasis.METADATA, p.dateEvidence(), p.time());
        }
        return d.withPage(p.outlet() != null ? p.outlet() : d.outlet(), published, p.url() != null ? p.url() : d.url());
    }
}
