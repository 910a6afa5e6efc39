package claimline.reading;

import claimline.model.ActorType;
import claimline.model.Document;
import claimline.model.Span;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.NameMention;
import claimline.reading.actors.Slug;
import claimline.reading.time.PublicationDater;
import java.util.ArrayList;
import java.util.List;

/**
 * When the article was published (reading guide, section 4): the page's metadata or a date line under the headline
 * ("Rabu, 04 Februari 2026 | 12:15 WIB", read by {@link DateLines}) states it; otherwise the publication dater infers
 * it from the text's dates, weekdays, remembered happenings and terms of office, or says it is unknown. Makes the
 * model's document.
 */
final class DatingStage {
    private final Gazetteer gazetteer;
    private final int latestYear;

    DatingStage(Gazetteer gazetteer, int latestYear) {
        this.gazetteer = gazetteer;
        this.latestYear = latestYear;
    }

    void date(DocumentState doc) {
        PublicationDater.Dating fromDateLine = new DateLines(latestYear).dateLine(doc);
        doc.textIndex = textIndex(doc); // after the date line, which may take a sentence out of the text
        if (doc.statedDating != null) {
            doc.dating = doc.statedDating;
        } else if (fromDateLine != null) {
            doc.dating = fromDateLine;
        } else {
            List<PublicationDater.SentenceTimes> dating = new ArrayList<>();
            claimline.reading.actors.RoleLexicon roles = claimline.reading.actors.RoleLexicon.of(doc.language);
            for (int si = 0; si < doc.sentences.size(); si++) {
                Analysed a = doc.sentences.get(si);
                List<String> people = new ArrayList<>();
                for (ActorMention m : a.found().actors()) {
                    // a person named in office bounds the year by their term; "mantan Presiden X" does not
                    if (m.type() == ActorType.PERSON && !roles.namedAsFormer(a.tokens(), m.from())) {
                        people.add(m.actorId());
                    }
                }
                List<String> history = new ArrayList<>(a.found().history().size());
                for (NameMention h : a.found().history()) {
                    history.add(h.id());
                }
                // the lead is counted in sentences of text: a byline, a dateline alone is none
                dating.add(new PublicationDater.SentenceTimes(doc.textIndex[si], a.times(), people, history));
            }
            // a photo's caption is not read, but the day it gives is no later than the publication
            claimline.reading.time.TimeFinder times = claimline.reading.time.TimeFinder.of(doc.language);
            int index = doc.sentences.size();
            for (Span caption : doc.captions) {
                if (claimline.reading.language.DocumentShape.filePhoto(caption.of(doc.text))) {
                    continue; // an old photo says nothing of when the article appeared
                }
                dating.add(new PublicationDater.SentenceTimes(index++, times.find(doc.text, caption), List.of(),
                        List.of()));
            }
            doc.dating = new PublicationDater(gazetteer, latestYear).date(dating,
                    doc.dateline == null ? null : doc.dateline.span());
        }
        doc.outletName = doc.dateline != null ? doc.dateline.outlet() : null;
        doc.outletActor = doc.outletName != null ? "media-" + Slug.of(doc.outletName) : "media-doc-" + Slug.of(doc.source.id());
        List<Span> boilerplate = new ArrayList<>(doc.boilerplate);
        boilerplate.sort(null);
        doc.document = new Document(doc.source.id(), doc.source.path(), doc.title, doc.outletName, doc.language.code(),
                doc.dating.published(), doc.text, boilerplate);
    }

    /** Per sentence, how many sentences of text (prose, not boilerplate) stand before it. */
    private static int[] textIndex(DocumentState doc) {
        int[] out = new int[doc.sentences.size()];
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = n;
            Analysed a = doc.sentences.get(i);
            n += !inBoilerplate(doc, a.sentence().span()) && prose(a.tokens()) ? 1 : 0;
        }
        return out;
    }

    private static boolean inBoilerplate(DocumentState doc, Span s) {
        for (Span b : doc.boilerplate) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words a sentence of text has at least: a byline ("Sumber: Andes | Editor: …"), "LIMA." have none. */
    private static final int PROSE_WORDS = 3;

    private static boolean prose(List<claimline.reading.language.Token> tokens) {
        int lower = 0;
        for (claimline.reading.language.Token t : tokens) {
            if (t.word() && Character.isLowerCase(t.text().charAt(0)) && ++lower >= PROSE_WORDS) {
                return true;
            }
        }
        return false;
    }
}
