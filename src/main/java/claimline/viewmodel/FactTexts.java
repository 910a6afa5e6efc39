package claimline.viewmodel;

import claimline.model.Disagreement;
import claimline.model.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parties' differing versions in the words of the interface: "who started it: Armenia blames Azerbaijan" or
 * "siapa yang memulai: Armenia menyalahkan Azerbaijan". The export keeps the model's English sentences
 * ({@link Disagreement#text}); in English the two are the same.
 */
public final class FactTexts {
    private FactTexts() {}

    /** The whole disagreement as a sentence; {@code name} names the sides and, for who started it, the one blamed. */
    public static String sentence(Disagreement d, Function<String, String> name) {
        if (d.fact() == Fact.NOTE) {
            return d.text(name); // a file stated it only as text, in its own words
        }
        List<String> parts = new ArrayList<>();
        d.byParty().forEach((side, value) -> parts.add(name.apply(side) + " " + value(d.fact(), value, name)));
        return label(d.fact()) + ": " + String.join("; ", parts);
    }

    /** The fact's name: "time", "who started it". */
    public static String label(Fact f) {
        return Texts.get("fact." + f.json());
    }

    /** One side's value: "dates it 2022-09-13", "blames Azerbaijan", "calls it limited", "denies the account". */
    public static String value(Fact f, String value, Function<String, String> name) {
        String shown = switch (f) {
            case BLAME -> name.apply(value);
            case SCALE -> Arrays.stream(value.split(", ")).map(FactTexts::scale).collect(Collectors.joining(", "));
            default -> value;
        };
        return Texts.get("fact." + f.json() + ".value", shown);
    }

    /** Sizes as the reader gives them ("large-scale, limited"), in the interface's words when it has them. */
    public static String scales(String sizes) {
        return Arrays.stream(sizes.split(", ")).map(FactTexts::scale).collect(Collectors.joining(", "));
    }

    /** A size as the reader gives it ("limited", "large-scale"), in the interface's words when it has them. */
    private static String scale(String size) {
        String key = "scale." + size;
        String s = Texts.get(key);
        return s.equals(key) ? size : s;
    }
}
