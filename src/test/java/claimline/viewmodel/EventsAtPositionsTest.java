package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The visible events as positions in the time order: listeners hear what went and what came, nobody else edits. */
class EventsAtPositionsTest {
    @Test
    void aReplacementTellsListenersWhatWasRemovedAndWhatWasAdded() {
        EventsAtPositions<String> list = new EventsAtPositions<>();
        List<String> all = List.of("a", "b", "c", "d", "e");
        list.replace(all, new int[] {0, 2, 4});
        assertThat(list).containsExactly("a", "c", "e");
        List<List<String>> removed = new ArrayList<>();
        List<List<String>> added = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                removed.add(List.copyOf(c.getRemoved()));
                added.add(List.copyOf(c.getAddedSubList()));
                assertThat(c.wasReplaced()).isTrue();
            }
        });
        list.replace(all, new int[] {1, 2});
        assertThat(list).containsExactly("b", "c");
        assertThat(removed).containsExactly(List.of("a", "c", "e"));
        assertThat(added).containsExactly(List.of("b", "c"));
        assertThat(list.indexOf("c")).isEqualTo(1);
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
