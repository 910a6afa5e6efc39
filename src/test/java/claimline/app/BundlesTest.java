package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.model.Fact;
import claimline.model.JsonName;
import claimline.model.Precision;
import claimline.model.ProblemKind;
import claimline.model.PublishedBasis;
import claimline.model.Stance;
import claimline.model.TimeBasis;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The interface speaks English and Indonesian: every bundle has the same keys in both, the arguments of each message
 * are the same in both, a value is the same in both only where it must be (a name, a date pattern, "OK"), and every
 * key the code asks for is in the bundles.
 */
class BundlesTest {
    private static final List<String> BUNDLES = List.of("claimline/app/messages", "claimline/app/timeline/timeline",
            "claimline/viewmodel/texts");
    /** Values that are the same in both languages on purpose. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.title", "error.title", "export.shown", "button.ok",
            "title.unsaved",
            "format.day", "format.month", "format.year");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        var in = BundlesTest.class.getClassLoader().getResourceAsStream(name + ".properties");
        assertThat(in).as(name + ".properties").isNotNull();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimline/app/messages", "claimline/app/timeline/timeline", "claimline/viewmodel/texts"})
    void everyKeyIsInBothLanguagesWithTheSameArguments(String bundle) throws IOException {
        Properties en = load(bundle);
        Properties id = load(bundle + "_id");
        assertThat(new TreeSet<>(id.stringPropertyNames())).as("keys of " + bundle + "_id")
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(id.getProperty(key))).as("arguments of " + key)
                    .isEqualTo(arguments(en.getProperty(key)));
            if (!SAME_IN_BOTH.contains(key)) {
                assertThat(id.getProperty(key)).as("Indonesian of " + key + " left in English").isNotEqualTo(
                        en.getProperty(key));
            }
        }
    }

    private static Set<String> arguments(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every key written in the code (as a literal) is in a bundle. */
    @Test
    void everyKeyTheCodeAsksForIsInTheBundles() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String b : BUNDLES) {
            keys.addAll(load(b).stringPropertyNames());
        }
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z_]+)+)\"");
        Set<String> asked = new TreeSet<>();
        for (String dir : List.of("src/main/java/claimline/app", "src/main/java/claimline/viewmodel")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                // The benchmark prints figure names, not words for people.
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/bench/"))
                        .toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        String k = m.group(1);
                        boolean fileName = k.matches(".*\\.(png|svg|json|csv)");
                        if (prefixes.contains(k.substring(0, k.indexOf('.'))) && !fileName) {
                            asked.add(k);
                        }
                    }
                }
            }
        }
        assertThat(asked).as("keys in the code").hasSizeGreaterThan(100);
        assertThat(keys).containsAll(asked);
    }

    /** The names of the model's values (types, precisions, bases, stances, problems) in every language. */
    @Test
    void everyValueOfTheModelHasANameInBothLanguages() throws IOException {
        Map<String, JsonName[]> named = Map.of("type", EventType.values(), "precision", Precision.values(),
                "basis", TimeBasis.values(), "stance", Stance.values(), "problem", ProblemKind.values());
        for (String language : List.of("", "_id")) {
            Properties app = load("claimline/app/messages" + language);
            Properties timeline = load("claimline/app/timeline/timeline" + language);
            Properties texts = load("claimline/viewmodel/texts" + language);
            named.forEach((prefix, values) -> {
                for (JsonName v : values) {
                    assertThat(app.getProperty(prefix + "." + v.json())).as(prefix + "." + v.json() + language)
                            .isNotBlank();
                }
            });
            for (EventType t : EventType.values()) {
                assertThat(timeline.getProperty("type." + t.json())).as("legend " + t + language).isNotBlank();
            }
            for (Fact f : Fact.values()) {
                if (f != Fact.NOTE) { // a note is the text a file gave
                    assertThat(texts.getProperty("fact." + f.json())).as(f + language).isNotBlank();
                    assertThat(texts.getProperty("fact." + f.json() + ".value")).as(f + " value" + language).isNotBlank();
                }
            }
            for (PublishedBasis b : PublishedBasis.values()) {
                assertThat(texts.getProperty("published.basis." + b.json())).as(b + language).isNotBlank();
            }
        }
    }
}
