package claimline.reading;

import claimline.reading.actors.ActorFinder;
import claimline.reading.language.Sentence;
import claimline.reading.language.Token;
import claimline.reading.time.TimeMention;
import java.util.List;

/** One sentence as the analysis stage leaves it: its tokens, the names and times in it, and its words' stems. */
public record Analysed(Sentence sentence, ActorFinder.Found found, List<TimeMention> times, List<String> stems) {
    public List<Token> tokens() { return sentence.tokens(); }

    public int index() { return sentence.index(); }
}
