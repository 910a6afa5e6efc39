package claimline.reading;

import claimline.model.ActorType;
import claimline.model.Document;
import claimline.model.Span;
import claimline.reading.actors.ActorMention;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.NameMention;
import claimline.reading.actors.Slug;
import claimline.reading.time.PublicationDater;
import claimline.reading.time.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the article was published (reading guide, section 4): the page's metadata or a date line under the headline
 * ("Rabu, 04 Februari 2026 | 12:15 WIB") states it; otherwise the publication dater infers it from the text's dates,
 * weekdays, remembered happenings and terms of office, or says it is unknown. Makes the model's document.
 */
final class DatingStage {
    /** A date line is one of the first lines of the article. */
    private static final int DATE_LINE_SENTENCES = 8;
    /** ... and mostly the date: a byline, an outlet or a time zone besides, not a sentence reporting something. */
    private static final int DATE_LINE_OTHER_WORDS = 6;

    private final Gazetteer gazetteer;
    private final int latestYear;

    DatingStage(Gazetteer gazetteer, int latestYear) {
        this.gazetteer = gazetteer;
        this.latestYear = latestYear;
    }

    void date(DocumentState doc) {
        PublicationDater.Dating fromDateLine = dateLine(doc);
        if (doc.statedDating != null) {
            doc.dating = doc.statedDating;
        } else if (fromDateLine != null) {
            doc.dating = fromDateLine;
        } else {
            List<PublicationDater.SentenceTimes> dating = new ArrayList<>();
            claimline.reading.actors.RoleLexicon roles = claimline.reading.actors.RoleLexicon.of(doc.language);
            int textIndex = 0; // the lead is counted in sentences of text: a byline, a dateline alone is none
            for (Analysed a : doc.sentences) {
                boolean text = !inBoilerplate(doc, a.sentence().span()) && prose(a.tokens());
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
                dating.add(new PublicationDater.SentenceTimes(textIndex, a.times(), people, history));
                textIndex += text ? 1 : 0;
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

    /**
     * A date line among the first lines: a short line of its own with a full date and a clock time or a weekday
     * ("MINGGU, 27 DESEMBER 2020 | 11:41 WIB", "Willy Haryono • 25 September 2023 11:15"). It states the publication
     * date, and it is not article text: it becomes boilerplate and is not read further.
     */
    private PublicationDater.Dating dateLine(DocumentState doc) {
        List<String> zones = claimline.reading.time.TimeLexicon.of(doc.language).zoneAbbreviations;
        for (int i = 0; i < Math.min(DATE_LINE_SENTENCES, doc.sentences.size()); i++) {
            Analysed a = doc.sentences.get(i);
            TimeMention full = null;
            boolean clockOrWeekday = false;
            for (TimeMention t : a.times()) {
                if (t.kind() == TimeMention.Kind.FULL_DATE && full == null) {
                    full = t;
                }
                clockOrWeekday |= t.weekday() != null || t.kind() == TimeMention.Kind.CLOCK;
            }
            Span stamp = full == null ? null : stampOpening(doc.text, a, zones);
            if (stamp != null) {
                LocalDate d = dateOf(full);
                if (d != null) {
                    // "Rabu, 16 Agustus 2017, 22:54 WIBBisnisnews.id - …": the page's stamp glued to the lead
                    doc.boilerplate.add(stamp);
                    return PublicationDater.stated(d, "date line: \"" + stamp.of(doc.text) + "\"");
                }
            }
            if (full == null || !clockOrWeekday || !wholeLine(doc.text, a.sentence().span())
                    || otherWords(a) > DATE_LINE_OTHER_WORDS || a.sentence().span().of(doc.text).strip().endsWith(".")) {
                continue;
            }
            LocalDate d = dateOf(full);
            if (d == null) {
                continue;
            }
            doc.boilerplate.add(a.sentence().span());
            List<Analysed> rest = new ArrayList<>(doc.sentences);
            rest.remove(i);
            doc.sentences = rest;
            return PublicationDater.stated(d, "date line: \"" + a.sentence().span().of(doc.text) + "\"");
        }
        return null;
    }

    /**
     * The span of a stamp a line opens with and the text runs on after: a full date (with its weekday) then a clock
     * time and its zone as a page writes it ("22:54 WIB"), nothing but commas and spaces between, at the very start of
     * a line; null when the sentence opens otherwise.
     */
    private static Span stampOpening(String text, Analysed a, List<String> zones) {
        Span s = a.sentence().span();
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        List<TimeMention> ts = a.times();
        if (ts.size() < 2 || !text.substring(lineStart, ts.get(0).span().start()).isBlank()
                || ts.get(0).kind() != TimeMention.Kind.FULL_DATE || ts.get(1).kind() != TimeMention.Kind.CLOCK
                || !text.substring(ts.get(0).span().end(), ts.get(1).span().start()).matches("[\\s,|•-]*")) {
            return null;
        }
        int end = ts.get(1).span().end();
        for (String z : zones) { // the zone written after the clock, even glued to what follows ("22:54 WIBBisnis")
            int at = text.startsWith(" ", end) ? end + 1 : end;
            if (text.startsWith(z, at)) {
                end = at + z.length();
                break;
            }
        }
        int lineEnd = text.indexOf('\n', end);
        boolean runsOn = !text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
        return runsOn ? new Span(ts.get(0).span().start(), end) : null;
    }

    /** The day a full date names, or null when there is no such day (a 31 June). */
    private static LocalDate dateOf(TimeMention full) {
        try {
            return LocalDate.of(full.year(), full.month(), full.day());
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    private static long otherWords(Analysed a) {
        return a.tokens().stream().filter(t -> t.word()
                && a.times().stream().noneMatch(m -> m.span().contains(t.span()))).count();
    }

    private static boolean wholeLine(String text, Span s) {
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        return text.substring(lineStart, s.start()).isBlank()
                && text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
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
