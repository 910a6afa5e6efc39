package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.events.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who condemns an attack, or voices concern or condolences over it, decides what that is (reading guide 2 and 3): a
 * side doing so tells its version of the attack (a claim on it), a third party makes a statement of its own. Togo and
 * its rebels, which the gazetteer has no entry for.
 */
class CondemnationTest {
    private static final String ATTACK_EN = "LOME, October 31, 2025 - Rebels shelled the market in Dapaong on Tuesday, "
            + "killing 12 people, Togo's army said.\n";
    private static final String ATTACK_ID = "LOME, 31 Oktober 2025 - Pemberontak menembaki pasar di Dapaong pada "
            + "Selasa, menewaskan 12 orang, kata tentara Togo.\n";

    /** The attack told in each language, then what the test adds to it in that language. */
    private static List<String> afterTheAttack(String english, String indonesian) {
        return List.of(ATTACK_EN + english, ATTACK_ID + indonesian);
    }

    @Test
    void aSideCondemningTheAttackOnItTellsItsVersionOfTheAttack() {
        for (String text : afterTheAttack("Togo's army condemned the attack, saying that most of the dead were women.\n",
                "Tentara Togo mengecam serangan itu dan mengatakan sebagian besar korban adalah perempuan.\n")) {
            List<Mention> ms = OneArticle.mentions(text);
            assertThat(ms).as(text).noneMatch(m -> m.type() == EventType.STATEMENT);
            assertThat(ms).as(text).filteredOn(m -> m.source().start() > text.indexOf('\n'))
                    .isNotEmpty().allSatisfy(m -> assertThat(m.type().isViolence()).isTrue());
        }
    }

    @Test
    void aThirdPartyCondemningTheAttackMakesAStatement() {
        for (String text : afterTheAttack("The United Nations condemned the attack on the market.\n",
                "PBB mengecam serangan terhadap pasar itu.\n")) {
            List<Mention> ms = OneArticle.mentions(text);
            assertThat(ms).as(text).filteredOn(m -> m.type() == EventType.STATEMENT).singleElement()
                    .satisfies(m -> assertThat(m.claimant()).isEqualTo("un"));
        }
    }

    @Test
    void aThirdPartysConcernOrCondolencesOverTheFightingAreItsStatement() {
        for (String text : afterTheAttack("Ghana and Benin, brokers of the truce, expressed concern over repeated violations.\n"
                        + "Nigeria's President Bola Tinubu offered condolences to Togo's president over the killing of "
                        + "the civilians.\n",
                "Ghana dan Benin, penengah gencatan senjata, menyatakan keprihatinan atas pelanggaran yang "
                        + "berulang.\nPresiden Nigeria Bola Tinubu mengucapkan belasungkawanya kepada Presiden Togo atas "
                        + "terbunuhnya 12 warga sipil oleh pemberontak.\n")) {
            List<Mention> statements = OneArticle.mentions(text).stream()
                    .filter(m -> m.type() == EventType.STATEMENT).toList();
            assertThat(statements).as(text).extracting(OneArticle::party).contains("GHA", "NGA");
            assertThat(OneArticle.mentions(text)).as(text).filteredOn(m -> m.type().isViolence()
                            || m.type() == EventType.CEASEFIRE_VIOLATION)
                    .allSatisfy(m -> assertThat(OneArticle.party(m)).isNotIn("GHA", "NGA"));
        }
    }

    @Test
    void aSidesConcernOverAnAttackOnItIsItsVersionOfTheAttack() {
        for (String text : afterTheAttack("Togo's army expressed deep concern over the attack on the market.\n",
                "Tentara Togo menyatakan keprihatinan atas serangan terhadap pasar itu.\n")) {
            assertThat(OneArticle.mentions(text)).as(text).noneMatch(m -> m.type() == EventType.STATEMENT);
        }
    }

    @Test
    void everyOneOfAListOfCondemnersSpeaks() {
        for (String text : afterTheAttack("The attack was denounced by Ghana, Benin and the African Union.\n",
                "Serangan itu dikecam oleh Ghana, Benin, dan Uni Afrika.\n")) {
            assertThat(OneArticle.mentions(text)).as(text).filteredOn(m -> m.type() == EventType.STATEMENT)
                    .extracting(Mention::claimant).containsExactlyInAnyOrder("gha", "ben", "au");
        }
    }

    @Test
    void statesThatOnlyReactAreNoSidesOfTheAttack() {
        for (String text : afterTheAttack(
                "Ghana and Benin expressed concern over the attack.\nThe attack was also denounced by Ghana and Benin.\n",
                "Ghana dan Benin menyatakan keprihatinan atas serangan itu.\nSerangan itu juga dikecam oleh Ghana dan "
                        + "Benin.\n")) {
            assertThat(OneArticle.mentions(text)).as(text).filteredOn(m -> m.type().isViolence()).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.parties()).doesNotContain("GHA", "BEN"));
        }
    }
}
