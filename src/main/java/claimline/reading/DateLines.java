package claimline.reading;

import claimline.model.Span;
import claimline.reading.time.PublicationDater;
import claimline.reading.time.TimeMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The date lines and stamps a page puts above its article (reading guide, section 4: a stated publication date): a
 * line of its own with a full date and a clock, a weekday or a word saying it is the stamp; a stamp glued to the lead,
 * after a section's label; a line with a year of two digits. Each states the publication and is boilerplate. Split from
 * {@link DatingStage}, which infers the date when no line states it.
 */
final class DateLines {
    /** A date line is one of the first lines of the article. */
    private static final int DATE_LINE_SENTENCES = 8;
    /** ... and mostly the date: a byline, an outlet or a time zone besides, not a sentence reporting something. */
    private static final int DATE_LINE_OTHER_WORDS = 6;

    /** The last year an article may be from: a stamp's two-digit year is put in the century that keeps it so. */
    private final int latestYear;

    DateLines(int latestYear) {
        this.latestYear = latestYear;
    }

    /**
     * A date line among the first lines: a short line of its own with a full date and a clock time, a weekday or a word
     * saying it is the stamp ("MINGGU, 27 DESEMBER 2020 | 11:41 WIB", "Willy Haryono • 25 September 2023 11:15", "This
     * Article is From Apr 24, 2013"). It states the publication date, and it is not article text: it becomes
     * boilerplate and is not read further.
     */
    PublicationDater.Dating dateLine(DocumentState doc) {
        List<String> zones = claimline.reading.time.TimeLexicon.of(doc.language).zoneAbbreviations;
        // "This Article is From Apr 24, 2013", "Diterbitkan 3 Mei 2024": a line that says it is the stamp
        java.util.Set<String> stampWords = claimline.reading.time.TimeLexicon.of(doc.language).publicationWords;
        for (int i = 0; i < Math.min(DATE_LINE_SENTENCES, doc.sentences.size()); i++) {
            Analysed a = doc.sentences.get(i);
            TimeMention full = null;
            boolean clockOrWeekday = false;
            for (TimeMention t : a.times()) {
                if (t.kind() == TimeMention.Kind.FULL_DATE && full == null) {
                    full = t;
                }
                clockOrWeekday |= t.weekday() != null || t.kind() == TimeMention.Kind.CLOCK;
            }
            Span stamp = full == null ? null : stampOpening(doc.lines, a, zones);
            if (stamp != null) {
                LocalDate d = dateOf(full);
                if (d != null) {
                    // "Rabu, 16 Agustus 2017, 22:54 WIBBisnisnews.id - …": the page's stamp glued to the lead
                    doc.boilerplate.add(stamp);
                    return PublicationDater.stated(d, "date line: \"" + stamp.of(doc.text) + "\"");
                }
            }
            PublicationDater.Dating shortYear = full == null ? shortYearStamp(doc, a) : null;
            if (shortYear != null) {
                return shortYear;
            }
            boolean stamped = a.tokens().stream().anyMatch(t -> stampWords.contains(t.lower()));
            long otherWords = otherWords(a);
            // "Guyana Says …\nMarch 2, 2025\nGuyanese President …": a date alone on the line under the headline
            boolean bare = i < BARE_DATE_LINE_SENTENCES && otherWords == 0;
            if (full == null || !clockOrWeekday && !stamped && !bare || !doc.lines.wholeLine(a.sentence().span())
                    || otherWords > DATE_LINE_OTHER_WORDS || a.sentence().span().of(doc.text).strip().endsWith(".")) {
                continue;
            }
            LocalDate d = dateOf(full);
            if (d == null) {
                continue;
            }
            doc.boilerplate.add(a.sentence().span());
            List<Analysed> rest = new ArrayList<>(doc.sentences);
            rest.remove(i);
            doc.sentences = rest;
            return PublicationDater.stated(d, "date line: \"" + a.sentence().span().of(doc.text) + "\"");
        }
        return null;
    }

    /**
     * The span of a stamp a line opens with and the text runs on after: a full date (with its weekday) then a clock
     * time and its zone as a page writes it ("22:54 WIB"), nothing but separators and a weekday between, at the start
     * of a line or after a section's label ("World | December 3, 2024, Tuesday // 11:12| viewsHezbollah launched …");
     * null when the sentence opens otherwise.
     */
    private static Span stampOpening(claimline.reading.language.PageLines lines, Analysed a, List<String> zones) {
        String text = lines.text();
        int lineStart = lines.lineStart(a.sentence().span().start());
        List<TimeMention> ts = a.times();
        if (ts.size() < 2 || !sectionLabel(text.substring(lineStart, ts.get(0).span().start()))
                || ts.get(0).kind() != TimeMention.Kind.FULL_DATE) {
            return null;
        }
        int clock = 1;
        if (ts.get(clock).kind() == TimeMention.Kind.WEEKDAY && ts.size() > clock + 1
                && text.substring(ts.get(0).span().end(), ts.get(clock).span().start()).matches(STAMP_SEPARATORS)) {
            clock++; // "December 3, 2024, Tuesday // 11:12": the date's weekday between it and the clock
        }
        if (ts.get(clock).kind() != TimeMention.Kind.CLOCK || !text.substring(ts.get(clock - 1).span().end(),
                ts.get(clock).span().start()).matches(STAMP_SEPARATORS)) {
            return null;
        }
        int end = ts.get(clock).span().end();
        for (String z : zones) { // the zone written after the clock, even glued to what follows ("22:54 WIBBisnis")
            int at = text.startsWith(" ", end) ? end + 1 : end;
            if (text.startsWith(z, at)) {
                end = at + z.length();
                break;
            }
        }
        java.util.regex.Matcher counter = GLUED_COUNTER.matcher(text).region(end, text.length());
        if (counter.lookingAt()) {
            end = counter.end(); // "11:12| viewsHezbollah": the page's counter label, glued to the lead
        }
        boolean runsOn = !text.substring(end, lines.lineEnd(end)).isBlank();
        String label = text.substring(lineStart, ts.get(0).span().start());
        int from = label.isBlank() ? ts.get(0).span().start() : lineStart + label.length() - label.stripLeading().length();
        return runsOn ? new Span(from, end) : null; // a section's label ("World |") is the stamp's too
    }

    /** A bar or bullet and a lower-case word glued to the capitalised word after it: a page's counter ("| views"). */
    private static final java.util.regex.Pattern GLUED_COUNTER = java.util.regex.Pattern.compile(
            "\\s*[|•]\\s*\\p{Ll}+(?=\\p{Lu})");

    /** What a page writes between the parts of its stamp: spaces, commas, bars, bullets, slashes, dashes. */
    private static final String STAMP_SEPARATORS = "[\\s,|•/-]*";

    /** Nothing, or a section's label before a stamp: a few capitalised words and a bar or bullet ("World |"). */
    private static boolean sectionLabel(String before) {
        return before.isBlank() || before.matches("\\s*(\\p{Lu}[\\p{L}&]*\\s*){1,3}[|•]\\s*");
    }

    /** A stamp's year of two digits after its day and month, ending its line ("news 27 Jul 11"). */
    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile("[\\s,]+(\\d{2})[ \\t]*");

    /**
     * The day of a short line of its own that gives a day, a month and a year of two digits ("news 27 Jul 11"), as
     * pages stamp their articles; null otherwise. The century is the one that puts the year no later than the last
     * year an article may be from. In a sentence of text a number after a date counts something ("on 27 July 11
     * soldiers …"); only a line that is a stamp and nothing else reads it as a year. The line is boilerplate.
     */
    private PublicationDater.Dating shortYearStamp(DocumentState doc, Analysed a) {
        String text = doc.text;
        for (TimeMention t : a.times()) {
            if (t.kind() != TimeMention.Kind.DAY_MONTH) {
                continue;
            }
            int lineStart = doc.lines.lineStart(t.span().start());
            int lineEnd = doc.lines.lineEnd(t.span().end());
            if (t.span().start() - lineStart > STAMP_REACH || lineEnd - t.span().end() > STAMP_REACH) {
                continue; // a stamp line is short: two words before its date, two digits after
            }
            String before = text.substring(lineStart, t.span().start());
            String after = text.substring(t.span().end(), lineEnd);
            java.util.regex.Matcher year = SHORT_YEAR.matcher(after);
            java.util.regex.Matcher day = DAY_BEFORE.matcher(before);
            java.util.regex.Matcher yy = TWO_DIGITS_LAST.matcher(t.text());
            LocalDate d = null;
            if (year.matches() && before.matches(STAMP_LABEL)) {
                d = stampDay(Integer.parseInt(year.group(1)), t.month(), t.day()); // "27 Jul" then "11"
            } else if (day.matches() && after.isBlank() && yy.find()) {
                // "7 Jul 25": the month and its two digits were read as a month's day ("Jul 25")
                d = stampDay(Integer.parseInt(yy.group(1)), t.month(), Integer.parseInt(day.group(2)));
            }
            if (d != null) {
                int from = lineStart + (before.length() - before.stripLeading().length());
                doc.boilerplate.add(new Span(from, t.span().end() + after.stripTrailing().length()));
                return PublicationDater.stated(d, "date line: \"" + (before + t.text() + after).strip() + "\"");
            }
        }
        return null;
    }

    /** A day of a stamp: its year of two digits in the century that puts it no later than the last year allowed. */
    private LocalDate stampDay(int twoDigits, int month, int day) {
        int year = 2000 + twoDigits;
        if (year > latestYear) {
            year -= 100;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    /** A stamp's day before its month, its label before that ("news 7 "). */
    private static final java.util.regex.Pattern DAY_BEFORE = java.util.regex.Pattern.compile(
            "(\\s*(?:\\p{L}+\\s+){0,2})(\\d{1,2})\\s+");
    private static final java.util.regex.Pattern TWO_DIGITS_LAST = java.util.regex.Pattern.compile("\\b(\\d{2})$");

    /** What a stamp's line may hold before its date: nothing, or a word or two naming the page's section ("news"). */
    private static final String STAMP_LABEL = "\\s*(\\p{L}+\\s+){0,2}";
    /** How far from its line's start and end a stamp's date may stand: its label or day before, its year after. */
    private static final int STAMP_REACH = 80;

    /** The day a full date names, or null when there is no such day (a 31 June). */
    private static LocalDate dateOf(TimeMention full) {
        try {
            return LocalDate.of(full.year(), full.month(), full.day());
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    /** How near the top a date alone on its line is the page's stamp: the headline's line, or the one under it. */
    private static final int BARE_DATE_LINE_SENTENCES = 2;

    private static long otherWords(Analysed a) {
        return a.tokens().stream().filter(t -> t.word()
                && a.times().stream().noneMatch(m -> m.span().contains(t.span()))).count();
    }
}
