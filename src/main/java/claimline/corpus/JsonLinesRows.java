package claimline.corpus;

import claimline.model.Problem;
import claimline.model.ProblemKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a JSON Lines collection, parsed by Jackson: one JSON object per line, blank lines skipped. Nested objects
 * give their fields as {@code source.name}; arrays and nulls give nothing.
 */
final class JsonLinesRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesRows() {}

    static CollectionReader.Rows read(String rel, String content) {
        List<CollectionReader.Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> header = new LinkedHashSet<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                problems.add(new Problem(rel, ProblemKind.BAD_ROW, "line " + (i + 1) + ": not JSON ("
                        + e.getOriginalMessage() + ")"));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.add(new Problem(rel, ProblemKind.BAD_ROW, "line " + (i + 1)
                        + ": not a JSON object with the article's fields"));
                continue;
            }
            Map<String, String> values = CollectionReader.newRow();
            flatten("", node, values, 0);
            header.addAll(values.keySet());
            rows.add(new CollectionReader.Row(i + 1, values));
        }
        return new CollectionReader.Rows(List.copyOf(header), rows, problems);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out, int depth) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject() && depth < 4) {
                flatten(key + ".", v, out, depth + 1);
            } else if (v.isValueNode() && !v.isNull()) {
                out.putIfAbsent(key, v.asText());
            }
        }
    }
}
