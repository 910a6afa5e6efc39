package claimline.reading.time;

import claimline.reading.language.Language;
import claimline.reading.language.LexiconFile;
import claimline.reading.language.PhraseList;
import claimline.reading.language.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The time vocabulary of one language (assets/lexicon/CODE/time.json): every word a time pattern needs, as maps and
 * lists. The file is read strictly (see {@link LexiconFile}): a key nothing reads fails the load.
 */
public final class TimeLexicon {
    private static final Map<String, TimeLexicon> CACHE = new HashMap<>();

    public final Map<String, Integer> months;
    public final Map<String, Integer> weekdays;
    /** "Thu", "Kam": a weekday's short form, read only right before a date in figures. */
    public final Map<String, Integer> weekdayAbbreviations;
    public final Map<String, Integer> partsOfDay;
    public final Map<String, Integer> relativeDays;
    /** Days counted from the date the text has just given, not from publication: "sehari sebelumnya" -1, "the next day" 1. */
    public final Map<String, Integer> anchoredDays;
    /** After a count of days, its direction from the date just given: "dua hari kemudian" 1, "three days earlier" -1. */
    public final Map<String, Integer> anchoredDirections;
    public final Map<String, Integer> counts;
    /** "am"/"pm" to the hours they add (English clock times). */
    public final Map<String, Integer> meridiem;
    public final List<String> relativeWeeks;
    /** Words that put a unit in the past ("lalu", "last", "ago") and in the present ("ini", "this"). */
    public final List<String> last;
    public final List<String> thisWords;
    public final List<String> yearWords;
    public final List<String> monthWords;
    public final List<String> weekWords;
    /** "days" in "three days ago", "hari" in "tiga hari lalu": a count of days before the article. */
    public final List<String> dayWords;
    /** A page stamp's zone after its clock time ("22:54 WIB"), as written (upper case). */
    public final List<String> zoneAbbreviations;
    /** Words that may stand between a unit and its direction ("dua hari yang lalu"). */
    public final List<String> beforeLast;
    /** "last year" (true) or "tahun lalu" (false). */
    public final boolean directionFirst;
    public final List<String> clockWords;
    public final List<String> localTime;
    public final List<String> zonePrefix;
    public final List<String> zoneSuffix;
    public final List<String> utcWords;
    /** Words before a month alone ("sejak Mei", "since May"), and the word that may stand between ("sejak bulan Mei"). */
    public final List<String> monthPrepositions;
    /** "a January raid": the articles a month's name may stand after, before its noun. */
    public final List<String> monthDeterminers;
    public final List<String> monthWordAfterPreposition;
    public final List<String> yearPrepositions;
    public final List<String> dayPrepositions;
    public final Set<String> future;
    /** The words that join a list's last item ("dan", "and"): "3, 9 dan 10 Oktober" is three days. */
    public final List<String> listJoiners;
    /** Words after which a time starts a period ("sejak 7 Oktober"): no date of what the sentence reports. */
    public final Set<String> periodStart;
    /** Words after which a year names the thing that follows ("the 1942 Rio Protocol"). */
    public final Set<String> yearModifierAfter;
    /** Whether a year right after a capitalised name is part of the name ("Protokol Rio 1942"). */
    public final boolean yearAfterNameNamesIt;
    public final PhraseList citationMarkers;
    /** "dikutip dari X", "as reported by X": a time just after dates the citation, not what is cited. */
    public final PhraseList quotedFrom;
    /** "recently", "for weeks": some time before the article, no day. */
    public final PhraseList indefinitePast;
    /** What makes a time a noun's ("Tuesday's skirmishes"): the time is that happening's, not the clause's. */
    public final PhraseList possessiveMarkers;
    /** Words a page stamps its article's date with ("Published", "This Article is From", "Diterbitkan"). */
    public final java.util.Set<String> publicationWords;

    public static synchronized TimeLexicon of(Language language) {
        return CACHE.computeIfAbsent(language.code(), c -> new TimeLexicon(language));
    }

    private TimeLexicon(Language language) {
        LexiconFile f = language.open("time.json");
        months = f.numbers("months");
        weekdays = f.numbers("weekdays");
        weekdayAbbreviations = f.numbers("weekday_abbreviations");
        partsOfDay = f.numbers("parts_of_day");
        relativeDays = f.numbers("relative_days");
        anchoredDays = f.numbers("anchored_days");
        anchoredDirections = f.numbers("anchored_directions");
        counts = f.numbers("count_words");
        meridiem = f.numbers("meridiem");
        relativeWeeks = f.lowerPhrases("relative_weeks");
        last = f.words("last");
        thisWords = f.words("this_words");
        yearWords = f.words("year_words");
        monthWords = f.words("month_words");
        weekWords = f.words("week_words");
        dayWords = f.words("day_words");
        zoneAbbreviations = f.phrases("zone_abbreviations");
        beforeLast = f.words("before_last");
        directionFirst = f.node("direction_first").asBoolean();
        clockWords = f.words("clock_words");
        localTime = f.lowerPhrases("local_time");
        zonePrefix = f.words("zone_prefix");
        zoneSuffix = f.words("zone_suffix");
        utcWords = f.words("utc_words");
        monthPrepositions = f.words("month_prepositions");
        monthWordAfterPreposition = f.words("month_word_after_preposition");
        monthDeterminers = f.words("month_determiners");
        yearPrepositions = f.words("year_prepositions");
        dayPrepositions = f.words("day_prepositions");
        future = Set.copyOf(f.words("future"));
        listJoiners = f.words("list_joiners");
        periodStart = Set.copyOf(f.words("period_start"));
        yearModifierAfter = Set.copyOf(f.words("year_modifier_after"));
        yearAfterNameNamesIt = f.node("year_after_name_names_it").asBoolean();
        citationMarkers = new PhraseList(f.lowerPhrases("citation_markers"));
        quotedFrom = new PhraseList(f.lowerPhrases("quoted_from"));
        indefinitePast = new PhraseList(f.lowerPhrases("indefinite_past"));
        possessiveMarkers = new PhraseList(f.lowerPhrases("possessive_markers"));
        publicationWords = java.util.Set.copyOf(f.words("publication_words"));
        f.finish();
    }

    /** A regex alternation of the words, longest first, each quoted; a group that never matches when there are none. */
    static String alt(java.util.Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Whether a word of the sentence speaks of the future ("akan", "will"). */
    public boolean anyFuture(List<Token> tokens) {
        for (Token t : tokens) {
            if (future.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the sentence's first words putting what it tells at some undefined time before the article stand
     * ("recently", "in recent weeks"), or -1.
     */
    public int indefinitePastAt(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (indefinitePast.startsAt(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    Integer month(String w) { return months.get(w.toLowerCase(Locale.ROOT)); }

    /** The ISO number of a weekday's name or short form (1 Monday … 7 Sunday), or null. */
    public Integer weekdayOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = weekdays.get(w);
        return n != null ? n : weekdayAbbreviations.get(w);
    }
}
