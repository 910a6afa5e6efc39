package claimline.reading.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of languages (assets/lexicon/languages.json): each with its stemmer and its common words, by which a
 * document's language is told. The first language is the one a text with no known word is read as.
 */
public final class Languages {
    private static final Map<String, Function<String, Stemmer>> STEMMERS = Map.of(
            "sastrawi", Stemmer.Indonesian::forLanguage,
            "snowball-english", Stemmer.English::forLanguage);

    private static final Languages INSTANCE = new Languages();

    private final List<Language> languages = new ArrayList<>();
    /** For each common word, the languages it is common in, as bits in the order of {@link #languages}. */
    private final Map<String, Integer> languagesOfWord = new HashMap<>();

    private Languages() {
        LexiconFile file = LexiconFile.open("lexicon/languages.json");
        for (com.fasterxml.jackson.databind.JsonNode n : file.node("languages")) {
            String code = n.path("code").asText();
            String stemmerName = n.path("stemmer").asText();
            Function<String, Stemmer> stemmer = STEMMERS.get(stemmerName);
            if (stemmer == null) {
                throw new IllegalStateException("assets/lexicon/languages.json: unknown stemmer \"" + stemmerName
                        + "\" for " + code + " (known: " + STEMMERS.keySet() + ")");
            }
            Language language = new Language(code, n.path("name").asText(), stemmer.apply(code));
            int bit = 1 << languages.size();
            languages.add(language);
            LexiconFile common = language.open("common-words.json");
            common.words("words").forEach(w -> languagesOfWord.merge(w, bit, (a, b) -> a | b));
            common.finish();
        }
        file.finish();
    }

    public static List<Language> all() {
        return List.copyOf(INSTANCE.languages);
    }

    /** The language of a code ("id", "en"); unknown codes are an error of the caller. */
    public static Language get(String code) {
        for (Language l : INSTANCE.languages) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no language " + code + " in assets/lexicon/languages.json");
    }

    /** The language most of the sentences' words are common in (the first language on a tie or with no known word). */
    public static Language of(List<Sentence> sentences) {
        List<Language> langs = INSTANCE.languages;
        int[] counts = new int[langs.size()];
        int seen = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (t.word()) {
                    Integer bits = INSTANCE.languagesOfWord.get(t.lower());
                    for (int l = 0; bits != null && l < counts.length; l++) {
                        counts[l] += (bits >> l) & 1;
                    }
                    seen++;
                }
            }
            if (seen > 800) {
                break; // enough words to tell the language
            }
        }
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        return langs.get(best);
    }
}
