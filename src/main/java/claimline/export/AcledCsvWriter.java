package claimline.export;

import claimline.model.Actor;
import claimline.model.Claim;
import claimline.model.DisplayNames;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Fact;
import claimline.model.Place;
import claimline.model.Precision;
import claimline.model.Source;
import claimline.model.TimeBasis;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The events as an ACLED-style table (the columns of ACLED's codebook that Claimline can fill): one row per event and
 * place, as ACLED makes one event of each location, and one row without a location for an event that names none.
 * Types are coded by {@link AcledType}; the actors are the parties taking part; coordinates are the place's own and
 * stay empty when it has none; fatalities only where a claim states a death toll of a violent event; the notes keep
 * every claim with who makes it. RFC 4180, written by Commons CSV.
 */
public final class AcledCsvWriter {
    public static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude",
            "longitude", "source", "notes", "fatalities");
    /** ACLED's time precision codes: the day is known; the week or about the day; the month or only the year. */
    public static final int DAY = 1;
    public static final int APPROXIMATE = 2;
    public static final int MONTH_OR_COARSER = 3;
    private static final Pattern KILLED = Pattern.compile("(\\d+) killed");

    private AcledCsvWriter() {}

    /** Writes the header and the rows of the events (the writer is flushed, not closed); returns the number of rows. */
    public static int write(EventModel model, List<Event> events, Writer out) throws IOException {
        DisplayNames names = DisplayNames.of(model);
        Map<String, Actor> actors = model.actorsById();
        Map<String, Place> places = model.placesById();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        int rows = 0;
        for (Event e : events) {
            List<Place> at = e.places().stream().map(places::get).filter(Objects::nonNull).toList();
            Integer killed = AcledType.of(e.type()).violent() ? fatalities(e) : null;
            if (at.isEmpty()) {
                printer.printRecord(row(e, null, killed, names, actors));
                rows++;
            }
            for (int i = 0; i < at.size(); i++) {
                // one toll for several places is split evenly among their rows (the first take the remainder), so
                // that a sum over the rows counts it once
                Integer share = killed == null ? null : killed / at.size() + (i < killed % at.size() ? 1 : 0);
                printer.printRecord(row(e, at.get(i), share, names, actors));
                rows++;
            }
        }
        printer.flush();
        return rows;
    }

    private static List<String> row(Event e, Place p, Integer fatalities, DisplayNames names,
                                    Map<String, Actor> actors) {
        AcledType type = AcledType.of(e.type());
        List<String> parties = parties(e, actors).stream().map(names::party).toList();
        LocalDate date = eventDate(e);
        return List.of(p == null ? e.id() : e.id() + ":" + p.id(), date.toString(),
                Integer.toString(date.getYear()), Integer.toString(timePrecision(e)), type.eventType(),
                type.subEventType(), cell(parties.size() > 0 ? parties.get(0) : ""),
                cell(parties.size() > 1 ? parties.get(1) : ""),
                p == null || p.country() == null ? "" : CountryNames.english(p.country()), "",
                p == null ? "" : cell(p.name()), coordinate(p == null ? null : p.lat()),
                coordinate(p == null ? null : p.lon()), cell(sources(e, names)), cell(notes(e, p, parties, names, actors)),
                fatalities == null ? "" : Integer.toString(fatalities));
    }

    /** The parties taking part, then those that only speak about it. */
    private static List<String> parties(Event e, Map<String, Actor> actors) {
        List<String> out = new ArrayList<>(ExportTexts.involvedParties(e, actors));
        ExportTexts.claimingParties(e, actors).stream().filter(p -> !out.contains(p)).forEach(out::add);
        return out;
    }

    /**
     * The day of the event as its parties state it (a clock time's own date, not UTC's); a time known only to the
     * month or the year is dated in the middle of it, as ACLED dates what it knows only roughly.
     */
    static LocalDate eventDate(Event e) {
        LocalDate start = e.time().start().date();
        return switch (e.time().precision()) {
            case YEAR -> LocalDate.of(start.getYear(), 7, 1);
            case MONTH -> start.withDayOfMonth(15);
            default -> start;
        };
    }

    /** 1 the day is known; 2 the day is only the publication's (the text gives none); 3 the month or the year. */
    static int timePrecision(Event e) {
        Precision p = e.time().precision();
        if (p == Precision.YEAR || p == Precision.MONTH) {
            return MONTH_OR_COARSER;
        }
        return e.time().basis() == TimeBasis.DOCUMENT ? APPROXIMATE : DAY;
    }

    /**
     * The deaths a violent event's claims state, the lowest of the parties' figures (ACLED takes the most
     * conservative report); each claim's figure is its largest "N killed". Null when no claim gives one.
     */
    static Integer fatalities(Event e) {
        Integer lowest = null;
        for (Claim c : e.claims()) {
            String casualties = c.facts().get(Fact.CASUALTIES);
            if (casualties == null) {
                continue;
            }
            Integer largest = null;
            Matcher m = KILLED.matcher(casualties);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                largest = largest == null ? n : Math.max(largest, n);
            }
            if (largest != null) {
                lowest = lowest == null ? largest : Math.min(lowest, largest);
            }
        }
        return lowest;
    }

    private static String coordinate(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The outlets that published the event's passages, as ACLED lists its sources: "KOMPAS.com; Berita Baru". */
    private static String sources(Event e, DisplayNames names) {
        TreeSet<String> outlets = new TreeSet<>();
        for (Source s : e.sources()) {
            Document d = names.document(s.document());
            outlets.add(d == null ? s.document() : DisplayNames.outlet(d));
        }
        return String.join("; ", outlets);
    }

    /**
     * What ACLED's columns cannot hold: the title, the time in words and how rough it is, the other parties, who
     * names this place, every claim with its claimant, stance and outlets, where the versions differ, the notes.
     */
    private static String notes(Event e, Place p, List<String> parties, DisplayNames names,
                                Map<String, Actor> actors) {
        StringBuilder b = new StringBuilder(e.title()).append(". When: ").append(ExportTexts.when(e.time().start()));
        if (e.time().end() != null) {
            b.append(" to ").append(ExportTexts.when(e.time().end()));
        }
        switch (e.time().precision()) {
            case YEAR -> b.append(" (known only to the year)");
            case MONTH -> b.append(" (known only to the month)");
            default -> {
                if (e.time().basis() == TimeBasis.DOCUMENT) {
                    b.append(" (the publication date: the text gives no time)");
                }
            }
        }
        b.append('.');
        if (e.background()) {
            b.append(" History the articles recall.");
        }
        if (parties.size() > 2) {
            b.append(" Also involved: ").append(String.join(", ", parties.subList(2, parties.size()))).append('.');
        }
        if (p != null) {
            TreeSet<String> naming = new TreeSet<>();
            PlacesGeoJsonWriter.partiesNaming(e, p, actors).forEach(code -> naming.add(names.party(code)));
            if (!naming.isEmpty()) {
                b.append(' ').append(p.name()).append(" is named by ").append(String.join(", ", naming)).append('.');
            }
        }
        for (Claim c : e.claims()) {
            String side = EventModel.sideOf(actors, c.claimant());
            TreeSet<String> outlets = new TreeSet<>();
            c.sources().forEach(s -> {
                Document d = names.document(s.document());
                outlets.add(d == null ? s.document() : DisplayNames.outlet(d));
            });
            b.append(' ').append(names.actor(c.claimant()));
            if (side != null && !names.party(side).equals(names.actor(c.claimant()))) {
                b.append(" (").append(names.party(side)).append(')');
            }
            b.append(' ').append(c.stance().json()).append(": “").append(c.text()).append("” [")
                    .append(String.join("; ", outlets)).append("].");
        }
        List<String> differ = e.disagreements().stream().map(d -> d.text(names::actorOrParty)).toList();
        if (!differ.isEmpty()) {
            b.append(" Where the versions differ: ").append(String.join("; ", differ)).append('.');
        }
        if (!e.notes().isEmpty()) {
            b.append(" Analyst's notes: ").append(String.join(" / ", e.notes())).append('.');
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** A text cell a spreadsheet will not run: one starting with =, +, - or @ gets a leading '. */
    private static String cell(String s) {
        return ClaimsCsvWriter.defused(s);
    }
}
