package claimline.corrections;

import claimline.export.AtomicFile;
import claimline.export.ModelFormatException;
import claimline.export.ModelJsonReader;
import claimline.export.ModelJsonWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Project files: saved atomically, keeping the last {@value #BACKUPS} versions ({@code .bak}, {@code .bak.1},
 * {@code .bak.2}); loaded with the strict model checks. A file that does not load can be set aside and replaced by
 * its newest readable backup.
 */
public final class ProjectFiles {
    public static final int BACKUPS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP_NAME = Pattern.compile("(.+)\\.bak(\\.\\d+)?");

    /** A backup that loads, and when it was saved. */
    public record Backup(Path file, Project project, FileTime saved) {}

    /** What a file on disk looked like when we last read or wrote it, to notice someone else changing it. */
    public record Stamp(long size, FileTime modified) {
        public static Stamp of(Path file) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            return new Stamp(Files.size(file), Files.getLastModifiedTime(file));
        }
    }

    private ProjectFiles() {}

    public static void save(Project p, Path file) throws IOException {
        save(p, file, AtomicFile.Steps.NONE);
    }

    /** Saves, telling {@code steps} of each step of the replacement (the kill test stops there; a test fails one). */
    public static void save(Project p, Path file, AtomicFile.Steps steps) throws IOException {
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        ModelJsonWriter.write(p.model(), model);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Project.FORMAT);
        if (p.corpus() != null) {
            root.put("corpus", p.corpus());
        }
        root.set("corrections", CorrectionsJson.write(p.corrections()));
        root.set("model", MAPPER.readTree(model.toByteArray()));
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        AtomicFile.write(file, out -> MAPPER.writer(pp).writeValue(out, root), BACKUPS, steps);
    }

    /** The backups of a project file that exist, newest first. */
    public static List<Path> backups(Path file) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < BACKUPS; i++) {
            Path b = AtomicFile.backup(file, i);
            if (Files.isRegularFile(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The newest backup of a project file that loads, if any. */
    public static Optional<Backup> newestReadableBackup(Path file) {
        for (Path b : backups(file)) {
            try {
                Project p = load(b);
                return Optional.of(new Backup(b, p, Files.getLastModifiedTime(b)));
            } catch (ModelFormatException | IOException e) {
                // damaged as well: try the one before
            }
        }
        return Optional.empty();
    }

    /**
     * Moves a project file that does not load out of the way, to {@code name.damaged-<UTC time>.json} beside it,
     * so that it is kept for whoever wants to repair it and the next open does not stumble on it again.
     */
    public static Path keepAside(Path damaged, Instant now) throws IOException {
        Path abs = damaged.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("\\.json$", "");
        String stem = name + ".damaged-" + ASIDE.format(now);
        Path aside = abs.resolveSibling(stem + ".json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = abs.resolveSibling(stem + "-" + n + ".json");
        }
        Files.move(abs, aside);
        return aside;
    }

    /** The project file a backup belongs to ({@code p.json} for {@code p.json.bak.1}); any other file itself. */
    public static Path originalOf(Path file) {
        Matcher m = BACKUP_NAME.matcher(file.getFileName().toString());
        return m.matches() ? file.resolveSibling(m.group(1)) : file;
    }

    public static Project load(Path file) throws ModelFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ModelFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Project read(InputStream in) throws ModelFormatException {
        JsonNode root = ModelJsonReader.readTree(in);
        if (root == null || !root.isObject() || !Project.FORMAT.equals(root.path("format").asText())) {
            throw new ModelFormatException("not a Claimline project (expected format " + Project.FORMAT + ")");
        }
        List<Correction> corrections;
        try {
            corrections = CorrectionsJson.read(root.get("corrections"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelFormatException("bad correction: " + e.getMessage(), e);
        }
        String corpus = root.hasNonNull("corpus") ? root.get("corpus").asText() : null;
        return new Project(corpus, corrections, ModelJsonReader.fromTree(root.get("model")));
    }

    /** Whether a file is a project rather than a plain model, by its format field. */
    public static boolean isProject(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + Project.FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }
}
