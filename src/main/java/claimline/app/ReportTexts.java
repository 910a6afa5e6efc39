package claimline.app;

import claimline.model.Document;
import claimline.model.DisplayNames;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.ReportChronology;
import claimline.viewmodel.ReportChronology.Entry;
import claimline.viewmodel.ReportChronology.Lag;
import java.util.Locale;

/**
 * When each version of an event was reported, in words: "Armenia 13 Sep 2022 · Azerbaijan 13 Sep 2022 denies ·
 * Armenia: toll revised 16 Sep 2022 (49 killed → 105 killed)", "first reported 7 h after". Times are put as
 * {@link Formats} puts them; a report without a publication time says so and is never given a time. Pure: no scene
 * graph, so it is tested without a toolkit.
 */
final class ReportTexts {
    private static final String SEPARATOR = " · ";

    private ReportTexts() {}

    /** The whole chronology on one line, in time order; "" when no party has a report. */
    static String line(ReportChronology c, ModelIndex index) {
        return String.join(SEPARATOR, c.entries().stream().map(e -> entry(e, index.partyName(e.party()))).toList());
    }

    /** One party's part of the chronology without its name (a side-by-side column): "first reported 13 Sep 2022 · denies 14 Sep 2022". */
    static String ofParty(ReportChronology c, String party) {
        return String.join(SEPARATOR, c.entriesOf(party).stream().map(ReportTexts::ownEntry).toList());
    }

    /** One step: "Armenia 13 Sep 2022", "Azerbaijan 13 Sep 2022 denies", "Armenia: toll revised 16 Sep 2022 (…)". */
    static String entry(Entry e, String party) {
        return Messages.get("chronology." + kind(e), party, at(e), nonNull(e.before()), nonNull(e.after()));
    }

    /** One step of a party's own column: "first reported 13 Sep 2022", "denies 14 Sep 2022". */
    static String ownEntry(Entry e) {
        return Messages.get("chronology.own." + kind(e), at(e), nonNull(e.before()), nonNull(e.after()));
    }

    private static String kind(Entry e) {
        return switch (e.change()) {
            case FIRST -> e.denies() ? "firstDenies" : "first";
            case DENIES -> "denies";
            case ASSERTS -> "asserts";
            case TOLL -> e.before() == null ? "tollGiven" : "toll";
            case UNDATED -> "undated";
        };
    }

    private static String at(Entry e) {
        return e.at() == null ? "" : Formats.point(e.at());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** "first reported 7 h after", "first reported the same day", "first reported before the time given for it". */
    static String lag(Lag lag) {
        if (lag == null) {
            return Messages.get("lag.none");
        }
        if (lag.before()) {
            return Messages.get("lag.before");
        }
        return Messages.get("lag." + lag.unit().name().toLowerCase(Locale.ROOT), lag.amount());
    }

    /** This report's own lag when it is not the first: "this report 7 days after". */
    static String reportLag(Lag lag) {
        return lag.before() ? Messages.get("lag.report.before")
                : Messages.get("lag.report." + lag.unit().name().toLowerCase(Locale.ROOT), lag.amount());
    }

    /** "3 reports without a publication time", or "" when every report has one. */
    static String undated(int count) {
        return count == 0 ? "" : Messages.get("reports.undated", count);
    }

    /** The lag with the reports left without a time: "first reported 7 h after · 2 reports without a publication time". */
    static String firstReport(ReportChronology c) {
        String undated = undated(c.undated());
        return undated.isEmpty() ? lag(c.firstReported()) : lag(c.firstReported()) + SEPARATOR + undated;
    }

    /**
     * A report's tooltip on the timeline: the event, whose version in which outlet and when, when the event happened,
     * and how long after it the first report came (and this one, when it is not the first).
     */
    static String tooltip(ReportChronology.Report r, ReportChronology c, ModelIndex index) {
        Document d = r.source();
        String outlet = d == null ? r.document() : DisplayNames.outlet(d);
        String side = r.party().equals(ModelIndex.NO_PARTY) ? outlet : index.partyName(r.party());
        String published = r.published() == null ? Messages.get("reports.unknownTime") : Formats.point(r.published());
        String lag = lag(c.firstReported());
        ReportChronology.Report first = c.reports().isEmpty() ? null : c.reports().get(0);
        if (first != null && r.published() != null && !r.published().equals(first.published())) {
            lag += SEPARATOR + reportLag(ReportChronology.lag(c.event().time().start(), r.published()));
        }
        return Messages.get("tooltip.report", c.event().title(), side, outlet, published,
                Formats.time(c.event().time()), lag, r.denies() ? Messages.get("tooltip.report.denies") : "");
    }
}
