package claimline.model;

import java.util.Objects;

/** When an event happened: its start (and end, if known), how the time was obtained, and the words it came from. */
public record EventTime(TimePoint start, TimePoint end, TimeBasis basis, String evidence) {
    public EventTime {
        Objects.requireNonNull(start);
        Objects.requireNonNull(basis);
        evidence = evidence == null ? "" : evidence;
    }

    public Precision precision() { return start.precision(); }

    public long startEpochSecond() { return start.startEpochSecond(); }

    public long endEpochSecond() { return end != null ? end.endEpochSecond() : start.endEpochSecond(); }
}
