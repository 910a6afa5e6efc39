package claimline.export;

import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One row per claim (RFC 4180): event, type, start, precision, claimant, party, stance, document, passage.
 * Spreadsheet users get every party's version of every event in one sheet.
 */
public final class ClaimsCsvWriter {
    public static final List<String> HEADER = List.of("event", "title", "type", "start", "precision", "claimant",
            "party", "stance", "document", "start_offset", "end_offset", "passage");

    private ClaimsCsvWriter() {}

    public static void write(EventModel model, List<Event> events, Writer out) throws IOException {
        Map<String, Document> docs = model.documentsById();
        row(out, HEADER);
        for (Event e : events) {
            for (Claim c : e.claims()) {
                Source s = c.sources().get(0);
                Document d = docs.get(s.document());
                String passage = d == null ? c.text() : d.text().substring(s.start(), Math.min(s.end(), d.length()));
                row(out, List.of(e.id(), e.title(), e.type().json(), e.time().start().iso(),
                        e.time().precision().json(), c.claimant(), model.partyOf(c.claimant()), c.stance().json(),
                        s.document(), Integer.toString(s.start()), Integer.toString(s.end()), passage));
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

    /** Quotes a cell; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String quote(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
