package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.corrections.Correction;
import claimline.model.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the corrections on show are the ones on disk, without a toolkit. */
class SaveStateTest {
    private final MainViewModel vm = new MainViewModel();
    private final CorrectionsViewModel corrections = new CorrectionsViewModel(vm);
    private final SaveState state = new SaveState(corrections);
    private final Path file = Path.of("seeds.claimline.json");

    @Test
    void aCorrectionIsUnsavedUntilASaveWithItSucceeds() {
        corrections.setBase(Seeds.model(), List.of());
        state.opened(file, List.of(), List.of());
        assertThat(state.dirtyProperty().get()).isFalse();
        Event e = vm.visibleEvents().get(0);
        corrections.hide(e);
        assertThat(state.dirtyProperty().get()).isTrue();
        List<Correction> written = state.toWrite();
        corrections.addNote(vm.visibleEvents().get(0), "made while the save was under way");
        state.saved(file, written);
        assertThat(state.dirtyProperty().get()).as("the note came after what was written").isTrue();
        state.saved(file, state.toWrite());
        assertThat(state.dirtyProperty().get()).isFalse();
        corrections.undo();
        assertThat(state.dirtyProperty().get()).isTrue();
        corrections.redo();
        assertThat(state.dirtyProperty().get()).as("back to what is on disk").isFalse();
    }

    @Test
    void aFailedSaveIsRetriedLaterAndLaterAndAnyGoodSaveEndsTheTrouble() {
        corrections.setBase(Seeds.model(), List.of());
        state.opened(file, List.of(), List.of());
        corrections.hide(vm.visibleEvents().get(0));
        assertThat(state.failed("Operation not permitted")).isEqualTo(2);
        assertThat(state.failed("Operation not permitted")).isEqualTo(4);
        assertThat(state.failed("Operation not permitted")).isEqualTo(8);
        for (int i = 0; i < 10; i++) {
            state.failed("No space left on device");
        }
        assertThat(state.failed("No space left on device")).isEqualTo(60);
        assertThat(state.failureProperty().get()).isEqualTo("No space left on device");
        assertThat(state.failures()).isEqualTo(14);
        assertThat(state.dirtyProperty().get()).isTrue();
        state.saved(file, state.toWrite());
        assertThat(state.failureProperty().get()).isNull();
        assertThat(state.failures()).isZero();
        assertThat(state.dirtyProperty().get()).isFalse();
    }

    @Test
    void keepingTheOtherProgramsVersionLeavesTheCorrectionsUnsaved() {
        corrections.setBase(Seeds.model(), List.of());
        state.opened(file, List.of(), List.of());
        corrections.hide(vm.visibleEvents().get(0));
        state.declined();
        assertThat(state.declinedProperty().get()).isTrue();
        assertThat(state.dirtyProperty().get()).isTrue();
        state.saved(file, state.toWrite());
        assertThat(state.declinedProperty().get()).isFalse();
    }

    /** A project opened without its corpus shows the saved model; its corrections must still be written back. */
    @Test
    void correctionsAlreadyInTheSavedModelAreWrittenBackWithTheNewOnes() {
        Correction earlier = new Correction.HideEvent(CorrectionsViewModel.anchorOf(Seeds.model().events().get(1)));
        corrections.setBase(Seeds.model(), List.of());
        state.opened(file, List.of(earlier), List.of(earlier));
        assertThat(state.dirtyProperty().get()).isFalse();
        corrections.hide(vm.visibleEvents().get(0));
        assertThat(state.toWrite()).hasSize(2).startsWith(earlier);
    }

    /** The window built again in another language carries on: still unsaved, the same failure and retry. */
    @Test
    void aStateCarriedOnByAnotherWindowKeepsWhatIsUnsavedAndWhy() {
        Correction earlier = new Correction.HideEvent(CorrectionsViewModel.anchorOf(Seeds.model().events().get(1)));
        corrections.setBase(Seeds.model(), List.of());
        state.opened(file, List.of(), List.of(earlier));
        corrections.hide(vm.visibleEvents().get(0));
        state.failed("Operation not permitted");
        state.failed("Operation not permitted");

        MainViewModel otherVm = new MainViewModel();
        CorrectionsViewModel other = new CorrectionsViewModel(otherVm);
        other.continueFrom(corrections);
        SaveState carried = new SaveState(other);
        carried.continueFrom(state);
        assertThat(carried.dirtyProperty().get()).isTrue();
        assertThat(carried.failureProperty().get()).isEqualTo("Operation not permitted");
        assertThat(carried.failures()).isEqualTo(2);
        assertThat(carried.retrySecondsProperty().get()).isEqualTo(4);
        assertThat(carried.fileProperty().get()).isEqualTo(file);
        assertThat(carried.toWrite()).as("the inherited correction, then the one made").hasSize(2).startsWith(earlier);
        other.undo();
        carried.saved(file, carried.toWrite());
        other.redo();
        assertThat(carried.dirtyProperty().get()).isTrue();
        other.undo();
        assertThat(carried.dirtyProperty().get()).as("back to what the save wrote").isFalse();
    }
}
