package claimline.reading.events;

import claimline.reading.language.Languages;
import claimline.reading.language.Tokenizer;
import claimline.reading.CorpusAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;

import claimline.corpus.Corpus;
import claimline.corpus.SourceText;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.EventModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the parties' versions of one happening contradict each other, the event records it. */
class DisagreementsTest {
    private static EventModel read(String id, String text) {
        return new CorpusAnalyzer(2026).analyze(new Corpus(List.of(new SourceText(id, id + ".txt", text, null)), List.of()));
    }

    private static Event violence(EventModel m) {
        List<Event> v = m.events().stream().filter(e -> e.type().isViolence() && !e.background()).toList();
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    @Test
    void differingCasualtyFiguresAndBlameAreRecorded() {
        EventModel m = read("tolls", "ISLAMABAD, Warta Nusantara - Militer Pakistan mengatakan pasukan India menembaki desa "
                + "di dekat Kotli pada Rabu (7/5/2025) dini hari, menewaskan 26 warga sipil.\n"
                + "Kementerian Pertahanan India mengatakan pasukan Pakistan lebih dulu menyerang pos di Poonch dan "
                + "hanya 3 tentara tewas dalam bentrokan itu.\n");
        Event e = violence(m);
        assertThat(m.disagreementTexts(e)).anyMatch(d -> d.startsWith("casualties:") && d.contains("26 killed")
                && d.contains("3 killed"));
        assertThat(e.disagreements()).anyMatch(d -> d.fact() == Fact.BLAME
                && d.byParty().equals(java.util.Map.of("IND", "PAK", "PAK", "IND")));
    }

    @Test
    void oneSideCallingItLimitedAndTheOtherLargeScaleDisagreeOnTheScale() {
        for (String text : List.of("LOME, Warta Pantai - Kementerian Pertahanan Togo mengatakan pasukan Ghana melancarkan "
                        + "serangan besar-besaran di dekat Aflao pada Senin (3/3/2025).\n"
                        + "Militer Ghana mengatakan serangan di dekat Aflao itu terbatas dan hanya membalas tembakan Togo.\n",
                "LOME, March 4 (Coast Wire) - Togo's defence ministry said Ghanaian troops launched a massive attack near "
                        + "Aflao on Monday, March 3, 2025.\n"
                        + "Ghana's military said the attack near Aflao was limited and only answered Togolese fire.\n")) {
            EventModel m = read("scale", text);
            Event e = violence(m);
            assertThat(e.disagreements()).as(text).anyMatch(d -> d.fact() == Fact.SCALE
                    && d.byParty().equals(java.util.Map.of("TGO", "large-scale", "GHA", "limited")));
            assertThat(m.disagreementTexts(e)).anyMatch(d -> d.startsWith("scale: ") && d.contains("calls it limited"));
        }
    }

    @Test
    void aWeekOrMonthDoesNotDisagreeWithADayInIt() {
        // "this week" states no day: it is the fight of Monday told coarsely, not another date for it
        EventModel m = read("week", "LOME, Warta Pantai - Kementerian Pertahanan Togo mengatakan pasukan Ghana menembaki "
                + "pos di dekat Aflao pada Senin (3/3/2025).\n"
                + "Militer Ghana mengatakan pertempuran di dekat Aflao pekan ini dimulai oleh pasukan Togo.\n");
        Event e = violence(m);
        assertThat(e.time().start().iso()).isEqualTo("2025-03-03");
        assertThat(e.disagreements()).noneMatch(d -> d.fact() == Fact.TIME);
    }

    @Test
    void theSameFigureFromBothSidesIsNoDisagreement() {
        EventModel m = read("same", "BISHKEK, Border Monitor - Kyrgyzstan's defence ministry said Tajik troops shelled "
                + "posts near Batken on Friday (16/9/2022), killing two soldiers.\n"
                + "Tajikistan's border service said Kyrgyz forces attacked first near Isfara, killing two soldiers.\n");
        assertThat(violence(m).disagreements()).noneMatch(d -> d.fact() == Fact.CASUALTIES);
    }

    @Test
    void aYearIsNotACasualtyFigure() {
        CasualtyFinder f = CasualtyFinder.of(Languages.get("id"));
        String s = "Lebih dari 6.600 orang tewas dalam perang tahun 2020 itu.";
        assertThat(f.find(Tokenizer.tokenize(s, 0, s.length()), 0, Tokenizer.tokenize(s, 0, s.length()).size()))
                .containsExactly("6600 killed");
        String y = "Dua tentara terluka pada 2021.";
        assertThat(f.find(Tokenizer.tokenize(y, 0, y.length()), 0, Tokenizer.tokenize(y, 0, y.length()).size()))
                .containsExactly("2 wounded");
    }
}
