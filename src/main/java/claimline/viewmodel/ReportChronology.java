package claimline.viewmodel;

import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Precision;
import claimline.model.Published;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.model.TimePoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When each party's version of an event appeared and how it changed. A report is what one side's actors say of the
 * event in one article, at the article's publication time (its moment when the page gives one, else its day; none
 * when the publication date is unknown: such a report is counted, never placed at a guessed time). Per party the
 * chronology has its first report and the later ones that change its stance (a denial, or asserting again after
 * denying) or its figure (the casualties it gives); reports of one party at the same publication time are read as one,
 * since their order within that time is not known. Pure: it is tested without a toolkit and the views put it in words.
 *
 * @param reports        every report, dated ones in time order, then those without a publication time
 * @param entries        the chronology: each party's first report and its changes, in time order; a party whose
 *                       reports all lack a publication time comes last, once
 * @param firstReported  how long after the happening its first dated report (by any side or outlet) came; null when no
 *                       report is dated
 * @param undated        number of reports without a publication time
 */
public record ReportChronology(Event event, List<Report> reports, List<Entry> entries, Lag firstReported,
                               int undated) {
    public ReportChronology {
        reports = List.copyOf(reports);
        entries = List.copyOf(entries);
    }

    /**
     * One side's word on the event in one article. {@code party} is {@link ModelIndex#NO_PARTY} for an outlet telling
     * it in its own voice; {@code published} is null when the article's publication time is unknown (or the model
     * lacks the document).
     *
     * @param denies     a claim of the side in the article denies the account
     * @param stance     {@link Stance#DENIES} when every claim of the side there denies, else asserts
     * @param casualties the casualty figures the side gives there ("3 killed"), or null
     */
    public record Report(String party, String document, Document source, TimePoint published, boolean denies,
                         Stance stance, String casualties, List<Source> sources) {
        public Report {
            sources = List.copyOf(sources);
        }

        public boolean dated() { return published != null; }
    }

    /** How a side's version moved. */
    public enum Change {
        /** Its first report (which may already deny). */
        FIRST,
        /** It denies the account, having not denied before. */
        DENIES,
        /** It asserts again after its reports only denied. */
        ASSERTS,
        /** It gives a casualty figure other than the last one it gave ({@code before} null: its first figure). */
        TOLL,
        /** None of its reports has a publication time. */
        UNDATED
    }

    /** One step of the chronology; {@code at} is null for {@link Change#UNDATED}. */
    public record Entry(Change change, String party, TimePoint at, boolean denies, String before, String after) {}

    /** A lag at the precision both times share: minutes or hours between two clock times, else days, months, years. */
    public record Lag(ChronoUnit unit, long amount) {
        /** The report came before the time the event is dated to (the event's time or the date may be wrong). */
        public boolean before() { return amount < 0; }
    }

    /** The chronology of an event's claims (those a filter lets through), by the sides the index gives. */
    public static ReportChronology of(Event e, List<Claim> claims, ModelIndex index) {
        List<Report> reports = reports(claims, index);
        List<Entry> entries = entries(reports);
        Lag lag = reports.stream().filter(Report::dated).findFirst()
                .map(r -> lag(e.time().start(), r.published())).orElse(null);
        int undated = (int) reports.stream().filter(r -> !r.dated()).count();
        return new ReportChronology(e, reports, entries, lag, undated);
    }

    /** Every claim of an event. */
    public static ReportChronology of(Event e, ModelIndex index) {
        return of(e, e.claims(), index);
    }

    /** A publication time at the precision it is known: the moment a page gives, else the day; null when unknown. */
    public static TimePoint publicationTime(Published p) {
        if (p == null || p.date() == null) {
            return null;
        }
        OffsetDateTime t = p.time();
        return t == null ? TimePoint.day(p.date())
                : TimePoint.clock(t.toLocalDate(), t.toLocalTime(), t.getOffset(), Precision.MINUTE);
    }

    /** The reports, one per side and article: dated ones by publication time (then article), then undated ones. */
    static List<Report> reports(List<Claim> claims, ModelIndex index) {
        Map<List<String>, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            String party = index.partyOf(c.claimant());
            Set<String> documents = new LinkedHashSet<>();
            c.sources().forEach(s -> documents.add(s.document()));
            for (String d : documents) {
                byKey.computeIfAbsent(List.of(party, d), k -> new ArrayList<>()).add(c);
            }
        }
        List<Report> out = new ArrayList<>();
        byKey.forEach((key, cs) -> {
            String party = key.get(0);
            String doc = key.get(1);
            Document d = index.document(doc);
            boolean denies = cs.stream().anyMatch(c -> c.stance() == Stance.DENIES);
            boolean allDeny = cs.stream().allMatch(c -> c.stance() == Stance.DENIES);
            Set<String> figures = new LinkedHashSet<>();
            cs.stream().filter(c -> c.stance() == Stance.ASSERTS && c.facts().containsKey(Fact.CASUALTIES))
                    .forEach(c -> figures.add(c.facts().get(Fact.CASUALTIES)));
            List<Source> sources = cs.stream().flatMap(c -> c.sources().stream())
                    .filter(s -> s.document().equals(doc)).sorted().distinct().toList();
            out.add(new Report(party, doc, d, d == null ? null : publicationTime(d.published()), denies,
                    allDeny ? Stance.DENIES : Stance.ASSERTS, figures.isEmpty() ? null : String.join(", ", figures),
                    sources));
        });
        out.sort(Comparator.comparing((Report r) -> !r.dated())
                .thenComparing(r -> r.dated() ? r.published().startEpochSecond() : 0L)
                .thenComparing(Report::document).thenComparing(Report::party));
        return out;
    }

    /** Each party's first report and its changes, in time order; parties with only undated reports last. */
    static List<Entry> entries(List<Report> reports) {
        Map<String, List<Report>> byParty = new LinkedHashMap<>();
        reports.stream().filter(r -> !r.party().equals(ModelIndex.NO_PARTY))
                .forEach(r -> byParty.computeIfAbsent(r.party(), k -> new ArrayList<>()).add(r));
        List<Entry> dated = new ArrayList<>();
        List<Entry> undated = new ArrayList<>();
        byParty.forEach((party, rs) -> {
            List<List<Report>> batches = batches(rs);
            if (batches.isEmpty()) {
                undated.add(new Entry(Change.UNDATED, party, null, false, null, null));
            } else {
                dated.addAll(changes(party, batches));
            }
        });
        // stable: entries at one time keep the order of the parties' first reports
        dated.sort(Comparator.comparingLong(en -> en.at().startEpochSecond()));
        List<Entry> out = new ArrayList<>(dated);
        out.addAll(undated);
        return out;
    }

    /** A party's dated reports grouped by equal publication time, in time order. */
    private static List<List<Report>> batches(List<Report> rs) {
        Map<TimePoint, List<Report>> byTime = new LinkedHashMap<>();
        rs.stream().filter(Report::dated).forEach(r -> byTime.computeIfAbsent(r.published(), k -> new ArrayList<>())
                .add(r));
        return new ArrayList<>(byTime.values());
    }

    private static List<Entry> changes(String party, List<List<Report>> batches) {
        List<Entry> out = new ArrayList<>();
        boolean deniedBefore = false;
        boolean onlyDenied = false;
        String figure = null;
        for (int i = 0; i < batches.size(); i++) {
            List<Report> batch = batches.get(i);
            TimePoint at = batch.get(0).published();
            boolean denies = batch.stream().anyMatch(Report::denies);
            boolean allDeny = batch.stream().allMatch(r -> r.stance() == Stance.DENIES);
            Set<String> figures = new LinkedHashSet<>();
            batch.stream().filter(r -> r.casualties() != null).forEach(r -> figures.add(r.casualties()));
            String now = figures.isEmpty() ? null : String.join(", ", figures);
            if (i == 0) {
                out.add(new Entry(Change.FIRST, party, at, denies, null, null));
            } else {
                if (denies && !deniedBefore) {
                    out.add(new Entry(Change.DENIES, party, at, true, null, null));
                } else if (!denies && onlyDenied) {
                    out.add(new Entry(Change.ASSERTS, party, at, false, null, null));
                }
                if (now != null && !Objects.equals(now, figure)) {
                    out.add(new Entry(Change.TOLL, party, at, false, figure, now));
                }
            }
            deniedBefore |= denies;
            onlyDenied = allDeny;
            figure = now != null ? now : figure;
        }
        return out;
    }

    /**
     * How long after a happening a report came, at the coarser of the two precisions: minutes (under an hour) or hours
     * (under two days) when both have a clock time, else days, months or years between their dates.
     */
    public static Lag lag(TimePoint happened, TimePoint reported) {
        Precision coarser = happened.precision().ordinal() < reported.precision().ordinal()
                ? happened.precision() : reported.precision();
        if (coarser.hasClock()) {
            long minutes = Math.floorDiv(instant(reported) - instant(happened), 60);
            if (Math.abs(minutes) < 60) {
                return new Lag(ChronoUnit.MINUTES, minutes);
            }
            long hours = minutes / 60;
            return Math.abs(hours) < 48 ? new Lag(ChronoUnit.HOURS, hours) : new Lag(ChronoUnit.DAYS, hours / 24);
        }
        LocalDate from = happened.date();
        LocalDate to = reported.date();
        return switch (coarser) {
            case YEAR -> new Lag(ChronoUnit.YEARS, to.getYear() - from.getYear());
            case MONTH -> new Lag(ChronoUnit.MONTHS, ChronoUnit.MONTHS.between(from.withDayOfMonth(1),
                    to.withDayOfMonth(1)));
            default -> new Lag(ChronoUnit.DAYS, ChronoUnit.DAYS.between(from, to));
        };
    }

    /** The moment a clock time names (a part of the day by its middle, as it is written). */
    private static long instant(TimePoint t) {
        return t.local().toEpochSecond(t.offset());
    }

    /** The entries of one party, in time order. */
    public List<Entry> entriesOf(String party) {
        return entries.stream().filter(en -> en.party().equals(party)).toList();
    }

    /** The reports of one party (outlets' own: {@link ModelIndex#NO_PARTY}), dated ones first in time order. */
    public List<Report> reportsOf(String party) {
        return reports.stream().filter(r -> r.party().equals(party)).toList();
    }
}
