package claimline.reading;

import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import java.util.List;

/**
 * When each happening a clause reports took place, once the sentences' own times are known (reading guide, section
 * 4): its own time; the time of the saying for statements; the time of the happening of its kind it goes on from; for
 * a lead, the time the article gives it later; the report's; the story's current day; the publication's. Split from
 * {@link HappeningStage}, which makes the mentions.
 */
final class DraftTimes {
    private DraftTimes() {}

    /** How many sentences back a report without a time of its own may go on from one with a time. */
    static final int TOPIC_REACH = 3;

    /**
     * How many sentences of text ahead a lead without a time may find the time of the happening it announces: a page's
     * widgets between the headline and the lead ("comment", "0", "copy-link") are no sentences of text.
     */
    static final int LEAD_REACH = 8;

    /** The lead: the headline and the first sentences, which announce what the article then tells with its times. */
    static final int LEAD_SENTENCES = 3;

    /**
     * A ceasefire told with a range of years ("their 1950-53 war ended in an armistice") ends the range: it is dated by
     * the range's last year, not its first.
     */
    static EventTime endOfRange(EventTime t, EventType type) {
        if (t == null || type != EventType.CEASEFIRE || t.end() == null || t.precision() != Precision.YEAR
                || t.end().precision() != Precision.YEAR) {
            return t;
        }
        return new EventTime(t.end(), null, t.basis(), t.evidence());
    }

    /**
     * Per draft, what its words say of which happening it is: another of its kind ("similar shelling"), or one the
     * article has told already ("that attack", "pertikaian ini").
     */
    record Kinds(boolean[] another, boolean[] pointedBack) {}

    /**
     * The time of each reported happening: its own; for a statement, a request or talks, the time they were said;
     * else that of the happening of its kind it goes on from (reported in the sentences just before, or, for a lead
     * that has none, just after); else the time of the report (a fight is usually reported the day after); else the
     * day the story is at (the last day a sentence before gave); else the publication day. Null when nothing dates it.
     */
    static EventTime[] resolve(List<HappeningStage.Draft> drafts, Published pub, boolean ownDay,
                               EventTime[] repliesSaidAt, int[] textIndex, Kinds kinds) {
        EventTime[] out = new EventTime[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            HappeningStage.Draft x = drafts.get(i);
            out[i] = narrowedLead(drafts, i, x.own(), pub, textIndex, kinds);
            if (x.unresolved()) {
                continue; // its own time cannot be placed: no other sentence's time is its
            }
            if (x.family() == HappeningStage.SAYING && x.report() != null
                    && (out[i] == null || !out[i].precision().hasDay())) {
                // A statement, a request, talks: the time of the saying is theirs ("the US on Tuesday urged … amid
                // tensions since last year's war": Tuesday, not last year).
                out[i] = x.report();
            }
            if (out[i] == null && x.indefinite()) {
                // "recently approved", "for weeks": some time before the article, not the day the story is at
                out[i] = pub.date() == null ? null : new EventTime(TimePoint.year(pub.date().getYear()), null,
                        TimeBasis.DOCUMENT, "before publication " + pub.date());
                continue;
            }
            if (out[i] == null) {
                out[i] = topic(drafts, out, i, pub, repliesSaidAt, textIndex, kinds);
            }
            if (out[i] == null) {
                out[i] = dayOf(x.report());
            }
            if (out[i] == null && x.type() != EventType.STATEMENT) {
                out[i] = carried(drafts, i); // a statement is not dated by the fight told before it
            }
            if (out[i] == null && pub.date() != null) {
                out[i] = undated(pub, ownDay || x.type() == EventType.STATEMENT);
            }
        }
        return out;
    }

    /**
     * The day of a report's time, for a happening told in it that has none of its own: the hour a side spoke at
     * ("Speaking at 11pm Wednesday, X said those who set the crossing on fire …") is not the hour of the fire.
     */
    private static EventTime dayOf(EventTime report) {
        if (report == null || !report.precision().hasClock() || report.start().date() == null) {
            return report;
        }
        return new EventTime(TimePoint.day(report.start().date()), null, report.basis(), report.evidence());
    }

    /**
     * The time of a happening nothing in the text dates. When the article's publication day is its today (the page
     * states it, or the text speaks of days relative to it: "on Tuesday", "yesterday"), it is news of that day (the
     * basis says so, and the timeline marks it): a year alone for every undated happening was tried and fewer were
     * found, since news usually tells of the day before. An article that gives only dates has no today of its own: the
     * day inferred for it is that of its latest dated happening, and only the year is known to be this one's (an
     * undated happening is not given a day it does not have). A statement is the exception: what a side says is
     * reported as it says it, so the article's day, even inferred, is the best word on when it was said.
     */
    static EventTime undated(Published pub, boolean ownDay) {
        if (!ownDay) {
            return new EventTime(TimePoint.year(pub.date().getYear()), null, TimeBasis.DOCUMENT,
                    "published in " + pub.date().getYear() + " (no day of its own)");
        }
        return new EventTime(TimePoint.day(pub.date()), null, TimeBasis.DOCUMENT, "published " + pub.date());
    }

    /**
     * The last day-precise time of the few sentences before, whatever they report: the story's current day ("… on 13
     * September. Azerbaijan then said a ceasefire was agreed"). Further back it is another part of the story.
     */
    static EventTime carried(List<HappeningStage.Draft> drafts, int i) {
        for (int k = i - 1; k >= 0 && drafts.get(i).clause().sentence() - drafts.get(k).clause().sentence() <= TOPIC_REACH;
             k--) {
            EventTime t = drafts.get(k).own();
            if (t != null && t.precision().hasDay()) {
                return t;
            }
        }
        return null;
    }

    /**
     * Per sentence, the day a speaker's words about a happening told before were said ("…," kata Ndjike, Sabtu
     * (19/11)), when the sentence tells no happening of its own; else null.
     */
    static EventTime[] repliesSaidAt(DocumentState doc, TimingStage.SentenceTime[] times) {
        EventTime[] out = new EventTime[times.length];
        for (Clause c : doc.clauses) {
            TimingStage.SentenceTime st = times[c.sentence()];
            EventTime said = st == null ? null : st.report() != null ? st.report() : st.own();
            if (!c.reportsHappening() && c.explicit() && c.claimant() != null && said != null
                    && said.precision().hasDay()) {
                out[c.sentence()] = said;
            }
        }
        return out;
    }

    /** Whether a draft is a lead's: in the first sentences, and no happening of its kind told before it. */
    private static boolean lead(List<HappeningStage.Draft> drafts, int i) {
        HappeningStage.Draft x = drafts.get(i);
        boolean lead = x.clause().sentence() < LEAD_SENTENCES;
        for (int k = i - 1; k >= 0 && lead; k--) {
            lead = drafts.get(k).family() != x.family();
        }
        return lead;
    }

    /** The time of the first happening of a lead's kind told in the sentences after it, or null. */
    private static EventTime toldLater(List<HappeningStage.Draft> drafts, int i, Published pub, int[] textIndex,
                                       Kinds kinds) {
        HappeningStage.Draft x = drafts.get(i);
        for (int k = i + 1; k < drafts.size(); k++) {
            HappeningStage.Draft n = drafts.get(k);
            if (textIndex[n.clause().sentence()] - textIndex[x.clause().sentence()] > LEAD_REACH) {
                break;
            }
            // "… said on Friday that …" dates the lead too, unless the lead says when it was said itself
            EventTime told = n.own() != null ? n.own() : x.report() == null ? n.report() : null;
            // "similar shelling took place on March 19": another happening of the kind, not the one the lead announces
            if (n.family() == x.family() && told != null && !TimingStage.isOld(told, pub) && !kinds.another()[k]
                    && !longBeforeTheTelling(told, x.report())) {
                return told;
            }
        }
        return null;
    }

    /** How long before a lead's telling a happening told after it may be and still be the lead's news. */
    private static final long LEAD_NEWS_SECONDS = 7L * 24 * 3600;

    /**
     * Whether a time ends more than a week before the day a lead was told ("Peru said on Thursday it attacked three
     * camps. … rebels who staged a raid in January"): an older happening the article recalls, not the lead's news.
     */
    private static boolean longBeforeTheTelling(EventTime told, EventTime telling) {
        return telling != null && telling.precision().hasDay()
                && told.endEpochSecond() < telling.startEpochSecond() - LEAD_NEWS_SECONDS;
    }

    /**
     * The day the article then gives a lead told within a week or a month ("killed this week in an attack … the
     * assault Monday"): the first day told after it for a happening of its kind, when that day falls within the lead's
     * time; else the lead's own time.
     */
    private static EventTime narrowedLead(List<HappeningStage.Draft> drafts, int i, EventTime own, Published pub,
                                          int[] textIndex, Kinds kinds) {
        if (own == null || own.precision() != Precision.MONTH || !lead(drafts, i)) {
            return own;
        }
        EventTime later = toldLater(drafts, i, pub, textIndex, kinds);
        boolean inside = later != null && later.precision().hasDay()
                && later.startEpochSecond() >= own.startEpochSecond() && later.startEpochSecond() < own.endEpochSecond();
        return inside ? later : own;
    }

    /**
     * The time of the happening of the same kind a report without a time goes on from; for a lead, that of the
     * happening of its kind told after it, or the day a speaker was quoted on it; else null.
     */
    static EventTime topic(List<HappeningStage.Draft> drafts, EventTime[] times, int i, Published pub,
                           EventTime[] repliesSaidAt, int[] textIndex, Kinds kinds) {
        HappeningStage.Draft x = drafts.get(i);
        for (int k = i - 1; k >= 0; k--) {
            HappeningStage.Draft p = drafts.get(k);
            if (x.clause().sentence() - p.clause().sentence() > TOPIC_REACH && !kinds.pointedBack()[i]) {
                break; // "… that attack": the happening told before, however far back
            }
            if (p.family() == x.family() && times[k] != null && times[k].basis() != TimeBasis.DOCUMENT
                    && times[k].precision() != Precision.YEAR && !TimingStage.isOld(times[k], pub)) {
                return times[k];
            }
        }
        boolean lead = lead(drafts, i);
        EventTime later = lead ? toldLater(drafts, i, pub, textIndex, kinds) : null;
        if (later != null) {
            return later;
        }
        // a lead no later happening of its kind dates: the day a speaker was quoted on it ("…," kata X, Sabtu (19/11))
        int from = x.clause().sentence() + 1;
        for (int si = from; lead && si < repliesSaidAt.length
                && textIndex[si] - textIndex[x.clause().sentence()] <= LEAD_REACH; si++) {
            if (repliesSaidAt[si] != null && !TimingStage.isOld(repliesSaidAt[si], pub)) {
                return repliesSaidAt[si];
            }
        }
        return null;
    }
}
