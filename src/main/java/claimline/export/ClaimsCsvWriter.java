package claimline.export;

import claimline.model.Claim;
import claimline.model.DisplayNames;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One row per passage (RFC 4180): event, type, start, precision, claimant, party, stance, outlet, publication date,
 * document, offsets, passage. A claim said in three articles is three rows, so a spreadsheet holds every passage the
 * app shows; claimants, parties and outlets are named as the app names them, never by internal id.
 */
public final class ClaimsCsvWriter {
    public static final List<String> HEADER = List.of("event", "title", "type", "start", "precision", "claimant",
            "party", "stance", "outlet", "published", "document", "start_offset", "end_offset", "passage");

    private ClaimsCsvWriter() {}

    public static void write(EventModel model, List<Event> events, Writer out) throws IOException {
        DisplayNames names = DisplayNames.of(model);
        row(out, HEADER);
        for (Event e : events) {
            for (Claim c : e.claims()) {
                String party = model.sideOf(c.claimant());
                for (Source s : c.sources()) {
                    Document d = names.document(s.document());
                    String passage = d == null ? c.text() : d.text().substring(s.start(), Math.min(s.end(), d.length()));
                    row(out, List.of(e.id(), e.title(), e.type().json(), e.time().start().iso(),
                            e.time().precision().json(), names.actor(c.claimant()),
                            party == null ? "" : names.party(party), c.stance().json(),
                            d == null ? "" : DisplayNames.outlet(d),
                            d == null || d.published().date() == null ? "" : d.published().date().toString(),
                            d == null ? s.document() : d.path(), Integer.toString(s.start()), Integer.toString(s.end()),
                            passage));
                }
            }
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes a cell, {@link #defused} so that spreadsheets do not run it as a formula. */
    static String quote(String cell) {
        return "\"" + defused(cell).replace("\"", "\"\"") + "\"";
    }

    /** A text cell with a leading =, +, - or @ prefixed with ', which spreadsheets would run as a formula. */
    static String defused(String cell) {
        String s = cell == null ? "" : cell;
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
