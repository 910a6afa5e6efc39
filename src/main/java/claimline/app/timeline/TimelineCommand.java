package claimline.app.timeline;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * What the timeline does from the keyboard, each with its keys. This is the table {@link TimelineBehavior} dispatches
 * key presses on and the app's keyboard help lists, so the help cannot drift from what the keys do.
 */
public enum TimelineCommand {
    PREVIOUS(key(KeyCode.LEFT)),
    NEXT(key(KeyCode.RIGHT)),
    PAN_EARLIER(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_DOWN)),
    PAN_LATER(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN)),
    SCROLL_UP(key(KeyCode.UP)),
    SCROLL_DOWN(key(KeyCode.DOWN)),
    // "+" is Shift+= on many keyboards: the shift state does not matter for these
    ZOOM_IN(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), key(KeyCode.ADD)),
    ZOOM_OUT(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHIFT_ANY), key(KeyCode.SUBTRACT)),
    FIT_ALL(key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0), key(KeyCode.HOME)),
    ZOOM_TO_SELECTION(key(KeyCode.Z)),
    BACK(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
    FORWARD(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
    OPEN(key(KeyCode.ENTER)),
    CLEAR(key(KeyCode.ESCAPE));

    private final List<KeyCombination> keys;

    TimelineCommand(KeyCombination... keys) {
        this.keys = List.of(keys);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** The keys that run this command, the first being the one to show first. */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The command a key press runs, if any. */
    public static Optional<TimelineCommand> of(KeyEvent e) {
        for (TimelineCommand c : values()) {
            for (KeyCombination k : c.keys) {
                if (k.match(e)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
