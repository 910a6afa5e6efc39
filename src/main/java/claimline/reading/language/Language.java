package claimline.reading.language;

/**
 * A language the reader knows: its code (BCP-47, as the export writes it), its stemmer, and its data, the lexicons
 * under assets/lexicon/CODE/ that each stage reads (time words, reporting verbs, triggers, casualty words). Adding a
 * language is adding that folder and an entry in assets/lexicon/languages.json; no stage names a language.
 */
public record Language(String code, String name, Stemmer stemmer) {
    /** The path of one of this language's lexicons, e.g. "lexicon/id/time.json". */
    public String lexicon(String name) {
        return "lexicon/" + code + "/" + name;
    }

    public LexiconFile open(String lexiconName) {
        return LexiconFile.open(lexicon(lexiconName));
    }
}
