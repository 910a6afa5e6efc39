package claimline.reading.language;

import claimline.reading.Assets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Stems lower-cased words so that triggers match all affixed forms (tembak, menembaki, penembakan). */
public interface Stemmer {
    String stem(String lowerWord);

    /**
     * Whether a lower-case word is a word of the language (its stem is in the stemmer's dictionary): "Gabungan" is one,
     * "Shaohua" is not. False where the stemmer has no dictionary.
     */
    default boolean isWord(String lowerWord) { return false; }

    /** A language's corrections to its stemmer: assets/lexicon/CODE/stem-overrides.txt, one word=stem a line. */
    static Map<String, String> overrides(String code) {
        Map<String, String> out = new HashMap<>();
        for (String line : Assets.lines("lexicon/" + code + "/stem-overrides.txt")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("assets/lexicon/" + code + "/stem-overrides.txt: not word=stem: " + line);
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    /**
     * A stemmer with its language's overrides and a cache: a word seen before costs one lookup, whatever decided its
     * stem (most words of a corpus are seen before).
     */
    abstract class Corrected implements Stemmer {
        private final Map<String, String> overrides;
        private final Map<String, String> cache = new ConcurrentHashMap<>();

        Corrected(String code) {
            this.overrides = overrides(code);
        }

        /** The stemmer's own stem of a word no override names. */
        abstract String stemUncorrected(String lowerWord);

        @Override
        public final String stem(String w) {
            String cached = cache.get(w);
            if (cached != null) {
                return cached;
            }
            String stem = overrides.get(w);
            if (stem == null) {
                stem = stemUncorrected(w);
            }
            if (cache.size() < CACHE_LIMIT) {
                cache.put(w, stem);
            }
            return stem;
        }
    }

    /** Words are cached as they are stemmed (a corpus reuses its vocabulary), up to this many per language. */
    int CACHE_LIMIT = 500_000;

    /** Sastrawi's dictionary stemmer (Indonesian), with the corrections of a language's stem-overrides.txt. */
    final class Indonesian extends Corrected {
        private static final Map<String, Indonesian> BY_LANGUAGE = new ConcurrentHashMap<>();
        private final Lemmatizer lemmatizer;
        private final Set<String> dictionary;

        @Override
        public boolean isWord(String lowerWord) {
            return dictionary.contains(lowerWord) || dictionary.contains(stem(lowerWord));
        }

        /** The stemmer with the overrides of assets/lexicon/CODE/stem-overrides.txt. */
        static Indonesian forLanguage(String code) {
            return BY_LANGUAGE.computeIfAbsent(code, Indonesian::new);
        }

        private Indonesian(String code) {
            super(code);
            Set<String> words = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    DefaultLemmatizer.class.getResourceAsStream("/root-words.txt"), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    words.add(line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lemmatizer = new DefaultLemmatizer(words);
            dictionary = Set.copyOf(words);
        }

        @Override
        String stemUncorrected(String w) {
            return w.length() < 4 || !Tokenizer.allLetters(w) ? w : lemmatize(w);
        }

        private String lemmatize(String w) {
            synchronized (lemmatizer) {
                return lemmatizer.lemmatize(w);
            }
        }
    }

    /**
     * Snowball's English stemmer (its objects are not thread-safe, so one per thread), with the corrections of a
     * language's stem-overrides.txt: Snowball makes "several" the "sever" of severing ties, "down" the "downed" of a
     * drone shot down.
     */
    final class English extends Corrected {
        private static final Map<String, English> BY_LANGUAGE = new ConcurrentHashMap<>();
        private final ThreadLocal<EnglishStemmer> stemmer = ThreadLocal.withInitial(EnglishStemmer::new);

        static English forLanguage(String code) {
            return BY_LANGUAGE.computeIfAbsent(code, English::new);
        }

        private English(String code) {
            super(code);
        }

        @Override
        String stemUncorrected(String w) {
            EnglishStemmer s = stemmer.get();
            s.setCurrent(w);
            s.stem();
            return s.getCurrent();
        }
    }
}
