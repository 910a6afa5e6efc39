package claimline.app;

import claimline.app.timeline.TimelineView;
import claimline.timeline.LaneMode;
import claimline.timeline.TimeMode;
import claimline.viewmodel.MainViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar, the tool bar and the window's shortcuts; each item calls the window or the timeline. */
final class MainMenus {
    private final MainWindow window;
    private final TimelineView timeline;
    private final Settings settings;
    private final Menu recent = new Menu(Messages.get("menu.file.recent"));
    private final CheckMenuItem byType = new CheckMenuItem(Messages.get("menu.view.lanesByType"));
    private final CheckMenuItem localTime = new CheckMenuItem(Messages.get("menu.view.localTime"));
    private final CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
    private final CheckMenuItem history = new CheckMenuItem(Messages.get("menu.view.history"));
    private final CheckMenuItem reported = new CheckMenuItem(Messages.get("menu.view.reported"));
    private final TextField search = new TextField();
    private final java.util.Map<Shortcut, Runnable> menuActions = new java.util.EnumMap<>(Shortcut.class);
    private final java.util.Set<Shortcut> menuShortcuts = java.util.EnumSet.noneOf(Shortcut.class);
    private java.util.function.Function<String, java.util.Optional<Path>> targetChooser;

    MainMenus(MainWindow window, TimelineView timeline, Settings settings) {
        this.window = window;
        this.timeline = timeline;
        this.settings = settings;
        byType.setSelected(settings.get("lanes.byType", false));
        timeline.laneModeProperty().set(byType.isSelected() ? LaneMode.TYPE : LaneMode.PARTY);
        byType.selectedProperty().addListener((o, was, now) -> {
            timeline.laneModeProperty().set(now ? LaneMode.TYPE : LaneMode.PARTY);
            settings.put("lanes.byType", now);
        });
        localTime.setSelected(settings.get("time.local", false));
        localTime.selectedProperty().addListener((o, was, now) -> {
            window.setLocalTime(now);
            settings.put("time.local", now);
        });
        history.setSelected(settings.get("view.history", true));
        timeline.showBackgroundProperty().bindBidirectional(history.selectedProperty());
        history.selectedProperty().addListener((o, was, now) -> settings.put("view.history", now));
        followTimeMode(window.viewModel());
        dark.setSelected(settings.get("theme.dark", false));
        dark.selectedProperty().addListener((o, was, now) -> window.applyTheme(now));
    }

    /** "When it was reported" as the menu, the tool bar and the view model see it, remembered between runs. */
    private void followTimeMode(MainViewModel vm) {
        reported.setId("when-reported");
        reported.setSelected(settings.get("view.reported", false));
        vm.timeModeProperty().set(reported.isSelected() ? TimeMode.REPORTED : TimeMode.HAPPENED);
        reported.selectedProperty().addListener((o, was, now) -> {
            vm.timeModeProperty().set(now ? TimeMode.REPORTED : TimeMode.HAPPENED);
            settings.put("view.reported", now);
        });
        vm.timeModeProperty().addListener((o, was, now) -> reported.setSelected(now == TimeMode.REPORTED));
        reported.setAccelerator(Shortcut.WHEN_REPORTED.keys().get(0));
        menuActions.put(Shortcut.WHEN_REPORTED, () -> reported.setSelected(!reported.isSelected()));
        menuShortcuts.add(Shortcut.WHEN_REPORTED);
    }

    boolean localTime() { return localTime.isSelected(); }

    MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        MenuItem openFolder = item(Shortcut.OPEN_FOLDER, this::chooseFolder);
        MenuItem open = item(Shortcut.OPEN, this::chooseModel);
        MenuItem saveProject = item(Shortcut.SAVE_PROJECT, () -> window.session().save());
        MenuItem saveAs = item(Shortcut.SAVE_PROJECT_AS, () -> chooseTarget(
                "project" + ProjectSession.SUFFIX, "*.json").ifPresent(p -> window.session().saveAs(p)));
        MenuItem quit = item(Shortcut.QUIT, window::quit);
        refreshRecent();
        file.getItems().addAll(openFolder, open, recent, saveProject, saveAs, new javafx.scene.control.SeparatorMenuItem(), quit);
        Menu export = new Menu(Messages.get("menu.export"));
        export.getItems().addAll(
                item("menu.export.json", null, () -> chooseTarget("events.json", "*.json").ifPresent(window::save)),
                item(Shortcut.EXPORT_CSV, () -> chooseTarget("claims.csv", "*.csv").ifPresent(window::exportCsv)),
                item("menu.export.png", null, () -> chooseTarget("timeline.png", "*.png")
                        .ifPresent(window::exportPng)),
                item("menu.export.svg", null, () -> chooseTarget("timeline.svg", "*.svg")
                        .ifPresent(window::exportSvg)),
                item("menu.export.mapPng", null, () -> chooseTarget("map.png", "*.png")
                        .ifPresent(window::exportMapPng)),
                item("menu.export.geojson", null, () -> chooseTarget("places.geojson", "*.geojson")
                        .ifPresent(window::exportGeoJson)),
                item("menu.export.timelinejs", null, () -> chooseTarget("timeline.json",
                        Messages.get("chooser.timelinejs"), "*.json").ifPresent(window.exports()::timelineJs)),
                item("menu.export.acled", null, () -> chooseTarget("events-acled.csv",
                        Messages.get("chooser.acled"), "*.csv").ifPresent(window.exports()::acled)));
        Menu view = new Menu(Messages.get("menu.view"));
        Menu edit = editMenu();
        view.getItems().addAll(
                item("menu.view.fit", null, timeline::fitAll),
                item("menu.view.zoomIn", null, timeline::zoomIn),
                item("menu.view.zoomOut", null, timeline::zoomOut),
                item("menu.view.zoomSelection", null, timeline::zoomToSelection),
                item("menu.view.back", null, timeline::back),
                item("menu.view.forward", null, timeline::forward),
                new javafx.scene.control.SeparatorMenuItem(), reported, byType, history, localTime, dark,
                new javafx.scene.control.SeparatorMenuItem(), languageMenu());
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().add(item(Shortcut.KEYS_HELP, this::showKeys));
        MenuBar bar = new MenuBar(file, edit, export, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The interface's languages, each named in itself; choosing one builds the window again in it. */
    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId("language-menu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (Language l : Language.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(l.displayName());
            item.setToggleGroup(group);
            item.setSelected(l.locale().equals(Messages.locale()));
            item.setOnAction(e -> window.switchLanguage(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Corrections of the selected event; each is undoable. */
    private Menu editMenu() {
        claimline.viewmodel.CorrectionsViewModel c = window.corrections();
        MainViewModel vm = window.viewModel();
        MenuItem undo = item(Shortcut.UNDO, c::undo);
        undo.disableProperty().bind(c.canUndoProperty().not());
        MenuItem redo = item(Shortcut.REDO, c::redo);
        redo.disableProperty().bind(c.canRedoProperty().not());
        MenuItem editEvent = item(Shortcut.EDIT_EVENT, () -> selected().ifPresent(e -> {
            EventEditDialog d = new EventEditDialog(e, window.viewModel().index());
            d.initOwner(window.stage());
            d.showAndWait().ifPresent(c::edit);
        }));
        MenuItem hide = item(Shortcut.HIDE_EVENT, () -> selected().ifPresent(c::hide));
        MenuItem note = item(Shortcut.ADD_NOTE, () -> selected().ifPresent(e -> {
            javafx.scene.control.TextInputDialog d = Dialogs.inLanguage(new javafx.scene.control.TextInputDialog());
            d.setHeaderText(Messages.get("menu.edit.note"));
            d.initOwner(window.stage());
            d.showAndWait().ifPresent(text -> c.addNote(e, text));
        }));
        MenuItem merge = item(Shortcut.MERGE, () -> selected().ifPresent(e -> {
            java.util.Map<String, claimline.model.Event> others = new java.util.LinkedHashMap<>();
            for (claimline.model.Event x : vm.visibleEvents()) {
                if (x == e) {
                    continue;
                }
                // events are told apart by time and title; two alike get a number, never their internal id
                String label = Formats.time(x.time()) + " — " + x.title();
                String unique = label;
                for (int n = 2; others.containsKey(unique); n++) {
                    unique = label + " (" + n + ")";
                }
                others.put(unique, x);
            }
            javafx.scene.control.ChoiceDialog<String> d = Dialogs.inLanguage(
                    new javafx.scene.control.ChoiceDialog<>(null, others.keySet()));
            d.setHeaderText(Messages.get("menu.edit.merge") + "\n" + e.title());
            d.initOwner(window.stage());
            d.showAndWait().map(others::get).ifPresent(from -> c.merge(e, from));
        }));
        for (MenuItem i : new MenuItem[] {editEvent, hide, note, merge}) {
            i.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo, new javafx.scene.control.SeparatorMenuItem(), editEvent, hide, note, merge);
        return edit;
    }

    private java.util.Optional<claimline.model.Event> selected() {
        return java.util.Optional.ofNullable(window.viewModel().selectedProperty().get());
    }

    ToolBar toolBar(MainViewModel vm) {
        search.setId("search");
        search.setPromptText(Messages.get("filter.search"));
        search.setPrefColumnCount(24);
        search.textProperty().addListener((o, was, now) -> vm.filterProperty().set(vm.filter().withSearch(now)));
        vm.filterProperty().addListener((o, was, now) -> {
            if (!now.search().equals(search.getText().strip())) {
                search.setText(now.search());
            }
        });
        ToggleButton contested = new ToggleButton(null, new FontIcon(Feather.ALERT_TRIANGLE));
        contested.setId("contested-toggle");
        contested.setTooltip(new Tooltip(Messages.get("filter.contested")));
        contested.selectedProperty().addListener((o, was, now) -> vm.filterProperty().set(vm.filter()
                .withContestedOnly(now)));
        vm.filterProperty().addListener((o, was, now) -> contested.setSelected(now.contestedOnly()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                button(Feather.FOLDER, "menu.file.openFolder", this::chooseFolder),
                new Separator(),
                button(Feather.ZOOM_IN, "menu.view.zoomIn", timeline::zoomIn),
                button(Feather.ZOOM_OUT, "menu.view.zoomOut", timeline::zoomOut),
                button(Feather.MAXIMIZE, "menu.view.fit", timeline::fitAll),
                button(Feather.CROSSHAIR, "menu.view.zoomSelection", timeline::zoomToSelection),
                button(Feather.ARROW_LEFT, "menu.view.back", timeline::back),
                button(Feather.ARROW_RIGHT, "menu.view.forward", timeline::forward),
                new Separator(),
                toggle(Feather.LAYERS, "menu.view.lanesByType", byType),
                toggle(Feather.RADIO, "menu.view.reported", reported),
                toggle(Feather.CLOCK, "menu.view.localTime", localTime),
                toggle(Feather.MOON, "menu.view.dark", dark),
                grow, contested, search);
        bar.setId("tool-bar");
        return bar;
    }

    /**
     * The bindings of {@link Shortcut} that are not a menu item's accelerator: a menu item's other keys, the search
     * box's. Menu items install their own accelerators.
     */
    void installAccelerators(Scene scene) {
        menuActions.put(Shortcut.SEARCH, search::requestFocus);
        for (Shortcut s : Shortcut.values()) {
            Runnable action = menuActions.get(s);
            if (action == null) {
                continue;
            }
            List<KeyCombination> keys = menuShortcuts.contains(s) ? s.keys().subList(1, s.keys().size()) : s.keys();
            keys.forEach(k -> scene.getAccelerators().put(k, action));
        }
        search.setOnKeyPressed(e -> {
            if (Shortcut.SEARCH_CLEAR.matches(e)) {
                search.clear();
                timeline.requestFocus();
                e.consume();
            } else if (Shortcut.SEARCH_DONE.matches(e)) {
                timeline.requestFocus();
                e.consume();
            }
        });
    }

    void refreshRecent() {
        recent.getItems().clear();
        for (Path p : settings.recentFolders()) {
            MenuItem i = new MenuItem(p.toString());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> window.openCorpus(p));
            recent.getItems().add(i);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        if (window.currentFolder() != null && window.currentFolder().toFile().isDirectory()) {
            c.setInitialDirectory(window.currentFolder().toAbsolutePath().toFile());
        }
        File f = c.showDialog(window.stage());
        if (f != null) {
            window.openCorpus(f.toPath());
        }
    }

    private void chooseModel() {
        chooseFile.get().ifPresent(window::openFile);
    }

    /** File ▸ Open…'s dialog: collections of articles, projects and models (tests answer it themselves). */
    private java.util.function.Supplier<java.util.Optional<Path>> chooseFile = this::openDialog;

    private java.util.Optional<Path> openDialog() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("chooser.openable"), "*.json", "*.csv", "*.jsonl", "*.ndjson"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.collections"), "*.csv", "*.jsonl", "*.ndjson"),
                new FileChooser.ExtensionFilter(Messages.get("chooser.models"), "*.json"));
        File f = c.showOpenDialog(window.stage());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    void chooseFileWith(java.util.function.Supplier<java.util.Optional<Path>> chooser) {
        chooseFile = chooser;
    }

    java.util.Optional<Path> chooseTarget(String name, String pattern) {
        return chooseTarget(name, pattern, pattern);
    }

    /** A file to write, suggested by name, among files {@code description} names ({@code pattern}: "*.csv"). */
    java.util.Optional<Path> chooseTarget(String name, String description, String pattern) {
        if (targetChooser != null) {
            return targetChooser.apply(name);
        }
        FileChooser c = new FileChooser();
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File f = c.showSaveDialog(window.stage());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** How the menus pick a file to write (a file chooser; robot tests answer it themselves, given the name). */
    void chooseTargetWith(java.util.function.Function<String, java.util.Optional<Path>> chooser) {
        targetChooser = chooser;
    }

    private void showKeys() {
        Dialogs.inLanguage(new KeysHelp(window.stage())).show();
    }

    /** A menu item bound to its {@link Shortcut}: its text and accelerator come from the table. */
    private MenuItem item(Shortcut s, Runnable action) {
        MenuItem i = item(s.description(), null, action);
        i.setAccelerator(s.keys().get(0));
        menuActions.put(s, action);
        menuShortcuts.add(s);
        return i;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private static Button button(Feather icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Node toggle(Feather icon, String key, CheckMenuItem item) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.selectedProperty().bindBidirectional(item.selectedProperty());
        b.setFocusTraversable(false);
        return b;
    }

}
