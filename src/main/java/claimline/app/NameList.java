package claimline.app;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of actors or places as the analyst reads and types it in the edit dialog: names, comma-separated, read
 * back to ids. A name matches whatever its case; an id typed as such is kept, and so is an unknown word (the
 * correction then names something the model does not have, which the details show as typed).
 */
final class NameList {
    private NameList() {}

    /**
     * Each id with the name to show for it; a name two ids share would read back to the wrong one, so those ids
     * are shown as they are.
     */
    static Map<String, String> unique(Map<String, String> names) {
        Map<String, Integer> uses = new HashMap<>();
        names.values().forEach(n -> uses.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        names.forEach((id, name) -> out.put(id, uses.get(name.toLowerCase(Locale.ROOT)) > 1 ? id : name));
        return out;
    }

    static String of(List<String> ids, Function<String, String> nameOf) {
        return String.join(", ", ids.stream().map(nameOf).toList());
    }

    /** @param names each id with its name */
    static List<String> ids(String text, Map<String, String> names) {
        Map<String, String> idByName = new HashMap<>();
        names.forEach((id, name) -> idByName.putIfAbsent(name.toLowerCase(Locale.ROOT), id));
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> names.containsKey(s) ? s : idByName.getOrDefault(s.toLowerCase(Locale.ROOT), s))
                .distinct().toList();
    }
}
