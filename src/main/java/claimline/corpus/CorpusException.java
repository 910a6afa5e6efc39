package claimline.corpus;

/** The corpus as a whole cannot be read (the folder is missing or not a folder). */
public class CorpusException extends Exception {
    public CorpusException(String message) { super(message); }
}
