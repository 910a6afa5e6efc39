package claimline.model;

import java.util.Locale;

/** Enums of the model are written in JSON as their lower-case names. */
public interface JsonName {
    String name();

    default String json() { return name().toLowerCase(Locale.ROOT); }

    static <E extends Enum<E>> E parse(Class<E> type, String json) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(json)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + json + "'");
    }
}
