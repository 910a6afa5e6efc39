package claimline.export;

/** A JSON file that is not a valid claimline/1 model; the message names the problem. */
public class ModelFormatException extends Exception {
    public ModelFormatException(String message) { super(message); }

    public ModelFormatException(String message, Throwable cause) { super(message, cause); }
}
