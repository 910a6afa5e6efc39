package claimline.reading;

import claimline.reading.language.DocumentShape;
import claimline.reading.time.PublicationDater;

/**
 * What the document is before it is read (reading guide, section 1): boilerplate lines, page metadata, the dateline
 * (outlet and place of filing) and the headline.
 */
final class ShapeStage {
    private ShapeStage() {}

    static void shape(DocumentState doc) {
        String text = doc.text;
        claimline.model.Span[] credits = DocumentShape.credits(doc.lines);
        doc.captions = DocumentShape.captions(doc.lines, credits);
        doc.boilerplate.addAll(DocumentShape.boilerplate(doc.lines, doc.captions, credits));
        DocumentShape.Metadata meta = DocumentShape.metadata(text);
        int from = 0;
        if (meta != null) {
            doc.boilerplate.add(0, meta.span());
            doc.statedDating = PublicationDater.stated(meta.date(), "the page's metadata: \"" + meta.span().of(text) + "\"");
            from = meta.span().end();
        }
        doc.dateline = DocumentShape.dateline(text, from);
        doc.title = doc.source.htmlTitle() != null ? doc.source.htmlTitle() : DocumentShape.headline(text, from, doc.dateline);
    }
}
