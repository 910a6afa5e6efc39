package claimline.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import claimline.app.timeline.TimelineExport;
import claimline.app.timeline.TimelineView;
import claimline.model.Event;
import claimline.model.Source;
import claimline.viewmodel.CorrectionsViewModel;
import claimline.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: timeline across the top; filters on the left; below the timeline the event's details, the
 * side-by-side view, the contested table, the event list and the problems; the source reader on the right.
 * It wires views to the {@link MainViewModel}; menus are in {@link MainMenus}, background work in {@link ModelTasks}.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings = new Settings();
    private final MainViewModel vm = new MainViewModel();
    private final CorrectionsViewModel corrections = new CorrectionsViewModel(vm);
    private final ProjectSession session;
    private final TimelineView timeline = new TimelineView();
    private final claimline.viewmodel.MapViewModel mapVm = new claimline.viewmodel.MapViewModel(vm);
    private final MapPane map = new MapPane(mapVm, timeline);
    private final SourceReaderPane reader = new SourceReaderPane(vm.reader());
    private final ContestedTablePane contested = new ContestedTablePane(vm);
    private final ListView<Event> events = new ListView<>(vm.visibleEvents());
    private final StatusBar statusBar = new StatusBar(vm);
    private final TabPane tabs = new TabPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane vertical = new SplitPane();
    private final SplitPane lower = new SplitPane();
    private final SplitPane mapBeside = new SplitPane();
    /** The timeline's share of the width beside the map: its bursts stay readable, and at 1024 pixels it keeps 600. */
    private final MainMenus menus;
    private final FolderWatching watching;
    private final ToolExports exports;
    private final WindowLayout layout;
    private final javafx.beans.property.StringProperty title =
            new javafx.beans.property.SimpleStringProperty(Messages.get("app.title"));
    private Path currentFolder;
    private boolean syncingSelection;

    /** The window, in the language the settings or the system choose. */
    public MainWindow(Stage stage) {
        // The language is chosen before the fields are made: their words are read from the bundle as they are.
        this(stage, Language.apply(new Settings()), null);
    }

    /** A window in a language, carrying on from the window it replaces on the same stage, if any. */
    private MainWindow(Stage stage, Language language, MainWindow previous) {
        this.stage = stage;
        stage.setUserData(this);
        timeline.localeProperty().set(language.locale());
        Consumer<Source> openSource = this::openSource;
        session = new ProjectSession(corrections, stage, statusBar::say);
        watching = new FolderWatching(corrections, statusBar::sayUnlessBusy);
        exports = new ToolExports(vm, statusBar, () -> stage, this::corpusName);
        FilterPane filters = new FilterPane(vm, (from, to) -> timeline.zoomToTimes(from, to, 0.02));
        timeline.setId("timeline");
        events.setId("events");
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Formats.time(e.time()) + "   " + Formats.type(e.type())
                        + "   " + e.title());
            }
        });
        showWhenEmpty();
        TroughPaging.install(events);
        TroughPaging.install(contested);
        // every tab's pane is styled and laid out when the tab is first shown, not before the window's first frame
        Tab problemsTab = ShownTabs.of(Messages.get("tab.problems", 0), () -> new ProblemsPane(vm, corrections));
        problemsTab.setId("problems-tab");
        Tab contestedTab = ShownTabs.of(Messages.get("tab.contested"), contested);
        contestedTab.setOnSelectionChanged(e -> contested.refreshIfStale());
        vm.visibleEvents().addListener((ListChangeListener<Event>) c -> {
            if (contestedTab.isSelected()) {
                contested.refreshIfStale();
            }
        });
        Tab sideTab = ShownTabs.of(Messages.get("tab.sideBySide"), () -> new SideBySidePane(vm, openSource));
        sideTab.setId("side-tab");
        tabs.getTabs().addAll(ShownTabs.of(Messages.get("tab.details"), () -> new DetailsPane(vm, corrections, openSource)),
                sideTab, contestedTab, ShownTabs.of(Messages.get("tab.events"), events), problemsTab);
        // files that could not be read and corrections that no longer apply: both are listed there
        problemsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                "tab.problems", vm.problems().size() + corrections.unapplied().size()), vm.problems(),
                corrections.unapplied()));

        lower.getItems().addAll(tabs, reader);
        layout = new WindowLayout(stage, settings, outer, vertical, lower, mapBeside, tabs, reader);
        vertical.setOrientation(Orientation.VERTICAL);
        // the map beside the timeline, as both follow the same filter and window (a tab would hide one of them)
        mapBeside.getItems().addAll(timeline, map);
        vertical.getItems().addAll(mapBeside, lower);
        outer.getItems().addAll(filters, vertical);
        SplitPane.setResizableWithParent(filters, false);

        menus = new MainMenus(this, timeline, settings);
        BorderPane root = new BorderPane(outer);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(vm)));
        session.chooseTargetWith(name -> menus.chooseTarget(name, "*.json"));
        statusBar.addNote(UnsavedMarks.statusNote(session.state()));
        root.setBottom(statusBar);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/assets/styles/claimline.css").toExternalForm());
        menus.installAccelerators(scene);
        OpenTarget.acceptDrops(scene, this::openDropped);
        wireTimeline();
        applyTheme(settings.get("theme.dark", false));
        layout.restore();
        stage.setScene(scene);
        layout.place();
        UnsavedMarks.bindTitle(stage, title, session.state());
        session.guardClosing(stage);
        if (previous != null) {
            carryOn(previous);
        }
        stage.setOnHiding(e -> {
            watching.stop();
            layout.store();
            session.flush();
        });
        stage.show();
        // keys typed as the window opens go to the timeline (Right selects the first event), not the filter lists
        timeline.requestFocus();
        if (Boolean.getBoolean("claimline.startup.probe")) {
            StartupProbe.reportFirstFrame(scene);
        }
    }

    private void wireTimeline() {
        TimelineFeed.follow(vm, timeline);
        vm.modelGenerationProperty().addListener((o, was, now) -> timeline.displayOffsetProperty()
                .set(menus.localTime() ? TimelineFeed.localOffset(vm.index()) : ZoneOffset.UTC));
        timeline.onOpenProperty().set(id -> {
            vm.select(id);
            vm.reader().openFirst();
        });
        timeline.selectedIdProperty().addListener((o, was, id) -> {
            if (!syncingSelection) {
                syncingSelection = true;
                if (id == null) {
                    vm.clearSelection();
                } else {
                    vm.select(id);
                }
                syncingSelection = false;
            }
        });
        vm.selectedProperty().addListener((o, was, e) -> {
            if (!syncingSelection) {
                syncingSelection = true;
                timeline.selectedIdProperty().set(e == null ? null : e.id());
                syncingSelection = false;
            }
            if (e != null && events.getSelectionModel().getSelectedItem() != e) {
                events.getSelectionModel().select(e);
                events.scrollTo(e);
            }
        });
        events.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            if (e != null && e != vm.selectedProperty().get()) {
                vm.selectedProperty().set(e);
            }
        });
    }

    /**
     * What the timeline and the lists say when they show nothing: with a model whose events the filter all hides,
     * that nothing matches and a reset; with no model yet, how to open one.
     */
    private void showWhenEmpty() {
        Runnable reset = vm::resetFilter;
        javafx.scene.control.Label eventsEmpty = new javafx.scene.control.Label();
        javafx.scene.control.Button eventsReset = new javafx.scene.control.Button(Messages.get("filter.reset"));
        eventsReset.setId("events-reset");
        eventsReset.setOnAction(e -> reset.run());
        VBox eventsPlaceholder = new VBox(8, eventsEmpty, eventsReset);
        eventsPlaceholder.setAlignment(javafx.geometry.Pos.CENTER);
        events.setPlaceholder(eventsPlaceholder);
        javafx.scene.control.Label contestedEmpty = new javafx.scene.control.Label();
        javafx.scene.control.Button contestedReset = new javafx.scene.control.Button(Messages.get("filter.reset"));
        contestedReset.setOnAction(e -> reset.run());
        VBox contestedPlaceholder = new VBox(8, contestedEmpty, contestedReset);
        contestedPlaceholder.setAlignment(javafx.geometry.Pos.CENTER);
        contested.setPlaceholder(contestedPlaceholder);
        Runnable update = () -> {
            boolean filtered = vm.nothingMatchesProperty().get();
            String text = Messages.get(filtered ? "filter.nothingMatches" : "timeline.empty");
            // reports are drawn only at a known publication time: events on show whose reports all lack one
            boolean undatedOnly = !filtered && vm.timeModeProperty().get() == claimline.timeline.TimeMode.REPORTED
                    && vm.index() != null && !vm.index().model().events().isEmpty();
            timeline.emptyTextProperty().set(undatedOnly ? Messages.get("timeline.noDatedReports") : text);
            timeline.emptyActionTextProperty().set(filtered ? Messages.get("filter.reset") : "");
            timeline.onEmptyActionProperty().set(filtered ? reset : null);
            eventsEmpty.setText(text);
            eventsReset.setVisible(filtered);
            // the contested table is empty also when the filter lets events through but none is contested
            contestedEmpty.setText(vm.index() == null ? text : Messages.get(filtered || vm.filter().isActive()
                    ? "contested.noneMatches" : "contested.none"));
            contestedReset.setVisible(vm.filter().isActive());
        };
        vm.nothingMatchesProperty().addListener((o, was, now) -> update.run());
        vm.filterProperty().addListener((o, was, now) -> update.run());
        vm.timeModeProperty().addListener((o, was, now) -> update.run());
        vm.modelGenerationProperty().addListener((o, was, now) -> update.run());
        update.run();
    }

    void openSource(Source s) {
        vm.reader().open(s);
    }

    // --- opening and saving

    /** File ▸ Quit: once the corrections are safe (saved, or the user said what to do with them). */
    void quit() {
        session.leave(stage::close);
    }

    public void openCorpus(Path folder) {
        session.leave(() -> {
            currentFolder = folder;
            String reading = Messages.get("status.reading", folder);
            statusBar.run(ModelTasks.load(reading, p -> Loaded.corpus(folder, p)), loaded -> {
                show(loaded);
                settings.addRecentFolder(folder);
                menus.refreshRecent();
                title.set(Messages.get("app.title") + " — " + folder.toAbsolutePath().normalize());
            });
        });
    }

    void openFiles(List<Path> files) {
        session.leave(() -> statusBar.run(ModelTasks.readFiles(files), m -> show(Loaded.files(m,
                files.get(0).toAbsolutePath().getParent()))));
    }

    /** Opens a collection of articles (.csv, .jsonl) as a corpus, else a Claimline project or a claimline/1 model. */
    void openFile(Path file) {
        if (OpenTarget.of(List.of(file)) == OpenTarget.CORPUS) {
            openCorpus(file);
        } else {
            openModel(file);
        }
    }

    /** Opens a Claimline project (re-reading its corpus) or a plain claimline/1 model. */
    void openModel(Path file) {
        boolean project = claimline.corrections.ProjectFiles.isProject(file);
        session.leave(() -> statusBar.run(ModelTasks.load(Messages.get("status.loading", file),
                p -> project ? Loaded.project(file, p) : Loaded.model(file)), loaded -> {
            show(loaded);
            currentFolder = loaded.corpus();
            title.set(Messages.get("app.title") + " — " + file.toAbsolutePath().normalize());
        }));
    }

    private void show(Loaded loaded) {
        if (loaded.prepared() != null) {
            corrections.setBase(loaded.prepared());
        } else {
            corrections.setBase(loaded.base(), loaded.corrections());
        }
        watching.follow(loaded.corpus());
        String note = loaded.openedNote(corrections.unapplied().size());
        if (!note.isEmpty()) {
            statusBar.sayAfterCounts(note);
        }
        session.begin(loaded);
    }

    CorrectionsViewModel corrections() { return corrections; }

    ProjectSession session() { return session; }

    void save(Path file) {
        if (vm.index() != null) {
            statusBar.run(ModelTasks.save(vm.index().model(), file),
                    p -> statusBar.say(Messages.get("status.saved", p)));
        }
    }

    void exportCsv(Path file) {
        if (vm.index() != null) {
            statusBar.run(ModelTasks.exportCsv(vm.index().model(), List.copyOf(vm.visibleEvents()), file),
                    p -> statusBar.say(Messages.get("status.saved", p)));
        }
    }

    /** The whole timeline (every lane) at the zoom shown, with a caption, as an image. */
    void exportPng(Path file) {
        javafx.scene.image.WritableImage image = TimelineExport.png(timeline, exportCaption());
        statusBar.run(ModelTasks.exportPng(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), file),
                p -> statusBar.say(Messages.get("status.saved", p)));
    }

    void exportMapPng(Path file) {
        javafx.scene.image.WritableImage image = map.map().snapshot(null, null);
        statusBar.run(ModelTasks.exportPng(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), file),
                p -> statusBar.say(Messages.get("status.saved", p)));
    }

    void exportGeoJson(Path file) {
        if (vm.index() != null) {
            statusBar.run(ModelTasks.exportGeoJson(vm.index().model(), List.copyOf(vm.visibleEvents()), file),
                    p -> statusBar.say(Messages.get("status.saved", p)));
        }
    }

    MapPane mapPane() { return map; }

    /** The same picture as {@link #exportPng}, as SVG for reports. */
    void exportSvg(Path file) {
        statusBar.run(ModelTasks.exportText(TimelineExport.svg(timeline, exportCaption()), file),
                p -> statusBar.say(Messages.get("status.saved", p)));
    }

    List<String> exportCaption() {
        return ExportCaption.of(corpusName(), timeline, vm.filter(), vm.actorEntries());
    }

    /** The name of the folder or collection open, as exports title it. */
    private String corpusName() {
        return currentFolder != null && currentFolder.getFileName() != null
                ? currentFolder.getFileName().toString() : Messages.get("app.title");
    }

    /** The exports for TimelineJS and ACLED-style tables. */
    ToolExports exports() { return exports; }

    /**
     * What a drop opens: a folder or a collection file as a corpus, a JSON file as a model or project, other files
     * (articles, pages, PDFs, several collections) read together. False when nothing was dropped.
     */
    boolean openDropped(List<Path> files) {
        if (files.isEmpty()) {
            return false;
        }
        switch (OpenTarget.of(files)) {
            case CORPUS -> openCorpus(files.get(0));
            case MODEL -> openModel(files.get(0));
            case FILES -> openFiles(files);
        }
        return true;
    }

    // --- look and layout

    void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        timeline.darkProperty().set(dark);
        map.setDark(dark);
        settings.put("theme.dark", dark);
    }

    void setLocalTime(boolean local) {
        timeline.displayOffsetProperty().set(local && vm.index() != null ? TimelineFeed.localOffset(vm.index()) : ZoneOffset.UTC);
    }

    /**
     * Shows the interface in another language: the window is built again in it on the same stage, and carries on
     * with what this one had open (the model, the corrections and their undo history, the filter, the selection, the
     * layout). Remembered for the next start.
     */
    MainWindow switchLanguage(Language language) {
        settings.put("language", language.tag());
        layout.store();
        if (language.locale().equals(Messages.locale())) {
            return this;
        }
        return new MainWindow(stage, Language.apply(settings), this);
    }

    /** Takes over the work of the window this one replaces, which is left with nothing running. */
    private void carryOn(MainWindow previous) {
        previous.statusBar.cancelRunning();
        boolean wasWatching = previous.watching.watching();
        previous.watching.stop();
        currentFolder = previous.currentFolder;
        title.set(previous.title.get());
        // the corrections first: the save state compares them with what the project file holds
        corrections.continueFrom(previous.corrections);
        session.continueFrom(previous.session);
        if (wasWatching) {
            watching.follow(currentFolder);
        }
        if (previous.corrections.base() == null) {
            if (currentFolder != null) {
                openCorpus(currentFolder);
            }
            return;
        }
        vm.filterProperty().set(previous.vm.filter());
        if (previous.vm.selectedProperty().get() != null) {
            vm.select(previous.vm.selectedProperty().get().id());
        }
        Source reading = previous.vm.reader().highlightedProperty().get();
        if (reading != null) {
            openSource(reading);
        }
    }

    /** The window shown on a stage (a stage gets a new one when the language changes). */
    static MainWindow of(Stage stage) {
        return stage.getUserData() instanceof MainWindow w ? w : null;
    }

    public Stage stage() { return stage; }

    public MainViewModel viewModel() { return vm; }

    public TimelineView timeline() { return timeline; }

    Path currentFolder() { return currentFolder; }

    String readerHighlightedText() { return reader.highlightedText(); }

    TabPane tabs() { return tabs; }

    MainMenus menus() { return menus; }

    FolderWatching watching() { return watching; }
}
