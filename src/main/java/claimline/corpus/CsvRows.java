package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The rows of a CSV collection, parsed by Commons CSV: a header line, then one article per record (a quoted field may
 * span lines). The delimiter is the one the header uses: comma, semicolon (spreadsheets of comma-decimal locales) or
 * tab.
 */
final class CsvRows {
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)", Pattern.CASE_INSENSITIVE);

    private CsvRows() {}

    static CollectionReader.Rows read(String rel, String content) {
        List<CollectionReader.Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] newlines = newlines(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(content)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        List<String> header;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(format).get()) {
            header = new ArrayList<>(parser.getHeaderNames());
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    problems.add(new Problem(rel, ProblemKind.BAD_ROW, "line " + failedLine(broken, rows, newlines)
                            + ": a quoted field is never closed, so this row and the rest of the file could not be read"));
                    break;
                }
                long line = lineOf(r.getCharacterPosition(), newlines);
                if (r.size() != header.size()) {
                    problems.add(new Problem(rel, ProblemKind.BAD_ROW, "line " + line + ": " + r.size()
                            + (r.size() == 1 ? " field" : " fields") + " where the header has " + header.size()));
                    continue;
                }
                Map<String, String> values = CollectionReader.newRow();
                for (int i = 0; i < header.size(); i++) {
                    values.putIfAbsent(header.get(i), r.get(i));
                }
                rows.add(new CollectionReader.Row(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the header itself does not parse
            problems.add(new Problem(rel, ProblemKind.UNREADABLE, "line 1: the header does not read as CSV: " + e.getMessage()));
            return new CollectionReader.Rows(List.of(), List.of(), problems);
        }
        return new CollectionReader.Rows(header, rows, problems);
    }

    private static long failedLine(RuntimeException broken, List<CollectionReader.Row> rows, int[] newlines) {
        for (Throwable t = broken; t != null; t = t.getCause()) {
            Matcher m = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return rows.isEmpty() ? 2 : rows.get(rows.size() - 1).line() + 1;
    }

    /** The delimiter the header line uses most, outside quotes. */
    private static char delimiter(String content) {
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        int[] counts = new int[3];
        char[] candidates = {',', ';', '\t'};
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            quoted ^= c == '"';
            for (int i = 0; i < candidates.length && !quoted; i++) {
                counts[i] += c == candidates[i] ? 1 : 0;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return candidates[best];
    }

    private static int[] newlines(String content) {
        int[] out = new int[16];
        int n = 0;
        for (int i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** The 1-based line of a character position: one more than the line breaks before it. */
    private static long lineOf(long position, int[] newlines) {
        int i = Arrays.binarySearch(newlines, (int) position);
        return (i >= 0 ? i : -i - 1) + 1;
    }
}
