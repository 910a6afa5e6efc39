package claimline.app;

import claimline.app.timeline.TimelineCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's key bindings: one table that the menus take their accelerators from, the scene and the search box
 * dispatch on, and the keyboard help (F1) lists, with the timeline's own table ({@link TimelineCommand}). A key
 * added here is in the help the moment it works; one that is not here does not work.
 */
enum Shortcut {
    OPEN_FOLDER(Section.FILE, "menu.file.openFolder", "Shortcut+O"),
    OPEN(Section.FILE, "menu.file.open", "Shortcut+Shift+O"),
    SAVE_PROJECT(Section.FILE, "menu.file.saveProject", "Shortcut+S"),
    SAVE_PROJECT_AS(Section.FILE, "menu.file.saveProjectAs", "Shortcut+Shift+S"),
    EXPORT_CSV(Section.FILE, "menu.export.csv", "Shortcut+E"),
    QUIT(Section.FILE, "menu.file.quit", "Shortcut+Q"),
    UNDO(Section.EDIT, "menu.edit.undo", "Shortcut+Z"),
    REDO(Section.EDIT, "menu.edit.redo", "Shortcut+Y", "Shortcut+Shift+Z"),
    EDIT_EVENT(Section.EDIT, "menu.edit.editEvent", "F2"),
    HIDE_EVENT(Section.EDIT, "menu.edit.hide", "Delete"),
    ADD_NOTE(Section.EDIT, "menu.edit.note", "Shortcut+N"),
    MERGE(Section.EDIT, "menu.edit.merge", "Shortcut+M"),
    WHEN_REPORTED(Section.VIEW, "menu.view.reported", "Shortcut+R"),
    SEARCH(Section.SEARCH, "keys.search.focus", "Shortcut+F"),
    SEARCH_DONE(Section.SEARCH, "keys.search.done", "Enter"),
    SEARCH_CLEAR(Section.SEARCH, "keys.search.clear", "Esc"),
    KEYS_HELP(Section.HELP, "menu.help.keys", "F1");

    /** Where a binding works, in the order the help lists them; the timeline's come from {@link TimelineCommand}. */
    enum Section { TIMELINE, FILE, EDIT, VIEW, SEARCH, HELP, MOUSE }

    /** One line of the help: the keys (as shown to the user) and what they do. */
    record Line(Section section, List<String> keys, String description) {}

    private final Section section;
    private final String description;
    private final List<KeyCombination> keys;

    Shortcut(Section section, String description, String... keys) {
        this.section = section;
        this.description = description;
        this.keys = Arrays.stream(keys).map(KeyCombination::keyCombination).toList();
    }

    Section section() { return section; }

    /** The message key of what it does (a menu item's text for those in a menu). */
    String description() { return description; }

    /** Its keys; the first is the menu item's accelerator. */
    List<KeyCombination> keys() { return keys; }

    boolean matches(KeyEvent e) {
        return keys.stream().anyMatch(k -> k.match(e));
    }

    /** Every binding the app has, timeline first, as the help lists them. */
    static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (TimelineCommand c : TimelineCommand.values()) {
            out.add(new Line(Section.TIMELINE, shown(c.keys()),
                    Messages.get("keys.timeline." + c.name().toLowerCase(Locale.ROOT))));
        }
        for (Shortcut s : values()) {
            out.add(new Line(s.section, shown(s.keys), Messages.get(s.description).replace("_", "")));
        }
        for (String gesture : List.of("wheel", "shiftWheel", "drag", "click", "doubleClick")) {
            out.add(new Line(Section.MOUSE, List.of(Messages.get("keys.mouse." + gesture)),
                    Messages.get("keys.mouse." + gesture + ".does")));
        }
        return out;
    }

    /** The keys as the platform names them ("Ctrl+N", "←"), each once. */
    private static List<String> shown(List<KeyCombination> keys) {
        return keys.stream().map(KeyCombination::getDisplayText).distinct().toList();
    }
}
