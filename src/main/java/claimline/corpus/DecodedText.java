package claimline.corpus;

import claimline.model.Problem;

/** The text of a file, or the reason it has none. A text may still carry a problem (a charset guessed). */
public record DecodedText(String text, Problem problem) {
    public boolean readable() { return text != null; }
}
