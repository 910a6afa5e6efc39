package claimline.app;

import claimline.model.DisplayNames;
import claimline.model.Disagreement;
import claimline.model.Document;
import claimline.model.EventTime;
import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.Precision;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import claimline.model.TimePoint;
import claimline.viewmodel.Contest;
import claimline.viewmodel.ModelIndex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the views put the model's values into words: times as "13 Sep 2022, 00:05 (UTC+4)" (their patterns are
 * {@link TimeTexts}'), how a time was found and how precise it is, event types, stances, facts and disagreements,
 * publication dates, outlets. Never a raw code (no ISO-8601, no enum names, no internal ids). Pure: no scene graph,
 * so it is tested without a toolkit. Words and date patterns come from the message bundle of the interface's
 * language.
 */
final class Formats {
    private Formats() {}

    /** "13 Sep 2022". */
    static String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern(Messages.get("format.day"), Messages.locale()));
    }

    /** A time at its precision: "2022", "Sep 2022", "13 Sep 2022", "13 Sep 2022, 00:05 (UTC+4)". */
    static String point(TimePoint p) {
        return TimeTexts.of(p);
    }

    /** When an event happened: "13 Sep 2022, 00:05 (UTC+4)", or "12 Sep 2022 – 13 Sep 2022" with an end. */
    static String time(EventTime t) {
        String start = point(t.start());
        if (t.end() == null || t.end().equals(t.start())) {
            return start;
        }
        return Messages.get("format.range", start, point(t.end()));
    }

    /** "13 Sep 2022, 00:05 (UTC+4) · time stated in the text". */
    static String timeAndBasis(EventTime t) {
        return time(t) + " · " + basis(t.basis());
    }

    static String basis(TimeBasis b) {
        return Messages.get("basis." + b.json());
    }

    static String precision(Precision p) {
        return Messages.get("precision." + p.json());
    }

    static String type(EventType t) {
        return Messages.get("type." + t.json());
    }

    /** "cannot be read", "too large". */
    static String problemKind(claimline.model.ProblemKind k) {
        return Messages.name("problem", k);
    }

    static String stance(Stance s) {
        return Messages.get("stance." + s.json());
    }

    /** "published 13 Sep 2022, as the article states it", or that the date is unknown. */
    static String published(Document d) {
        if (d.published().date() == null) {
            return Messages.get("published.unknown");
        }
        String day = date(d.published().date());
        if (d.published().time() != null) {
            // a page's metadata gives the moment: "13 Sep 2022 15:20 +07:00"
            java.time.OffsetDateTime t = d.published().time();
            day += String.format(java.util.Locale.ROOT, " %02d:%02d %s", t.getHour(), t.getMinute(),
                    t.getOffset().getTotalSeconds() == 0 ? "UTC" : t.getOffset().getId());
        }
        return Messages.get("published." + d.published().basis().json(), day);
    }

    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** The reader's own explanations ("follows the date it gives (2022-09-19)") with their dates in words. */
    static String isoDatesInWords(String text) {
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(date(LocalDate.parse(m.group())));
            } catch (DateTimeParseException e) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
        });
    }

    /**
     * "KOMPAS.com · 13 Sep 2022" (with the moment when the page gives one: "13 Sep 2022, 15:20 (UTC+7)"): where and
     * when a passage was published; "KOMPAS.com · publication time unknown" when that is not known.
     */
    static String outletAndDate(Document d) {
        String outlet = DisplayNames.outlet(d);
        TimePoint published = claimline.viewmodel.ReportChronology.publicationTime(d.published());
        return outlet + " · " + (published == null ? Messages.get("reports.unknownTime") : point(published));
    }

    /** "Title — Outlet"; a document with neither shows its file name once. */
    static String heading(Document d) {
        String title = DisplayNames.title(d);
        String outlet = DisplayNames.outlet(d);
        return outlet.equals(title) ? title : title + " — " + outlet;
    }

    /** "Time", "Who started it". */
    static String factLabel(Fact f) {
        return Messages.get("fact." + f.json());
    }

    /**
     * One side's value for a fact: "dates it 13 Sep 2022", "blames Azerbaijan", "calls it limited", "Ministry of
     * Defence of Azerbaijan denies the account". {@code raw} is what the model holds (a date, a party code, a
     * claimant id).
     */
    static String factValue(Fact f, String raw, Function<String, String> nameOf) {
        String value = switch (f) {
            case TIME -> dateIfIso(raw);
            case BLAME, DENIAL -> nameOf.apply(raw);
            case SCALE -> claimline.viewmodel.FactTexts.scales(raw);
            default -> raw;
        };
        String key = "fact." + f.json() + ".value";
        String pattern = Messages.get(key);
        return pattern.equals(key) ? f.verb() + " " + value : Messages.get(key, value);
    }

    private static String dateIfIso(String raw) {
        try {
            return date(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** "Time: Armenia dates it 13 Sep 2022; Azerbaijan dates it 12 Sep 2022"; a note as it was written. */
    static String disagreement(Disagreement d, ModelIndex index) {
        if (d.fact() == Fact.NOTE) {
            return d.byParty().values().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        d.byParty().forEach((side, value) -> parts.add(d.fact() == Fact.DENIAL
                ? factValue(Fact.DENIAL, side, index::nameOf)
                : index.nameOf(side) + " " + factValue(d.fact(), value, index::nameOf)));
        return factLabel(d.fact()) + ": " + String.join("; ", parts);
    }

    /** "Armenia and Azerbaijan name different places", "Armenia denies the account of Azerbaijan". */
    static String reason(Contest.Reason r, ModelIndex index) {
        String parties = names(r.parties(), index);
        if (r.fact() == Fact.DENIAL) {
            return Messages.get("contest.denial", parties, names(r.against(), index));
        }
        String key = "contest." + r.fact().json();
        String pattern = Messages.get(key);
        return pattern.equals(key) ? Messages.get("contest.other", parties, factLabel(r.fact()))
                : Messages.get(key, parties);
    }

    /** "Contested: Armenia and Azerbaijan name different places; …", or "" when the event is not contested. */
    static String contest(Contest c, ModelIndex index) {
        if (!c.contested()) {
            return "";
        }
        List<String> reasons = c.reasons().stream().map(r -> reason(r, index)).toList();
        return Messages.get("contest.why", String.join("; ", reasons));
    }

    /** "Armenia", "Armenia and Azerbaijan", "Armenia, Azerbaijan and United States". */
    static String names(List<String> parties, ModelIndex index) {
        List<String> names = parties.stream().map(index::nameOf).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + Messages.get("list.and")
                + names.get(names.size() - 1);
    }
}
