package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corrections through the view models, without a toolkit: the window's lists follow, undo and redo work. */
class CorrectionsViewModelTest {
    @Test
    void hidingUndoingAndRedoingAnEventKeepsTheFilterAndTheSelection() {
        MainViewModel vm = new MainViewModel();
        CorrectionsViewModel c = new CorrectionsViewModel(vm);
        c.setBase(Seeds.model(), List.of());
        assertThat(c.canUndoProperty().get()).isFalse();
        vm.filterProperty().set(EventFilter.ALL.withSearch("armenia"));
        Event victim = vm.visibleEvents().get(0);
        Event kept = vm.visibleEvents().get(1);
        vm.selectedProperty().set(kept);
        int before = vm.visibleEvents().size();

        c.hide(victim);
        assertThat(vm.visibleEvents()).hasSize(before - 1).doesNotContain(victim);
        assertThat(vm.filter().search()).isEqualTo("armenia");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(kept.id());
        assertThat(c.canUndoProperty().get()).isTrue();
        assertThat(c.changesProperty().get()).isEqualTo(1);

        c.undo();
        assertThat(vm.visibleEvents()).hasSize(before).extracting(Event::id).contains(victim.id());
        assertThat(c.canRedoProperty().get()).isTrue();
        c.redo();
        assertThat(vm.visibleEvents()).hasSize(before - 1);
    }

    @Test
    void notesShowOnTheirEvent() {
        MainViewModel vm = new MainViewModel();
        CorrectionsViewModel c = new CorrectionsViewModel(vm);
        c.setBase(Seeds.model(), List.of());
        Event e = vm.visibleEvents().get(3);
        c.addNote(e, "  ask the OSCE  ");
        Event now = vm.visibleEvents().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow();
        assertThat(c.notesOf(now)).containsExactly("ask the OSCE");
    }
}
