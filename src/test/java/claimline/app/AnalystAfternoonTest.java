package claimline.app;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.app.timeline.TimelineView;
import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Disagreement;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.Precision;
import claimline.model.Source;
import claimline.model.Stance;
import claimline.timeline.TimelineItem;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, "an analyst's afternoon in the app": what got in the way of someone finding out what happened on 12–13
 * September 2022 and who claims what, each driven through the real window (headless).
 */
@ExtendWith(ApplicationExtension.class)
class AnalystAfternoonTest {
    /** An enum's JSON name such as armed_clash or part_of_day (file names like 002_fa01.txt are fine). */
    private static final Pattern CODE = Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b");
    private static final Pattern RAW_TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|T\\d{2}:\\d{2}[+-Z]");
    private MainWindow window;
    private UncaughtErrors errors;

    @Start
    void start(Stage stage) throws Exception {
        java.util.prefs.Preferences.userRoot().node(System.getProperty("claimline.settings.node")).clear();
        Files.deleteIfExists(ProjectSession.defaultFileFor(Seeds.folder()));
        errors = new UncaughtErrors();
        window = new MainWindow(stage);
        window.openCorpus(Seeds.folder());
    }

    @BeforeEach
    void waitForTheSeeds() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> timeline().layoutProperty().get() != null
                && timeline().layoutProperty().get().items().size() == Seeds.model().events().size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void nothingEscaped() throws Exception {
        try {
            assertThat(errors.seen()).as("exceptions that reached the log or a default handler").isEmpty();
        } finally {
            errors.close();
        }
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    private Event night() {
        return vm().visibleEvents().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, Event e, int tab) {
        robot.interact(() -> {
            vm().select(e.id());
            window.tabs().getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Map<String, Actor> actorsByName() {
        Map<String, Actor> out = new java.util.HashMap<>();
        Seeds.model().actors().forEach(a -> out.putIfAbsent(a.name(), a));
        return out;
    }

    /** Institutions and office holders speak for their side; the side named as a whole is the outlet's paraphrase. */
    private static int rank(Actor a) {
        return a == null ? 1 : a.type() == ActorType.PERSON || a.type() == ActorType.INSTITUTION ? 0
                : a.type() == ActorType.MEDIA ? 2 : 1;
    }

    private static String fileName(Document d) {
        return Path.of(d.path()).getFileName().toString();
    }

    // --- 1. side by side

    @Test
    void sideBySideShowsEveryPassageOfEachPartyOfficialsFirstEachWithItsOutletAndPublicationDate(FxRobot robot) {
        Event night = night();
        select(robot, night, 1);
        Map<String, Actor> byName = actorsByName();
        List<Parent> columns = robot.lookup("#columns .party-column").queryAllAs(Parent.class).stream().toList();
        List<String> headings = robot.lookup("#columns .party-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(headings).contains("Armenia", "Azerbaijan");
        Map<String, String> partyNames = claimline.model.EventModel.partyNames(Seeds.model().actors());
        for (int c = 0; c < columns.size(); c++) {
            String heading = headings.get(c);
            String party = partyNames.entrySet().stream().filter(x -> x.getValue().equals(heading))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            List<Source> expected = night.claims().stream()
                    .filter(cl -> party.equals(Seeds.model().partyOf(cl.claimant())))
                    .flatMap(cl -> cl.sources().stream()).toList();
            List<Node> cards = columns.get(c).lookupAll(".claim-card").stream().toList();
            assertThat(cards).as("passages in the column of " + heading).hasSize(expected.size());
            List<Integer> ranks = new ArrayList<>();
            for (Node card : cards) {
                String claimant = ((Label) card.lookup(".claimant")).getText();
                ranks.add(rank(byName.get(claimant)));
                Source s = (Source) card.getUserData();
                Document d = Seeds.model().documentsById().get(s.document());
                String where = ((Label) card.lookup(".card-source")).getText();
                assertThat(where).contains(d.outlet() != null ? d.outlet() : fileName(d))
                        .contains(d.published().date().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
            }
            assertThat(ranks).as("officials and institutions first in " + heading).isSorted();
        }
        Set<String> rows = robot.lookup("#columns .fact-name").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
        Set<String> facts = night.disagreements().stream().map(Disagreement::fact).filter(f -> f != Fact.NOTE)
                .map(f -> Messages.get("fact." + f.json())).collect(Collectors.toSet());
        assertThat(facts).isNotEmpty();
        assertThat(rows).containsAll(facts);
    }

    @Test
    void theCsvHasARowPerPassageAndNamesOutletsAndClaimantsNeverIds(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("claims.csv");
        robot.interact(() -> window.exportCsv(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<List<String>> rows = Csv.parse(Files.readString(csv));
        long passages = Seeds.model().events().stream().flatMap(e -> e.claims().stream())
                .mapToLong(c -> c.sources().size()).sum();
        assertThat(rows).hasSize((int) passages + 1);
        List<String> header = rows.get(0);
        int claimant = header.indexOf("claimant");
        int outlet = header.indexOf("outlet");
        assertThat(claimant).isNotNegative();
        assertThat(outlet).isNotNegative();
        Set<String> ids = Seeds.model().actors().stream().map(Actor::id)
                .filter(id -> Seeds.model().actors().stream().noneMatch(a -> a.name().equals(id)))
                .collect(Collectors.toSet());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(ids).doesNotContain(row.get(claimant), row.get(outlet));
            assertThat(row.get(claimant) + row.get(outlet)).doesNotContain("media-doc-").doesNotContain("the outlet of");
            assertThat(row.get(outlet)).isNotBlank();
        }
    }

    // --- 3. an actor's events

    @Test
    void eachActorsCountIsWhatTheFilterThenShowsAndItsLaneHoldsTheSame(FxRobot robot) {
        List<ActorEntry> entries = List.copyOf(vm().actorEntries());
        Map<String, Integer> laneSizes = new java.util.HashMap<>();
        timeline().layoutProperty().get().lanes().forEach(l -> laneSizes.put(l.key(), l.size()));
        for (ActorEntry e : entries) {
            if (e.party() && !e.key().isEmpty()) {
                assertThat(laneSizes.getOrDefault(e.key(), 0)).as("lane of " + e.label()).isEqualTo(e.count());
            }
            robot.interact(() -> {
                vm().hideAllActors();
                vm().setShown(e, true);
            });
            List<TimelineItem> shown = timeline().layoutProperty().get().items();
            assertThat(shown).as(e.label() + " checked alone").hasSize(e.count());
            if (e.party() && !e.key().isEmpty()) {
                assertThat(shown).allSatisfy(i -> assertThat(i.lanesByParty()).contains(e.key()));
            }
        }
        // the same through the real check boxes: None, then Russia alone
        robot.clickOn("#actors-none");
        ActorEntry russia = entries.stream().filter(x -> x.party() && x.key().equals("RUS")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#actors").queryListView().scrollTo(entries.indexOf(russia)));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#actors .list-cell").match((ListCell<?> c) -> russia.equals(c.getItem()))
                .query();
        robot.clickOn(cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().layoutProperty().get().items()).hasSize(russia.count())
                .extracting(TimelineItem::id).contains(night().id());
    }

    @Test
    void withNothingMatchingTheTimelineAndTheListSaySoAndOfferAReset(FxRobot robot) {
        robot.clickOn("#actors-none");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().layoutProperty().get().items()).isEmpty();
        assertThat(timeline().emptyTextProperty().get()).isEqualTo("No events match the filters");
        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> events = robot.lookup("#events").queryListView();
        assertThat(((Labeled) events.getPlaceholder().lookup(".label")).getText()).isEqualTo("No events match the filters");
        Node reset = timeline().lookup(".empty-action");
        assertThat(reset).isNotNull();
        assertThat(reset.isVisible()).isTrue();
        robot.clickOn(reset);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().layoutProperty().get().items()).hasSize(Seeds.model().events().size());
        assertThat(vm().filter().isActive()).isFalse();
    }

    // --- 4. contested

    @Test
    void contestedMeansADisagreementOrADenialBetweenOpposingPartiesAndTheDetailsSayWhy(FxRobot robot) {
        robot.clickOn("#contested-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Function<String, String> party = id -> Seeds.model().partyOf(id);
        Set<String> shown = vm().visibleEvents().stream().map(Event::id).collect(Collectors.toSet());
        for (Event e : Seeds.model().events()) {
            boolean differ = e.disagreements().stream().anyMatch(d -> d.fact() != Fact.NOTE && d.fact() != Fact.DENIAL
                    && d.byParty().size() > 1 && new HashSet<>(d.byParty().values()).size() > 1);
            boolean deniedAcross = e.claims().stream().filter(c -> c.stance() == Stance.DENIES).anyMatch(d ->
                    e.claims().stream().anyMatch(c -> c.stance() == Stance.ASSERTS
                            && !party.apply(c.claimant()).equals(party.apply(d.claimant()))
                            && Seeds.model().sideOf(c.claimant()) != null));
            assertThat(shown.contains(e.id())).as(e.title()).isEqualTo(differ || deniedAcross);
        }
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        for (Event e : List.copyOf(vm().visibleEvents())) {
            robot.interact(() -> vm().select(e.id()));
            Label why = robot.lookup("#contested-why").queryAs(Label.class);
            assertThat(why.getText()).as(e.title()).isNotBlank();
        }
    }

    // --- 9. raw codes

    @Test
    void noRawCodesAreShownTimesAndOutletsAreInWords(FxRobot robot) {
        select(robot, night(), 0);
        assertThat(robot.lookup("#details-time").queryLabeled().getText())
                .isEqualTo("13 Sep 2022, 00:05 (UTC+4) · " + Messages.get("basis." + night().time().basis().json()));
        Set<String> codes = new HashSet<>();
        for (claimline.model.TimeBasis b : claimline.model.TimeBasis.values()) {
            codes.add(b.json());
        }
        for (Precision p : Precision.values()) {
            codes.add("(" + p.json() + ")");
        }
        for (Event e : Seeds.model().events()) {
            for (int tab : new int[] {0, 1}) {
                select(robot, e, tab);
                for (String text : texts(robot.lookup(tab == 0 ? "#details" : "#side-by-side").query())) {
                    assertThat(text).as(e.title()).doesNotContainPattern(RAW_TIME).doesNotContain("media-doc-")
                            .doesNotContain("the outlet of").doesNotContainPattern(CODE);
                    assertThat(codes).as(e.title()).doesNotContain(text.strip());
                    codes.forEach(c -> assertThat(text).doesNotContain(c.startsWith("(") ? c : "(" + c + ")"));
                }
            }
            TimelineItem item = timeline().layoutProperty().get().items().get(
                    timeline().layoutProperty().get().indexOf(e.id()));
            assertThat(timeline().describerProperty().get().apply(item)).doesNotContainPattern(RAW_TIME);
            robot.interact(() -> vm().reader().openFirst());
            assertThat(texts(robot.lookup("#reader").query()).stream().filter(t -> t.length() < 400))
                    .allSatisfy(t -> assertThat(t).doesNotContainPattern(RAW_TIME).doesNotContain("(inferred)")
                            .doesNotContain("(stated)"));
        }
        assertThat(vm().actorEntries()).allSatisfy(a -> assertThat(a.label()).doesNotContain("the outlet of"));
        // the edit dialog names the actors too
        robot.interact(() -> {
            vm().select(night().id());
            timeline().requestFocus();
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        String actors = robot.lookup("#edit-actors").queryTextInputControl().getText();
        assertThat(actors).contains("Ministry of Defence of Armenia").doesNotContain("arm-mod");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#events .list-cell").queryAllAs(ListCell.class)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getText() == null ? "" : c.getText()).doesNotContainPattern(RAW_TIME)
                        .doesNotContainPattern(CODE));
    }

    /** Every text shown under a node: labels, links, buttons, text runs. */
    private static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        } else if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()
                && !(t.getParent() instanceof Labeled)) {
            out.add(t.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), out);
        }
    }

    // --- 10. keyboard help

    @Test
    void f1ShowsACheatSheetOfEveryBindingTheWindowAndTheTimelineUse(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node help = robot.lookup("#keys-help").query();
        assertThat(help).isNotNull();
        Set<String> keys = help.lookupAll(".key-cap").stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.toSet());
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(m -> flatten(m.getItems(), items));
        for (MenuItem i : items) {
            if (i.getAccelerator() != null) {
                assertThat(keys).as(i.getText()).contains(i.getAccelerator().getDisplayText());
            }
        }
        Function<String, String> shown = k -> javafx.scene.input.KeyCombination.keyCombination(k).getDisplayText();
        assertThat(keys).contains("F1", "F2", "Delete", "Ctrl+N", "Ctrl+M", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z",
                "Ctrl+F", shown.apply("Left"), shown.apply("Right"), shown.apply("Shift+Left"), shown.apply("Alt+Left"),
                "Z", shown.apply("Enter"), "Escape", "Home", "+", "-");
        // every binding of the timeline's table is listed, described in words
        for (claimline.app.timeline.TimelineCommand c : claimline.app.timeline.TimelineCommand.values()) {
            c.keys().forEach(k -> assertThat(keys).contains(k.getDisplayText()));
        }
        assertThat(help.lookupAll(".key-description")).hasSize(Shortcut.lines().size())
                .allSatisfy(n -> assertThat(((Labeled) n).getText()).isNotBlank().doesNotStartWith("keys."));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#keys-help").tryQuery()).isEmpty();
    }

    private static void flatten(List<MenuItem> in, List<MenuItem> out) {
        for (MenuItem i : in) {
            out.add(i);
            if (i instanceof javafx.scene.control.Menu m) {
                flatten(m.getItems(), out);
            }
        }
    }

    // --- 12. smaller things

    @Test
    void theClaimMenuShowsOneArrow(FxRobot robot) {
        select(robot, night(), 0);
        assertThat(robot.lookup("#details .claim-menu").queryAllAs(MenuButton.class)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getText()).doesNotContain("▾").doesNotContain("▼"));
    }

    @Test
    void clearingTheSelectionClearsTheReader(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        assertThat(window.readerHighlightedText()).isNotEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(vm().selectedProperty().get()).isNull();
        assertThat(window.readerHighlightedText()).isEmpty();
        assertThat(robot.lookup("#reader-heading").queryLabeled().getText()).isEqualTo(Messages.get("reader.none"));
    }

    @Test
    void zoomingToAMinutePreciseEventShowsAtLeastADayAroundIt(FxRobot robot) {
        Event night = night();
        robot.interact(() -> {
            timeline().requestFocus();
            timeline().selectedIdProperty().set(night.id());
        });
        robot.type(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().zoomProperty().get().span()).isGreaterThanOrEqualTo(86400);
        // the zoom is in display time, which skips the long empty stretches (breaks)
        claimline.timeline.TimeBreaks breaks = timeline().breaksProperty().get();
        assertThat(timeline().zoomProperty().get().shows(breaks.toDisplay(night.time().startEpochSecond()),
                breaks.toDisplay(night.time().endEpochSecond()))).isTrue();
    }

    @Test
    void longActorNamesAreShownWholeInTheFilterList(FxRobot robot) {
        ListView<?> actors = robot.lookup("#actors").queryListView();
        ActorEntry longest = vm().actorEntries().stream()
                .max(java.util.Comparator.comparingInt(e -> e.toString().length())).orElseThrow();
        robot.interact(() -> actors.scrollTo(vm().actorEntries().indexOf(longest)));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#actors .list-cell").match((ListCell<?> c) -> longest.equals(c.getItem()))
                .query();
        boolean whole = cell.lookupAll(".text").stream().map(n -> ((Text) n).getText()).collect(Collectors.joining())
                .replace("\n", " ").contains(longest.label());
        boolean tooltip = cell.getTooltip() != null && cell.getTooltip().getText().contains(longest.label());
        assertThat(whole).as("shown whole").isTrue();
        assertThat(tooltip).as("tooltip").isTrue();
    }

    @Test
    void scrollingAndArrowingThroughEveryListThrowsNothing(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        for (String list : List.of("#actors", "#types", "#events")) {
            Node n = robot.lookup(list).query();
            robot.moveTo(n);
            for (int i = 0; i < 12; i++) {
                robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
            }
            for (int i = 0; i < 12; i++) {
                robot.scroll(3, javafx.geometry.VerticalDirection.UP);
            }
            robot.clickOn(n);
            for (KeyCode k : List.of(KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.UP, KeyCode.END,
                    KeyCode.HOME, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.SPACE, KeyCode.SPACE)) {
                robot.type(k);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingTheTroughOfATableWhoseRowsAreTallerThanItThrowsNothing(FxRobot robot) {
        // a short lower pane: the contested table's rows (each party's versions, wrapped) are taller than it
        robot.interact(() -> {
            window.tabs().getSelectionModel().select(2);
            robot.lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class).stream()
                    .filter(p -> p.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .forEach(p -> p.setDividerPositions(0.8));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#contested-table", "#events")) {
            if (id.equals("#events")) {
                robot.interact(() -> window.tabs().getSelectionModel().select(3));
                WaitForAsyncUtils.waitForFxEvents();
            }
            Node list = robot.lookup(id).query();
            javafx.scene.control.ScrollBar bar = list.lookupAll(".scroll-bar").stream()
                    .map(n -> (javafx.scene.control.ScrollBar) n)
                    .filter(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible())
                    .findFirst().orElseThrow();
            Node track = bar.lookup(".track");
            double w = track.getBoundsInLocal().getWidth() / 2;
            double h = track.getBoundsInLocal().getHeight();
            for (int i = 0; i < 6; i++) {
                robot.clickOn(track.localToScreen(w, h * 0.7)); // the lowest pixels may sit under the status bar
            }
            double down = bar.getValue();
            assertThat(down).as(id + " paged down").isGreaterThan(bar.getMin());
            for (int i = 0; i < 8; i++) {
                robot.clickOn(track.localToScreen(w, 2));
            }
            // back up, until the thumb covers the top of the trough
            assertThat(bar.getValue()).as(id + " paged back up").isLessThan(down);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // --- 13. focus on opening

    @Test
    void theTimelineHasTheFocusOnOpeningAndRightSelectsTheFirstEvent(FxRobot robot) {
        boolean focused = timeline().isFocused();
        // pressed first: with the focus in the actor list, Right started a focus traversal that threw in VirtualFlow
        robot.type(KeyCode.RIGHT);
        assertThat(focused).as("the timeline has the focus on opening").isTrue();
        assertThat(vm().selectedProperty().get()).isEqualTo(vm().visibleEvents().get(0));
    }

    @Test
    void inTheFilterListsArrowsMoveAndSpaceChecksWithoutAnException(FxRobot robot) {
        ListView<?> actors = robot.lookup("#actors").queryListView();
        robot.interact(() -> {
            actors.requestFocus();
            actors.getFocusModel().focus(1);
        });
        ActorEntry second = vm().actorEntries().get(1);
        assertThat(vm().isShown(second)).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(vm().isShown(second)).as("Space unchecks the focused row").isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(vm().isShown(second)).as("and checks it again").isTrue();
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP);
        assertThat(actors.getFocusModel().getFocusedIndex()).isEqualTo(2);
        assertThat(actors.isFocused()).as("Up and Down stay in the list").isTrue();
        robot.type(KeyCode.RIGHT, KeyCode.LEFT, KeyCode.RIGHT);
        robot.interact(actors::requestFocus);
        // a click on a row's check box leaves the focus in the list, so the arrows still move through it
        ListCell<?> cell = robot.lookup("#actors .list-cell").match((ListCell<?> c) -> c.getIndex() == 3).query();
        robot.clickOn(cell.lookup(".check-box"));
        assertThat(actors.isFocused()).isTrue();
        robot.type(KeyCode.DOWN, KeyCode.RIGHT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Just enough RFC 4180 to read the export back. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (ch != '\r') {
                    cell.append(ch);
                }
            }
            return rows;
        }
    }
}
