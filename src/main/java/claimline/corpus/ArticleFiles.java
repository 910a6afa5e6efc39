package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the bytes of one file into its articles, by kind: text, saved page, PDF, or a collection of rows. */
final class ArticleFiles {
    private final Map<Columns.Field, String> columns;
    private final long maxTextSize;

    ArticleFiles(Map<Columns.Field, String> columns, long maxTextSize) {
        this.columns = columns;
        this.maxTextSize = maxTextSize;
    }

    /** The articles of one file, under the ids they want (the corpus makes them unique). */
    void read(Path file, String rel, byte[] bytes, List<SourceText> texts, List<Problem> problems) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String stem = stem(file.getFileName().toString());
        if (lower.endsWith(".pdf")) {
            PdfText.Extracted pdf = PdfText.extract(rel, bytes);
            if (pdf.problem() != null) {
                problems.add(pdf.problem());
            } else {
                texts.add(new SourceText(stem, rel, pdf.text(), pdf.title()));
            }
            return;
        }
        DecodedText decoded = TextDecoder.decode(rel, bytes);
        if (decoded.problem() != null) {
            problems.add(decoded.problem());
        }
        if (!decoded.readable()) {
            return;
        }
        if (CollectionReader.isCollection(lower)) {
            new CollectionReader(mappingFor(file, rel, problems), maxTextSize).read(rel, decoded.text(), texts, problems);
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            SavedPage.Extracted page = SavedPage.extract(decoded.text());
            if (page.text().isBlank()) {
                problems.add(new Problem(rel, ProblemKind.EMPTY, "the HTML page holds no text"));
                return;
            }
            if (!page.article()) {
                problems.add(new Problem(rel, ProblemKind.NO_ARTICLE, "no article found in the page (a section front, "
                        + "an error page?): its whole text was read, menus and links included"));
            }
            texts.add(SourceText.withMetadata(stem, rel, page.text(), page.metadata()));
        } else {
            texts.add(new SourceText(stem, rel, decoded.text(), null));
        }
    }

    /** The mapping given (the command line's) or else the one in the file beside the collection. */
    private Map<Columns.Field, String> mappingFor(Path collection, String rel, List<Problem> problems) {
        if (!columns.isEmpty()) {
            return columns;
        }
        Path beside = collection.resolveSibling(CollectionReader.mappingFileOf(collection.getFileName().toString()));
        if (!Files.isRegularFile(beside)) {
            return Map.of();
        }
        try {
            return Columns.parseMapping(Files.readString(beside, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(rel, ProblemKind.PARTIAL, beside.getFileName() + " does not read ("
                    + e.getMessage() + "): the columns are recognised by their names"));
            return Map.of();
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
