package claimline.bench;

import claimline.reading.Assets;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a deterministic corpus of realistic articles, Indonesian and English, from the templates and vocabulary in
 * {@code assets/generator/conflicts.json}: several conflicts, clock times, places, multi-sentence quotes,
 * attributions, denials, ceasefires, calls, "read more" lines and comment widgets. About a third of the happenings
 * are reported by more than one outlet, as in a real archive.
 */
public final class CorpusGenerator {
    private static final LocalDate FIRST_DAY = LocalDate.of(1996, 1, 1);
    private static final int DAYS = 30 * 365;
    private final JsonNode vocabulary;
    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.vocabulary = Assets.json("generator/conflicts.json");
    }

    /** Writes {@code articles} files into {@code out} (created if needed); returns the bytes written. */
    public long write(int articles, Path out) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            byte[] b = article(i, articles).getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format(Locale.ROOT, "article-%06d.txt", i)), b);
            bytes += b.length;
        }
        return bytes;
    }

    /** An article with the day it was published and its language. */
    public record Generated(String text, LocalDate published, boolean english) {}

    /** The text of article {@code i} of a corpus of {@code total}. */
    public String article(int i, int total) {
        return generated(i, total).text();
    }

    /** Article {@code i} of a corpus of {@code total}, with its publication day. */
    public Generated generated(int i, int total) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        // Happenings are shared: about three articles per happening, told by different outlets and languages.
        int happening = r.nextInt(Math.max(1, total / 3));
        SplittableRandom h = new SplittableRandom(seed * 7_919L + happening);
        JsonNode conflicts = vocabulary.get("conflicts");
        JsonNode c = conflicts.get(h.nextInt(conflicts.size()));
        LocalDate day = FIRST_DAY.plusDays(h.nextInt(DAYS));
        int hour = h.nextInt(24);
        int minute = h.nextInt(12) * 5;
        boolean english = r.nextInt(3) == 0;
        LocalDate published = day.plusDays(1 + r.nextInt(2));
        Slots s = new Slots(c, day, published, hour, minute, h, r, english);
        JsonNode t = vocabulary.get(english ? "templates_en" : "templates_id");
        List<String> lines = new ArrayList<>();
        lines.add(s.fill(pick(t.get("headline"), r)));
        lines.add(s.fill(pick(t.get("lead"), r)));
        lines.add(s.fill(t.get("attack").get(0).asText()));
        lines.add(s.fill(t.get("attack").get(1).asText()) + " " + s.fill(pick(t.get("quote"), r)));
        if (r.nextInt(4) > 0) {
            lines.add(s.fill(pick(t.get("readmore"), r)));
        }
        lines.add(s.fill(pick(t.get("denial"), r)));
        if (r.nextBoolean()) {
            lines.add(s.fill(t.get("ceasefire").get(0).asText()));
            if (r.nextBoolean()) {
                lines.add(s.fill(t.get("ceasefire").get(1).asText()));
            }
        }
        if (r.nextBoolean()) {
            lines.add(s.fill(pick(t.get("call"), r)));
        }
        lines.add(s.fill(pick(t.get("background"), r)));
        lines.add(s.fill(pick(t.get("footer"), r)));
        return new Generated(String.join("\n", lines) + "\n", published, english);
    }

    private static String pick(JsonNode options, SplittableRandom r) {
        return options.get(r.nextInt(options.size())).asText();
    }

    /** The values the templates' {SLOTS} take in one article. */
    private final class Slots {
        private final String[][] pairs;

        Slots(JsonNode c, LocalDate day, LocalDate published, int hour, int minute, SplittableRandom h,
              SplittableRandom r, boolean english) {
            JsonNode a = c.get("a");
            JsonNode b = c.get("b");
            String lang = english ? "en" : "id";
            LocalDate next = day.plusDays(1);
            JsonNode outlets = vocabulary.get(english ? "outlets_en" : "outlets_id");
            pairs = new String[][] {
                {"{A}", a.get(lang).asText()}, {"{B}", b.get(lang).asText()},
                {"{CITY}", (english ? a.get("capital").asText() : a.get("capital").asText().toUpperCase(Locale.ROOT))},
                {"{OUTLET}", outlets.get(r.nextInt(outlets.size())).asText()},
                {"{PA1}", c.get("places_a").get(h.nextInt(3)).asText()},
                {"{PA2}", c.get("places_a").get((h.nextInt(2) + 1) % 3).asText()},
                {"{PB1}", c.get("places_b").get(h.nextInt(3)).asText()},
                {"{WD}", weekdayId(day.getDayOfWeek())}, {"{WD2}", weekdayId(next.getDayOfWeek())},
                {"{WDE}", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)},
                {"{WDE2}", next.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)},
                {"{D}", Integer.toString(day.getDayOfMonth())}, {"{M}", day.getMonthValue() + "/" + day.getYear()},
                {"{DATE}", published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + published.getDayOfMonth() + ", " + published.getYear()},
                {"{HH}", String.format(Locale.ROOT, "%02d", hour)}, {"{MM}", String.format(Locale.ROOT, "%02d", minute)},
                {"{HH2}", String.format(Locale.ROOT, "%02d", (hour + 9) % 24)},
                {"{MED}", c.get("mediator_id").asText()}, {"{MEDE}", c.get("mediator_en").asText()},
                {"{LA}", a.get("leader_id").asText()}, {"{LAE}", capitalize(a.get("leader_en").asText())},
                {"{Y0}", Integer.toString(day.getYear() - 5 - h.nextInt(20))},
                {"{MN0}", vocabulary.get("months_id").get(h.nextInt(12)).asText()},
                {"{MNE0}", java.time.Month.of(1 + h.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH)},
            };
        }

        String fill(String template) {
            String out = template;
            for (String[] p : pairs) {
                out = out.replace(p[0], p[1]);
            }
            return out;
        }
    }

    private String weekdayId(DayOfWeek d) {
        return vocabulary.get("weekdays_id").get(d.getValue() - 1).asText();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
