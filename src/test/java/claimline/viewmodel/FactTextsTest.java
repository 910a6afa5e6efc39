package claimline.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.Seeds;
import claimline.model.Event;
import claimline.model.EventModel;
import claimline.model.Precision;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the parties' versions differ, in the interface's language: the details' and the side-by-side view's sentences
 * and rows ("siapa yang memulai: Armenia menyalahkan Azerbaijan"), while the export keeps its English sentences.
 */
class FactTextsTest {
    private final EventModel model = Seeds.model();
    private final MainViewModel vm = new MainViewModel();

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    private Event night() {
        return model.events().stream().filter(e -> e.time().precision() == Precision.MINUTE
                && e.time().start().iso().startsWith("2022-09-13T00:05")).findFirst().orElseThrow();
    }

    @Test
    void inEnglishTheViewsSayWhatTheExportSays() {
        vm.setModel(model);
        assertThat(vm.index().disagreementTexts(night())).isNotEmpty()
                .isEqualTo(model.disagreementTexts(night()));
    }

    @Test
    void inIndonesianTheDisagreementsAndTheAlignedFactsAreInIndonesian() {
        Texts.use(Locale.forLanguageTag("id"));
        vm.setModel(model);
        vm.select(night().id());
        assertThat(vm.index().disagreementTexts(night()))
                .contains("skala: Armenia menyebutnya berskala besar; Azerbaijan menyebutnya berskala besar, terbatas")
                .anyMatch(d -> d.startsWith("siapa yang memulai: Armenia menyalahkan Azerbaijan"))
                .anyMatch(d -> d.startsWith("tempat: Armenia menyebut Goris"))
                .anyMatch(d -> d.startsWith("bantahan: ") && d.endsWith(" membantah kabar itu"));
        // the side-by-side rows hold the facts and the sides' values; the view words them (FormatsTest)
        SideBySide s = vm.sideBySide();
        assertThat(s.facts()).extracting(SideBySide.FactRow::fact)
                .contains(claimline.model.Fact.PLACES, claimline.model.Fact.SCALE, claimline.model.Fact.BLAME);
        int arm = s.columns().stream().map(SideBySide.Column::party).toList().indexOf("ARM");
        assertThat(s.facts()).anySatisfy(f -> assertThat(f.values().get(arm)).isEqualTo(java.util.List.of("AZE")));
        assertThat(model.disagreementTexts(night())).as("the export stays in English")
                .anyMatch(d -> d.startsWith("who started it: Armenia blames Azerbaijan"));
    }
}
