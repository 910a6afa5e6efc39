package claimline.model;

import java.util.Objects;

/** A file skipped or partly read, and why. */
public record Problem(String path, ProblemKind kind, String message) {
    public Problem {
        Objects.requireNonNull(path);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
    }
}
