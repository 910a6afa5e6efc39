package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A collection in one file, one article per row: JSON Lines ({@link JsonLinesRows}) or CSV ({@link CsvRows}). Each
 * row becomes a source of its own ({@code archive.csv#id}); a row that cannot be read is a problem with its line
 * number, and the other rows are read.
 */
public final class CollectionReader {
    /** A row as its columns' values (nested JSON fields as {@code source.name}), and the line it starts on. */
    public record Row(long line, Map<String, String> values) {}

    /** The rows of a file as far as they can be read; a row or a part that cannot be is a problem. */
    public record Rows(List<String> header, List<Row> rows, List<Problem> problems) {}

    private final Map<Columns.Field, String> mapping;
    private final long maxTextSize;

    public CollectionReader(Map<Columns.Field, String> mapping, long maxTextSize) {
        this.mapping = mapping;
        this.maxTextSize = maxTextSize;
    }

    public static boolean isCollection(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /**
     * The articles of the collection {@code rel} whose decoded text is {@code content}, each under the id its row
     * gives (or the file's name and the row's line); the corpus makes the ids unique.
     */
    public void read(String rel, String content, List<SourceText> texts, List<Problem> problems) {
        String lower = rel.toLowerCase(Locale.ROOT);
        Rows rows = lower.endsWith(".csv") ? CsvRows.read(rel, content) : JsonLinesRows.read(rel, content);
        problems.addAll(rows.problems());
        if (rows.rows().isEmpty()) {
            if (rows.problems().isEmpty()) {
                problems.add(new Problem(rel, ProblemKind.EMPTY, "the collection holds no rows"));
            }
            return;
        }
        Columns columns = Columns.recognise(rows.header(), mapping);
        for (Map.Entry<Columns.Field, String> m : mapping.entrySet()) {
            if (columns.column(m.getKey()) == null) {
                problems.add(new Problem(rel, ProblemKind.PARTIAL, "the mapping names column '" + m.getValue()
                        + "' for " + m.getKey().key() + ", but the collection has no such column"));
            }
        }
        if (!columns.hasArticle()) {
            problems.add(new Problem(rel, ProblemKind.UNREADABLE, "no column holds the articles' text: none is named "
                    + "text or html (or body, content, maintext, ...); the columns are " + String.join(", ", rows.header())
                    + ". Name it with --columns text=COLUMN, or a line text=COLUMN in " + mappingFileOf(rel)));
            return;
        }
        String stem = stem(rel);
        for (Row row : rows.rows()) {
            SourceText t = article(rel, stem, row, columns, problems);
            if (t != null) {
                texts.add(t);
            }
        }
    }

    /** The file beside a collection that maps its columns: {@code archive.csv.columns}. */
    public static String mappingFileOf(String collection) {
        int slash = collection.lastIndexOf('/');
        return collection.substring(slash + 1) + ".columns";
    }

    private SourceText article(String rel, String stem, Row row, Columns columns, List<Problem> problems) {
        String text = value(row, columns, Columns.Field.TEXT);
        String html = value(row, columns, Columns.Field.HTML);
        String at = "line " + row.line() + ": ";
        if (text == null && html == null) {
            problems.add(new Problem(rel, ProblemKind.BAD_ROW, at + "no text (column "
                    + (columns.column(Columns.Field.TEXT) != null ? columns.column(Columns.Field.TEXT)
                    : columns.column(Columns.Field.HTML)) + " is empty)"));
            return null;
        }
        if ((text != null ? text : html).length() > maxTextSize) {
            problems.add(new Problem(rel, ProblemKind.BAD_ROW, at + "the article is " + (text != null ? text : html).length()
                    + " characters, over the limit of " + maxTextSize));
            return null;
        }
        String wanted = value(row, columns, Columns.Field.ID);
        String id = wanted != null ? wanted.replaceAll("\\s+", "_") : stem + "-" + row.line();
        PageMetadata meta = PageMetadata.NONE;
        String body = text;
        if (body == null) {
            SavedPage.Extracted page = SavedPage.extract(html);
            body = page.text();
            meta = page.metadata();
            if (body.isBlank()) {
                problems.add(new Problem(rel, ProblemKind.BAD_ROW, at + "its HTML holds no text"));
                return null;
            }
        }
        meta = meta.overriddenBy(columnsMetadata(rel, row, columns, problems));
        return SourceText.withMetadata(id, rel + "#" + id, body, meta);
    }

    private static PageMetadata columnsMetadata(String rel, Row row, Columns columns, List<Problem> problems) {
        PageMetadata m = new PageMetadata(value(row, columns, Columns.Field.TITLE), value(row, columns, Columns.Field.OUTLET),
                null, null, null, value(row, columns, Columns.Field.URL), language(value(row, columns, Columns.Field.LANGUAGE)));
        String raw = value(row, columns, Columns.Field.PUBLISHED);
        if (raw == null) {
            return m;
        }
        PublishedValue v = PublishedValue.parse(raw);
        if (v == null) {
            problems.add(new Problem(rel, ProblemKind.PARTIAL, "line " + row.line() + ": " + columns.column(Columns.Field.PUBLISHED)
                    + " '" + raw + "' is not a date; the article is read without it"));
            return m;
        }
        return m.withPublished(v, "column " + columns.column(Columns.Field.PUBLISHED) + " \"" + raw.strip() + "\"");
    }

    private static String language(String raw) {
        return raw == null ? null : raw.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static String value(Row row, Columns columns, Columns.Field f) {
        String column = columns.column(f);
        String v = column == null ? null : row.values().get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String stem(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Map<String, String> newRow() { return new LinkedHashMap<>(); }
}
