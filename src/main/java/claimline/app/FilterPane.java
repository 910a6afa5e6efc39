package claimline.app;

import claimline.model.EventType;
import claimline.viewmodel.ActorEntry;
import claimline.viewmodel.EventFilter;
import claimline.viewmodel.MainViewModel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.ListView;
import org.controlsfx.control.RangeSlider;

/**
 * The filters: actors grouped by party (a party heading checks all its actors), event types, a date range and
 * "contested only". It only translates clicks into the view model's filter and mirrors the filter back.
 */
final class FilterPane extends VBox {
    private static final double DAY = 86400;
    private final MainViewModel vm;
    private final ListView<ActorEntry> actors = new ListView<>();
    private final ListView<EventType> types = new ListView<>();
    private final RangeSlider dates = new RangeSlider(0, 1, 0, 1);
    private final Label dateLabel = new Label();
    private final CheckBox contested = new CheckBox(Messages.get("filter.contested"));
    private boolean syncing;
    private long[] bounds;

    FilterPane(MainViewModel vm, BiConsumer<Long, Long> onRange) {
        this.vm = vm;
        getStyleClass().add("filter-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        actors.setId("actors");
        types.setId("types");
        dates.setId("dates");
        contested.setId("contested");
        Button all = new Button(Messages.get("filter.all"));
        all.setId("actors-all");
        all.setOnAction(e -> vm.showAllActors());
        Button none = new Button(Messages.get("filter.none"));
        none.setId("actors-none");
        none.setOnAction(e -> vm.hideAllActors());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label actorsHeading = heading("filter.actors");
        // The pane is never narrower than its heading and buttons (the split pane keeps its minimum), so they are
        // never cut down to "…".
        for (javafx.scene.control.Labeled l : new javafx.scene.control.Labeled[] {actorsHeading, all, none, contested}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actorsHeader = new HBox(6, actorsHeading, grow, all, none);
        VBox.setVgrow(actors, Priority.ALWAYS);
        types.setPrefHeight(160);
        types.getItems().setAll(EventType.values());
        FilterCell.install(types, Formats::type, null, t -> vm.filter().types().contains(t), (t, shown) -> {
            Set<EventType> now = EnumSet.noneOf(EventType.class);
            now.addAll(vm.filter().types());
            if (shown) {
                now.add(t);
            } else {
                now.remove(t);
            }
            vm.filterProperty().set(vm.filter().withTypes(now));
        });
        FilterCell.install(actors, e -> e.label() + " (" + e.count() + ")", ActorEntry::party, vm::isShown,
                vm::setShown);
        dates.setShowTickLabels(false);
        getChildren().addAll(actorsHeader, actors, heading("filter.types"), types, heading("filter.dates"), dates,
                dateLabel, contested);

        TroughPaging.install(actors);
        TroughPaging.install(types);
        actors.getItems().setAll(vm.actorEntries());
        vm.actorEntries().addListener((ListChangeListener<ActorEntry>) c -> {
            actors.getItems().setAll(vm.actorEntries());
            resetDates();
        });
        contested.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.filterProperty().set(vm.filter().withContestedOnly(now));
            }
        });
        dates.lowValueProperty().addListener((o, was, now) -> rangeChanged(onRange));
        dates.highValueProperty().addListener((o, was, now) -> rangeChanged(onRange));
        vm.filterProperty().addListener((o, was, now) -> mirror(now));
        mirror(vm.filter());
        resetDates();
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("pane-heading");
        return l;
    }

    /** Shows the filter's state in the controls without echoing it back. */
    private void mirror(EventFilter f) {
        syncing = true;
        try {
            // the rows read their checks from the filter
            actors.refresh();
            types.refresh();
            contested.setSelected(f.contestedOnly());
            if (f.from() == null && f.to() == null && bounds != null) {
                dates.setLowValue(dates.getMin());
                dates.setHighValue(dates.getMax());
            }
        } finally {
            syncing = false;
        }
        updateDateLabel();
    }

    private void resetDates() {
        bounds = vm.timeBounds();
        syncing = true;
        if (bounds == null) {
            dates.setMin(0);
            dates.setMax(1);
        } else {
            dates.setMax(Math.ceil(bounds[1] / DAY));
            dates.setMin(Math.floor(bounds[0] / DAY));
        }
        dates.setLowValue(dates.getMin());
        dates.setHighValue(dates.getMax());
        syncing = false;
        updateDateLabel();
    }

    private void rangeChanged(BiConsumer<Long, Long> onRange) {
        updateDateLabel();
        if (syncing || bounds == null) {
            return;
        }
        boolean full = dates.getLowValue() <= dates.getMin() && dates.getHighValue() >= dates.getMax();
        Long from = full ? null : (long) (Math.floor(dates.getLowValue()) * DAY);
        Long to = full ? null : (long) (Math.ceil(dates.getHighValue()) * DAY);
        vm.filterProperty().set(vm.filter().withRange(from, to));
        onRange.accept((long) (Math.floor(dates.getLowValue()) * DAY), (long) (Math.ceil(dates.getHighValue()) * DAY));
    }

    private void updateDateLabel() {
        if (bounds == null) {
            dateLabel.setText("");
            return;
        }
        dateLabel.setText(day(dates.getLowValue()) + " – " + day(dates.getHighValue()));
    }

    private static String day(double days) {
        return TimeTexts.day((long) (Math.floor(days) * DAY));
    }

    ListView<ActorEntry> actorList() { return actors; }
}
