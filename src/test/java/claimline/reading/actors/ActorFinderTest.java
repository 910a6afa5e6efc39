package claimline.reading.actors;

import claimline.reading.language.Tokenizer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFinderTest {
    private static List<String> actors(String s) {
        return new ActorFinder(Gazetteer.get(), claimline.reading.language.Languages.get("id")).find(Tokenizer.tokenize(s, 0, s.length())).actors().stream()
                .map(ActorMention::actorId).toList();
    }

    @Test
    void statesFromLocaleDataInBothLanguages() {
        assertThat(actors("Kamboja dan Thailand saling tuduh")).containsExactly("khm", "tha");
        assertThat(actors("Cambodia and Thailand traded accusations")).containsExactly("khm", "tha");
    }

    @Test
    void aCommonWordAStatesNativeNameSpellsIsNoState() {
        // "Island" is Iceland in Icelandic; "Mann" the Isle of Man in Manx
        assertThat(actors("Shells landed on Keta Island near the border")).isEmpty();
        assertThat(actors("Iceland and Ghana traded accusations")).containsExactly("isl", "gha");
        // "Timor" alone is the island (Nusa Tenggara Timur); the state is named in full
        assertThat(actors("Banjir melanda Pulau Timor pekan lalu")).isEmpty();
        assertThat(actors("Timor Leste dan Indonesia menandatangani perjanjian")).containsExactly("tls", "idn");
    }

    @Test
    void institutionsByPatternAndSeatsAsMetonyms() {
        assertThat(actors("Kementerian Pertahanan Tajikistan mengatakan")).containsExactly("tjk-mod");
        assertThat(actors("Pakistan's defence ministry said")).containsExactly("pak-mod");
        assertThat(actors("Islamabad menuduh New Delhi")).containsExactly("pak", "ind");
        assertThat(actors("kata Kementerian Pertahanan Armena")).containsExactly("arm-mod");
    }

    @Test
    void peopleAndOrganisations() {
        assertThat(actors("Presiden Sadyr Japarov dan PBB")).containsExactly("sadyr-japarov", "un");
        assertThat(actors("Dewan Keamanan PBB bersidang")).containsExactly("un-sc");
    }

    @Test
    void aNameOfTwoStatesIsTheOneTheHandMadeEntrySays() {
        // "Congo" and "Kongo" name both Congos in the generated country names; in war reports they are the DRC
        assertThat(actors("Congo accused Rwanda")).containsExactly("cod", "rwa");
        assertThat(actors("Kongo menuduh Rwanda")).containsExactly("cod", "rwa");
        assertThat(actors("Congo-Brazzaville dan Gabon")).containsExactly("cog", "gab");
    }

    @Test
    void anExchangeOfFireIsNotTheCapital() {
        assertThat(actors("Baku tembak terjadi di perbatasan")).isEmpty();
        assertThat(actors("Baku mengatakan")).containsExactly("aze");
    }

    @Test
    void aStatesNewsAgencyTellsTheStatesVersion() {
        assertThat(actors("Kantor berita KCNA melaporkan")).containsExactly("prk-media");
        assertThat(actors("Syria's SANA said")).contains("syr-media");
        assertThat(Gazetteer.get().actor("prk-media").party()).isEqualTo("PRK");
        assertThat(Gazetteer.get().actor("prk-media").type()).isEqualTo(claimline.model.ActorType.MEDIA);
    }

    @Test
    void aParticleJoinedByAHyphenIsPartOfTheName() {
        // "Perdana Menteri Mesir Mostafa el-Madbouly": the whole name, not "Mostafa"
        String text = "Perdana Menteri Mesir Mostafa el-Madbouly mengatakan pasukan Libya menembaki pos perbatasan Mesir pada "
                + "Senin (3/3/2025).\n";
        var reading = new claimline.reading.DocumentReader(2026)
                .read(new claimline.corpus.SourceText("t", "t.txt", text, null));
        assertThat(reading.mentions()).flatExtracting(m -> m.actors()).contains("mostafa-el-madbouly-egy");
    }

    @Test
    void theMilitaryNamedAloneIsTheStatesArmyNotAGroupWhoseNameEndsInArmy() {
        ActorFinder finder = new ActorFinder(Gazetteer.get(), claimline.reading.language.Languages.get("en"));
        List<String> ids = List.of();
        for (String sentence : List.of("Uganda's army said a camp near Gulu was attacked on Monday.",
                "A spokesman for the Lord's Resistance Army denied any part in it.",
                "The military fired on our positions first, the spokesman said.")) {
            ids = finder.find(Tokenizer.tokenize(sentence, 0, sentence.length())).actors().stream()
                    .map(ActorMention::actorId).toList();
        }
        assertThat(ids).containsExactly("uga-army");
    }
}
