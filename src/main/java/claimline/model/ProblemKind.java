package claimline.model;

/**
 * Why a file (or a row of a collection) was skipped or partly read. {@code BAD_ROW}: a row of a collection that could
 * not be read (its message starts with the line number); {@code ENCRYPTED}: a password-protected PDF;
 * {@code NO_ARTICLE}: a saved page in which no article was found, read whole instead.
 */
public enum ProblemKind implements JsonName { UNREADABLE, EMPTY, BINARY, ENCODING, TOO_LARGE, PARTIAL, BAD_ROW, ENCRYPTED,
    NO_ARTICLE }
