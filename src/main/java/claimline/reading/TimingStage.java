package claimline.reading;

import claimline.model.EventTime;
import claimline.model.Published;
import claimline.reading.actors.Gazetteer;
import claimline.reading.actors.NameMention;
import claimline.reading.claims.QuoteRegions;
import claimline.reading.events.TriggerFinder;
import claimline.reading.time.TimeLexicon;
import claimline.reading.time.TimeMention;
import claimline.reading.time.TimeResolver;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When each sentence says its happening took place (reading guide, section 4), resolved against the publication date.
 * A sentence's times have roles: the time of the report ("kata Kassem, Minggu (22/10)", "India, pada Senin (12/12),
 * melaporkan bahwa …", "confirmed on Wednesday") dates the saying, not the happening; a time after a citation
 * ("sesuai dengan pernyataan … pada 9 November 2020") dates the document cited; a time that starts a period ("sejak 7
 * Oktober") dates neither ({@link TimeRoles} sorts them). What is left is the happening's own time. A quotation of
 * several sentences takes the time said where it closes.
 */
final class TimingStage {
    /**
     * A sentence's own time of the happening and the time of the report in it; either may be null. {@code listed}:
     * the days of a list the sentence dates what it tells by ("on October 3, 9 and 10"), each a happening; else empty.
     */
    record SentenceTime(EventTime own, EventTime report, boolean unresolved, List<Part> parts, List<EventTime> listed) {
        SentenceTime(EventTime own, EventTime report, boolean unresolved, List<Part> parts) {
            this(own, report, unresolved, parts, List.of());
        }

        boolean ownTime() { return own != null; }
    }

    /** One of a sentence's own times resolved on its own, at the token where it stands. */
    record Part(int token, EventTime time) {}


    private final Gazetteer gazetteer;

    TimingStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    SentenceTime[] time(DocumentState doc, QuoteRegions quotes) {
        List<Analysed> sentences = doc.sentences;
        SentenceTime[] out = new SentenceTime[sentences.size()];
        Published pub = doc.dating.published();
        TimeResolver.Context ctx = new TimeResolver.Context(pub.date(), doc.dating.year(), null, null);
        TimeLexicon lexicon = TimeLexicon.of(doc.language);
        TriggerFinder triggers = TriggerFinder.of(doc.language);
        claimline.reading.time.TimeFinder finder = claimline.reading.time.TimeFinder.of(doc.language);
        for (int si = 0; si < sentences.size(); si++) {
            Analysed a = sentences.get(si);
            if (Subheadings.is(doc.lines, a.sentence(), si)) {
                out[si] = new SentenceTime(null, null, false, List.of());
                continue;
            }
            ZoneId local = localZone(a, doc.documentZone);
            boolean future = lexicon.anyFuture(a.tokens());
            List<TimeMention> own = new ArrayList<>();
            List<TimeMention> report = new ArrayList<>();
            TimeRoles.sort(doc.text, a, doc.words.get(si), triggers, doc.sentenceTriggers.get(si), lexicon,
                    doc.dateline == null ? null : doc.dateline.span(), doc.boilerplate, own, report);
            // a day counted from another ("mengatakan, mereka sehari sebelumnya …") counts from the sentence's other
            // date, the report's as well
            boolean anchored = own.stream().anyMatch(t -> t.kind() == TimeMention.Kind.ANCHORED_DAY);
            List<TimeMention> withAnchor = anchored ? new ArrayList<>(own) : own;
            if (anchored) {
                withAnchor.addAll(report);
            }
            TimeResolver.Result tr = TimeResolver.resolve(doc.text, withAnchor, ctx, local, future);
            ctx = tr.context();
            EventTime ownTime = tr.time();
            int closingQuote = quotes.closingSentence(si);
            if (ownTime == null && closingQuote > si) {
                // A quotation takes the time said where it closes ("…," kata X pada Selasa pagi): a time after the
                // closing quote mark, not one the quotation itself goes on to state.
                int closedAt = quotes.closingOffset(si);
                List<TimeMention> said = sentences.get(closingQuote).times().stream()
                        .filter(t -> t.span().start() > closedAt).toList();
                ownTime = said.isEmpty() ? null : TimeResolver.resolve(doc.text, said, ctx, local, future).time();
            }
            EventTime reportTime = report.isEmpty() ? null : TimeResolver.resolve(doc.text, report, ctx, local, false).time();
            ownTime = weekdayBeforeItsTelling(ownTime, own, reportTime, future);
            // A time of its own that cannot be resolved ("in December" when the year is not known) leaves the sentence
            // undated: it does not take another sentence's time.
            List<Part> parts = new ArrayList<>();
            List<EventTime> listed = new ArrayList<>();
            for (int k = 0; k < own.size(); k++) {
                TimeMention t = own.get(k);
                List<TimeMention> alone = t.kind() == TimeMention.Kind.ANCHORED_DAY ? withAnchor : List.of(t);
                EventTime one = TimeResolver.resolve(doc.text, alone, ctx, local, future).time();
                if (one != null) {
                    parts.add(new Part(TimeRoles.tokenAt(a.tokens(), t.span().start()), one));
                    boolean inList = k > 0 && finder.listedTogether(doc.text, own.get(k - 1), t)
                            || k + 1 < own.size() && finder.listedTogether(doc.text, t, own.get(k + 1));
                    if (inList) {
                        listed.add(listed.isEmpty() && ownTime != null && ownTime.start().date() != null
                                && ownTime.start().date().equals(one.start().date()) ? ownTime : one);
                    }
                }
            }
            out[si] = new SentenceTime(ownTime, reportTime, ownTime == null && !own.isEmpty(), List.copyOf(parts),
                    listed.size() > 1 ? List.copyOf(listed) : List.of());
        }
        return out;
    }

    /**
     * A weekday told by a side that spoke on a day of its own is the last such day on or before that day ("the UN said on
     * Monday that 300 civilians were killed in fighting on Friday and Saturday": the Friday before that Monday, not the
     * Friday the article appeared), unless the sentence speaks of the future.
     */
    private static EventTime weekdayBeforeItsTelling(EventTime own, List<TimeMention> ownMentions, EventTime report,
                                                     boolean future) {
        if (own == null || report == null || future || !own.precision().hasDay() || !report.precision().hasDay()
                || ownMentions.isEmpty() || ownMentions.stream().anyMatch(t -> t.kind() != TimeMention.Kind.WEEKDAY)
                || own.start().date() == null || report.start().date() == null
                || !own.start().date().isAfter(report.start().date())) {
            return own;
        }
        long weeks = (java.time.temporal.ChronoUnit.DAYS.between(report.start().date(), own.start().date()) + 6) / 7;
        claimline.model.TimePoint s = own.start();
        claimline.model.TimePoint start = new claimline.model.TimePoint(s.local().minusWeeks(weeks), s.precision(),
                s.offset());
        return new EventTime(start, null, own.basis(), own.evidence() + " (before it was told, " + report.evidence() + ")");
    }

    /** History: a year or month that ended well before publication. */
    static boolean isOld(EventTime t, Published pub) {
        if (pub.date() == null || t.precision().ordinal() > claimline.model.Precision.MONTH.ordinal()) {
            return false;
        }
        long pubSecond = pub.date().toEpochDay() * 86400L;
        return t.endEpochSecond() < pubSecond - 120L * 86400L;
    }

    /** The zone of "local time": the country of the places named, else the state the document names most. */
    private ZoneId localZone(Analysed a, ZoneId documentZone) {
        for (NameMention p : a.found().places()) {
            String c = gazetteer.place(p.id()).country();
            if (c != null && gazetteer.zoneOf(c.toLowerCase(Locale.ROOT)) != null) {
                return gazetteer.zoneOf(c.toLowerCase(Locale.ROOT));
            }
        }
        return documentZone;
    }
}
