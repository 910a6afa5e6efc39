package claimline.reading;

import claimline.corpus.SourceText;
import claimline.reading.actors.Gazetteer;
import claimline.reading.events.Mention;
import java.util.List;

/** An article written for a test, read alone as a user's folder of one would be (this year's reader: 2026). */
public final class OneArticle {
    private static final DocumentReader READER = new DocumentReader(2026);

    private OneArticle() {}

    /** What the reader makes of the text: its document (publication, boilerplate, outlet) and its happenings. */
    public static DocumentReader.Reading read(String text) {
        return READER.read(new SourceText("t", "t.txt", text, null));
    }

    /** The happenings the reader finds in the text, each as one passage tells it. */
    static List<Mention> mentions(String text) {
        return read(text).mentions();
    }

    /** The side a mention's claimant speaks for, or null. */
    static String party(Mention m) {
        return m.claimant() == null ? null : Gazetteer.get().partyOf(m.claimant());
    }
}
