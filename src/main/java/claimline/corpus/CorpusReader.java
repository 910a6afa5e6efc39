package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads every article file of a folder (.txt, saved pages .html and .htm, .pdf, and collections .csv and .jsonl of
 * one article per row), or one collection file. One bad file or row never stops the corpus: it becomes a
 * {@link Problem} and the rest is read.
 */
public final class CorpusReader {
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
    /** A collection holds many articles: it may be this large (each of its articles is held to the file limit). */
    public static final long MAX_COLLECTION_SIZE = 1L << 30;

    private final boolean recursive;
    private final long maxFileSize;
    private final ArticleFiles articles;

    public CorpusReader(boolean recursive, long maxFileSize) {
        this(recursive, maxFileSize, Map.of());
    }

    /** {@code columns}: which columns of a collection hold what, where its names are its own. */
    public CorpusReader(boolean recursive, long maxFileSize, Map<Columns.Field, String> columns) {
        this.recursive = recursive;
        this.maxFileSize = maxFileSize;
        this.articles = new ArticleFiles(columns, maxFileSize);
    }

    public CorpusReader() { this(false, DEFAULT_MAX_FILE_SIZE); }

    public Corpus read(Path folder) throws CorpusException {
        return read(folder, p -> { });
    }

    /** Reads the folder, or the one collection file; {@code progress} receives the fraction of files done. */
    public Corpus read(Path folder, DoubleConsumer progress) throws CorpusException {
        if (Files.isRegularFile(folder) && isCollection(folder)) {
            Path abs = folder.toAbsolutePath();
            return readFiles(abs.getParent(), List.of(abs), progress);
        }
        return readFiles(folder, list(folder), progress);
    }

    /**
     * Reads the given files (dropped on the window, say); ids and paths are relative to {@code base}. The files are
     * read on all cores (a saved page costs a parse and Readability's passes); the ids are made unique afterwards, in
     * the files' order, so the corpus is the same however the work was shared. {@code progress} may be told from
     * several threads.
     */
    public Corpus readFiles(Path base, List<Path> files, DoubleConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<Corpus> each = IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path file = files.get(i);
            String rel = base.relativize(file).toString().replace('\\', '/');
            List<SourceText> texts = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            readOne(file, rel, texts, problems);
            progress.accept(done.incrementAndGet() / (double) files.size());
            return new Corpus(texts, problems);
        }).toList();
        List<SourceText> texts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Corpus c : each) {
            c.texts().forEach(t -> texts.add(unique(t, ids)));
            problems.addAll(c.problems());
        }
        return new Corpus(texts, problems);
    }

    /** The text under an id no earlier text has ({@code a}, {@code a-2}, ...); a row's path follows its id. */
    private static SourceText unique(SourceText t, Set<String> ids) {
        String id = uniqueId(t.id(), ids);
        if (id.equals(t.id())) {
            return t;
        }
        String path = t.path().endsWith("#" + t.id())
                ? t.path().substring(0, t.path().length() - t.id().length()) + id : t.path();
        return new SourceText(id, path, t.text(), t.htmlTitle(), t.page());
    }

    public static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".pdf") || isCollection(p);
    }

    /** A file of many articles, one per row, that opens like a folder. */
    public static boolean isCollection(Path p) {
        return p.getFileName() != null && CollectionReader.isCollection(p.getFileName().toString());
    }

    private List<Path> list(Path folder) throws CorpusException {
        if (!Files.exists(folder)) {
            throw new CorpusException("corpus folder does not exist: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("not a folder nor a collection (.csv, .jsonl): " + folder);
        }
        // Links are not followed when descending, so a link loop cannot trap the walk.
        try (Stream<Path> s = recursive ? Files.walk(folder) : Files.list(folder)) {
            return s.filter(p -> !p.equals(folder) && isArticle(p) && !Files.isDirectory(p))
                    .sorted((a, b) -> folder.relativize(a).toString().compareTo(folder.relativize(b).toString()))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CorpusException("cannot list folder " + folder + ": " + e.getMessage());
        }
    }

    private void readOne(Path file, String rel, List<SourceText> texts, List<Problem> problems) {
        byte[] bytes;
        try {
            if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(rel, ProblemKind.UNREADABLE, "the file disappeared while the corpus was read"));
                return;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(rel, ProblemKind.UNREADABLE, "not a regular file (a broken or looping link?)"));
                return;
            }
            long size = Files.size(file);
            long limit = isCollection(file) ? Math.max(maxFileSize, MAX_COLLECTION_SIZE) : maxFileSize;
            if (size > limit) {
                problems.add(new Problem(rel, ProblemKind.TOO_LARGE,
                        "file is " + size + " bytes, over the limit of " + limit + " bytes"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            problems.add(new Problem(rel, ProblemKind.UNREADABLE, "permission denied"));
            return;
        } catch (NoSuchFileException e) {
            problems.add(new Problem(rel, ProblemKind.UNREADABLE, "the file disappeared while the corpus was read"));
            return;
        } catch (IOException | OutOfMemoryError e) {
            problems.add(new Problem(rel, ProblemKind.UNREADABLE, "cannot read: " + e.getMessage()));
            return;
        }
        articles.read(file, rel, bytes, texts, problems);
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
