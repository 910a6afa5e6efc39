package claimline.app;

import claimline.app.timeline.TimelineView;
import claimline.model.EventType;
import claimline.timeline.LaneMode;
import claimline.timeline.Lane;
import claimline.timeline.TimeBreaks;
import claimline.timeline.ZoomState;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.EventFilter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The caption of an exported timeline, so that a picture in a report says what it shows: the corpus and the dates
 * in view (and how many empty stretches were left out), the filters in force, and the lanes.
 */
final class ExportCaption {
    private static final int NAMES_LIMIT = 6;

    private ExportCaption() {}

    static List<String> of(String corpus, TimelineView timeline, EventFilter filter, List<ActorEntry> actors) {
        List<String> lines = new ArrayList<>();
        lines.add(shown(corpus, timeline));
        lines.add(filters(filter, actors, timeline.showBackgroundProperty().get()));
        List<String> lanes = timeline.layoutProperty().get() == null ? List.of()
                : timeline.layoutProperty().get().lanes().stream().map(Lane::label).toList();
        lines.add(Messages.get(timeline.laneModeProperty().get() == LaneMode.TYPE ? "export.lanesByType"
                : "export.lanesByParty", String.join(", ", lanes)));
        return lines;
    }

    /** "seeds: 16 Nov 2021 – 21 Sep 2022 (UTC), 2 empty stretches left out". */
    private static String shown(String corpus, TimelineView timeline) {
        ZoomState z = timeline.zoomProperty().get();
        TimeBreaks breaks = timeline.breaksProperty().get();
        double from = breaks.toReal(z.start());
        double to = breaks.toReal(z.end());
        ZoneOffset offset = timeline.displayOffsetProperty().get();
        String pattern = Messages.get(to - from < 3 * 86400 ? "format.dayTime" : "format.day");
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Messages.locale());
        String text = Messages.get("export.shown", corpus, f.format(Instant.ofEpochSecond((long) from).atOffset(offset)),
                f.format(Instant.ofEpochSecond((long) to).atOffset(offset)), TimeTexts.offset(offset));
        long left = breaks.breaks().stream().filter(b -> b.to() > from && b.from() < to).count();
        return left == 0 ? text : text + Messages.get("export.breaks", left);
    }

    /** "Filters: hidden: Russia, United States · types: armed clash, attack · contested only", or "Filters: none". */
    static String filters(EventFilter f, List<ActorEntry> actors, boolean historyShown) {
        List<String> parts = new ArrayList<>();
        if (!f.hiddenActors().isEmpty()) {
            parts.add(Messages.get("export.filter.hidden", names(hiddenNames(f.hiddenActors(), actors))));
        }
        if (f.types().size() < EventType.values().length) {
            parts.add(Messages.get("export.filter.types", names(f.types().stream()
                    .map(t -> Messages.get("type." + t.json())).toList())));
        }
        if (f.from() != null || f.to() != null) {
            parts.add(Messages.get("export.filter.dates", f.from() == null ? "…" : TimeTexts.day(f.from()),
                    f.to() == null ? "…" : TimeTexts.day(f.to() - 1)));
        }
        if (f.contestedOnly()) {
            parts.add(Messages.get("export.filter.contested"));
        }
        if (!f.search().isEmpty()) {
            parts.add(Messages.get("export.filter.search", f.search()));
        }
        if (!historyShown) {
            parts.add(Messages.get("export.filter.noHistory"));
        }
        return parts.isEmpty() ? Messages.get("export.filters.none")
                : Messages.get("export.filters", String.join(" · ", parts));
    }

    /** A party whose actors are all hidden is named as the party; the other hidden actors by their names. */
    private static List<String> hiddenNames(Set<String> hidden, List<ActorEntry> actors) {
        List<String> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ActorEntry e : actors) {
            if (e.party() && !e.members().isEmpty() && hidden.containsAll(e.members())) {
                out.add(e.label());
                covered.addAll(e.members());
            }
        }
        for (ActorEntry e : actors) {
            if (!e.party() && hidden.contains(e.key()) && covered.add(e.key())) {
                out.add(e.label());
            }
        }
        return out;
    }

    private static String names(List<String> names) {
        if (names.size() <= NAMES_LIMIT) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_LIMIT)) + Messages.get("export.more", names.size() - NAMES_LIMIT);
    }
}
