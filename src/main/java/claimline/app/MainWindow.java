package claimline.app;

import java.util.Locale;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import claimline.app.timeline.TimelineView;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Source;
import claimline.timeline.LaneMode;
import claimline.timeline.TimelineItem;
import claimline.timeline.ZoomState;
import claimline.viewmodel.CorrectionsViewModel;
import claimline.viewmodel.MainViewModel;
import claimline.viewmodel.ModelIndex;
import claimline.viewmodel.TimelineItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
    private final Label status = new Label(Messages.get("app.title"));
    private final ProgressBar progress = new ProgressBar(0);
    private final TabPane tabs = new TabPane();
    private final SplitPane outer = new SplitPane();
    private final SplitPane vertical = new SplitPane();
    private final SplitPane lower = new SplitPane();
    private final MainMenus menus;
    private final javafx.beans.property.StringProperty title =
            new javafx.beans.property.SimpleStringProperty(Messages.get("app.title"));
    private Task<?> running;
    private Path currentFolder;
    private boolean syncingSelection;

    public MainWindow(Stage stage) {
        this.stage = stage;
        Consumer<Source> openSource = this::openSource;
        session = new ProjectSession(corrections, stage, text -> status.setText(text));
        FilterPane filters = new FilterPane(vm, (from, to) -> timeline.zoomTo(ZoomState.fit(from, to, 0.02)));
        timeline.setId("timeline");
        timeline.emptyTextProperty().set(Messages.get("timeline.empty"));
        events.setId("events");
        events.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.time().start().iso() + "   " + e.type().json().replace('_', ' ')
                        + "   " + e.title());
            }
        });
        status.setId("status");
        progress.setId("progress");
        progress.setPrefWidth(160);
        Tab problemsTab = new Tab(Messages.get("tab.problems", 0), new ProblemsPane(vm, corrections));
        problemsTab.setId("problems-tab");
        Tab contestedTab = new Tab(Messages.get("tab.contested"), contested);
        contestedTab.setOnSelectionChanged(e -> contested.refreshIfStale());
        vm.visibleEvents().addListener((ListChangeListener<Event>) c -> {
            if (contestedTab.isSelected()) {
                contested.refreshIfStale();
            }
        });
        Tab sideTab = new Tab(Messages.get("tab.sideBySide"), new SideBySidePane(vm, openSource));
        sideTab.setId("side-tab");
        tabs.getTabs().addAll(new Tab(Messages.get("tab.details"), new DetailsPane(vm, corrections, openSource)), sideTab,
                contestedTab, new Tab(Messages.get("tab.events"), events), problemsTab);
        Tab mapTab = new Tab(Messages.get("tab.map"), map);
        mapTab.setId("map-tab");
        tabs.getTabs().add(1, mapTab); // second: at 1024 pixels the last tabs go to the overflow menu
        tabs.getTabs().forEach(t -> t.setClosable(false));
        // files that could not be read and corrections that no longer apply: both are listed there
        problemsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Messages.get(
                "tab.problems", vm.problems().size() + corrections.unapplied().size()), vm.problems(),
                corrections.unapplied()));

        lower.getItems().addAll(tabs, reader);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().addAll(timeline, lower);
        outer.getItems().addAll(filters, vertical);
        SplitPane.setResizableWithParent(filters, false);

        menus = new MainMenus(this, timeline, settings);
        BorderPane root = new BorderPane(outer);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(vm)));
        session.chooseTargetWith(name -> menus.chooseTarget(name, "*.json"));
        HBox bar = new HBox(10, progress, status, UnsavedMarks.statusNote(session.state()));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        Scene scene = new Scene(root, settings.get("window.w", 1280), settings.get("window.h", 800));
        scene.getStylesheets().add(MainWindow.class.getResource("/assets/styles/claimline.css").toExternalForm());
        menus.installAccelerators(scene);
        acceptDrops(scene);
        wireTimeline();
        applyTheme(settings.get("theme.dark", false));
        restoreLayout();
        stage.setScene(scene);
        UnsavedMarks.bindTitle(stage, title, session.state());
        session.guardClosing(stage);
        stage.setOnHiding(e -> {
            storeLayout();
            session.flush();
        });
        stage.show();
        if (Boolean.getBoolean("claimline.startup.probe")) {
            reportFirstFrame(scene);
        }
    }

    private void wireTimeline() {
        vm.modelGenerationProperty().addListener((o, was, now) -> {
            ModelIndex index = vm.index();
            timeline.laneOrderProperty().set(laneOrder(index));
            timeline.laneLabelProperty().set(k -> timeline.laneModeProperty().get() == LaneMode.TYPE
                    ? k.replace('_', ' ') : index.partyName(k));
            timeline.setItemsAndFit(items());
            timeline.displayOffsetProperty().set(menus.localTime() ? localOffset(index) : ZoneOffset.UTC);
        });
        vm.visibleEvents().addListener((ListChangeListener<Event>) c -> timeline.itemsProperty().set(items()));
        timeline.describerProperty().set(this::describe);
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
        vm.statusProperty().addListener((o, was, now) -> {
            if (running == null) {
                status.setText(now);
            }
        });
    }

    private List<TimelineItem> items() {
        ModelIndex index = vm.index();
        return index == null ? List.of() : TimelineItems.ofInfos(vm.visibleInfos(), index, vm.filter());
    }

    private Comparator<String> laneOrder(ModelIndex index) {
        List<String> order = index.partiesByWeight();
        return Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : Integer.MAX_VALUE);
    }

    /** The offset most of the events' clock times carry: the local time of the conflict. */
    static ZoneOffset localOffset(ModelIndex index) {
        return index.model().events().stream().map(e -> e.time().start().offset()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(ZoneOffset.UTC);
    }

    private String describe(TimelineItem it) {
        Event e = vm.index() == null ? null : vm.index().event(it.id());
        if (e == null) {
            return it.title();
        }
        return Messages.get("tooltip.event", e.title(), e.time().start().iso(), e.time().precision().json(),
                e.time().basis().json(), it.sources()) + (it.contested() ? Messages.get("tooltip.contested") : "");
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
            run(ModelTasks.load(Messages.get("status.reading", folder), p -> Loaded.corpus(folder, p)), loaded -> {
                show(loaded);
                settings.addRecentFolder(folder);
                menus.refreshRecent();
                title.set(Messages.get("app.title") + " — " + folder.toAbsolutePath().normalize());
            });
        });
    }

    void openFiles(List<Path> files) {
        session.leave(() -> run(ModelTasks.readFiles(files), m -> show(Loaded.files(m,
                files.get(0).toAbsolutePath().getParent()))));
    }

    /** Opens a Claimline project (re-reading its corpus) or a plain claimline/1 model. */
    void openModel(Path file) {
        boolean project = claimline.corrections.ProjectFiles.isProject(file);
        session.leave(() -> run(ModelTasks.load(Messages.get("status.loading", file),
                p -> project ? Loaded.project(file, p) : Loaded.model(file)), loaded -> {
            show(loaded);
            currentFolder = loaded.corpus();
            title.set(Messages.get("app.title") + " — " + file.toAbsolutePath().normalize());
        }));
    }

    private void show(Loaded loaded) {
        corrections.setBase(loaded.base(), loaded.corrections());
        String note = ProjectSession.openedNote(loaded, corrections.unapplied().size());
        if (!note.isEmpty()) {
            status.setText(vm.statusProperty().get() + " — " + note);
        }
        session.begin(loaded);
    }

    CorrectionsViewModel corrections() { return corrections; }

    ProjectSession session() { return session; }

    void save(Path file) {
        if (vm.index() != null) {
            run(ModelTasks.save(vm.index().model(), file), p -> status.setText(Messages.get("status.saved", p)));
        }
    }

    void exportCsv(Path file) {
        if (vm.index() != null) {
            run(ModelTasks.exportCsv(vm.index().model(), List.copyOf(vm.visibleEvents()), file),
                    p -> status.setText(Messages.get("status.saved", p)));
        }
    }

    void exportPng(Path file) {
        javafx.scene.image.WritableImage image = timeline.snapshot(null, null);
        run(ModelTasks.exportPng(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), file),
                p -> status.setText(Messages.get("status.saved", p)));
    }

    void exportMapPng(Path file) {
        javafx.scene.image.WritableImage image = map.map().snapshot(null, null);
        run(ModelTasks.exportPng(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), file),
                p -> status.setText(Messages.get("status.saved", p)));
    }

    void exportGeoJson(Path file) {
        if (vm.index() != null) {
            run(ModelTasks.exportGeoJson(vm.index().model(), List.copyOf(vm.visibleEvents()), file),
                    p -> status.setText(Messages.get("status.saved", p)));
        }
    }

    MapPane mapPane() { return map; }

    /** Runs background work with its progress and message in the status bar; failures are reported, never thrown. */
    private <T> void run(Task<T> task, Consumer<T> onSuccess) {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                status.textProperty().unbind();
                progress.progressProperty().unbind();
                progress.setProgress(0);
                if (running == task) {
                    running = null;
                }
            }
            if (now == Worker.State.SUCCEEDED) {
                onSuccess.accept(task.getValue());
                if (status.getText() == null || status.getText().equals(task.getMessage())) {
                    status.setText(vm.statusProperty().get());
                }
            } else if (now == Worker.State.FAILED) {
                Throwable t = task.getException();
                status.setText(Messages.get("status.failed", task.getMessage(), t.getMessage()));
            }
        });
        Thread t = new Thread(task, "claimline-background");
        t.setDaemon(true);
        t.start();
    }

    private void acceptDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
            boolean ok = !files.isEmpty();
            if (files.size() == 1 && Files.isDirectory(files.get(0))) {
                openCorpus(files.get(0));
            } else if (files.size() == 1 && files.get(0).toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                openModel(files.get(0));
            } else if (ok) {
                openFiles(files);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** For the start-up benchmark: prints a marker once the first frame is laid out, then quits. */
    private static void reportFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println("claimline.first-frame");
                System.out.flush();
                javafx.application.Platform.exit();
            }
        });
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
        timeline.displayOffsetProperty().set(local && vm.index() != null ? localOffset(vm.index()) : ZoneOffset.UTC);
    }

    private void restoreLayout() {
        outer.setDividerPositions(settings.get("divider.outer", 0.25));
        vertical.setDividerPositions(settings.get("divider.vertical", 0.48));
        lower.setDividerPositions(settings.get("divider.lower", 0.55));
        tabs.getSelectionModel().select((int) settings.get("tab", 0));
    }

    private void storeLayout() {
        settings.put("divider.outer", outer.getDividerPositions()[0]);
        settings.put("divider.vertical", vertical.getDividerPositions()[0]);
        settings.put("divider.lower", lower.getDividerPositions()[0]);
        settings.put("tab", tabs.getSelectionModel().getSelectedIndex());
        settings.put("window.w", stage.getWidth());
        settings.put("window.h", stage.getHeight());
        settings.flush();
    }

    public Stage stage() { return stage; }

    public MainViewModel viewModel() { return vm; }

    public TimelineView timeline() { return timeline; }

    Path currentFolder() { return currentFolder; }

    String readerHighlightedText() { return reader.highlightedText(); }

    TabPane tabs() { return tabs; }
}
