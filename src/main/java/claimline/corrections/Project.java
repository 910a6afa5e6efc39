package claimline.corrections;

import claimline.model.EventModel;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's project: the corpus folder it reads (relative to the project file when possible), the corrections in
 * the order they were made, and the corrected model (so the project opens even where the corpus is not).
 */
public record Project(String corpus, List<Correction> corrections, EventModel model) {
    public static final String FORMAT = "claimline-project/1";

    public Project {
        corrections = List.copyOf(corrections);
        Objects.requireNonNull(model);
    }
}
