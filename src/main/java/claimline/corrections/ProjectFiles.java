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
import java.util.List;

/** Project files: saved atomically with a backup of the previous version; loaded with the strict model checks. */
public final class ProjectFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
        AtomicFile.write(file, out -> MAPPER.writer(pp).writeValue(out, root), true);
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
