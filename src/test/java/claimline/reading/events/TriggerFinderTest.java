package claimline.reading.events;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.EventType;
import claimline.reading.language.Language;
import claimline.reading.language.Languages;
import claimline.reading.language.Token;
import claimline.reading.language.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerFinderTest {
    private static List<TriggerFinder.Trigger> triggers(String lang, String sentence) {
        Language l = Languages.get(lang);
        TriggerFinder f = TriggerFinder.of(l);
        List<Token> tokens = Tokenizer.tokenize(sentence, 0, sentence.length());
        List<String> stems = tokens.stream().map(f::stem).toList();
        return f.find(stems, 0, stems.size());
    }

    private static List<EventType> types(String lang, String sentence) {
        return triggers(lang, sentence).stream().map(TriggerFinder.Trigger::type).toList();
    }

    @Test
    void somethingFoundIsNotAMeeting() {
        // the dictionary stemmer makes "ditemukan" (was found) and "bertemu" (to meet) one stem
        assertThat(types("id", "Dua peluru artileri Togo ditemukan di pos militer Ghana.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("id", "Tim pencarian menemukan puing helikopter di dekat Aflao.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("id", "Menteri Luar Negeri Ghana bertemu dengan mitranya dari Togo di Accra.")).contains(EventType.DIPLOMACY);
    }

    @Test
    void aSpokesmanSpeakingOutHoldsNoTalks() {
        // "angkat bicara": to speak out, not to talk with anyone; "berbicara dengan" still is
        assertThat(types("id", "Juru bicara Kementerian Luar Negeri Togo, Komla Adjavon, angkat bicara melalui sebuah "
                + "pernyataan.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("id", "Presiden Togo berbicara dengan Presiden Ghana melalui telepon.")).contains(EventType.DIPLOMACY);
    }

    @Test
    void aMineSteppedOnIsAnAttackAMinePlantedLongAgoIsNone() {
        assertThat(types("id", "Ranjau itu terinjak patroli Ghana pada 4 Agustus.")).contains(EventType.ATTACK);
        assertThat(types("en", "A Ghanaian patrol stepped on a landmine on August 4.")).contains(EventType.ATTACK);
        assertThat(types("id", "Ribuan ranjau ditanam di sepanjang perbatasan Togo.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void provocativeMovesAreAnAttackProvocativeWordsAreNot() {
        assertThat(types("id", "Pasukan Togo melakukan gerakan militer provokatif di perbatasan.")).contains(EventType.ATTACK);
        assertThat(types("en", "Togolese troops carried out provocative military moves on the border."))
                .contains(EventType.ATTACK);
        assertThat(types("en", "The minister made provocative remarks about Ghana.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void aWeaponDeployedIsNotAnAttack() {
        assertThat(types("id", "Polisi Togo mengerahkan drone dan helikopter untuk memburu tersangka.")).isEmpty();
        assertThat(types("en", "Togo's police deployed drones and helicopters to hunt the suspect.")).isEmpty();
        assertThat(types("id", "Drone Ghana menghantam pos militer Togo.")).contains(EventType.ATTACK);
        assertThat(types("en", "A Ghanaian drone hit a Togolese army post.")).contains(EventType.ATTACK);
    }

    @Test
    void anApologyToAnotherStateIsADiplomaticAct() {
        assertThat(types("en", "Togo's president apologised to Ghana for the shooting.")).contains(EventType.DIPLOMACY);
        assertThat(types("id", "Presiden Togo meminta maaf kepada Ghana atas penembakan itu.")).contains(EventType.DIPLOMACY);
        assertThat(types("id", "Presiden Togo menyampaikan permintaan maaf kepada Ghana.")).contains(EventType.DIPLOMACY);
    }

    @Test
    void aCessationOfFightingIsACeasefire() {
        assertThat(types("id", "Militer Togo mengumumkan penghentian pertempuran selama empat bulan di wilayah utara."))
                .contains(EventType.CEASEFIRE);
        assertThat(types("en", "Togo and Ghana agreed a cessation of hostilities along the border."))
                .contains(EventType.CEASEFIRE);
        assertThat(types("en", "Ghana and Togo signed a peace agreement in Lome.")).contains(EventType.CEASEFIRE);
    }

    @Test
    void aCondemnationToldWithWhoMadeItIsAStatementNotTheAttackItNames() {
        assertThat(types("en", "The attack was also denounced by Nigeria, Benin and the African Union."))
                .first().isEqualTo(EventType.STATEMENT);
        assertThat(types("id", "Serangan itu juga dikecam oleh Nigeria dan Benin.")).first().isEqualTo(EventType.STATEMENT);
        // the side that says it was attacked still reports the attack
        assertThat(types("en", "Ghana condemned the attack by Togolese troops on its border post."))
                .first().isEqualTo(EventType.ATTACK);
    }

    @Test
    void aSideDisavowingAnAimOfWarDeclaresAndReportsNoFight() {
        assertThat(types("en", "Togo said it did not wish to escalate to a full war with Ghana."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("id", "Togo tidak ingin berperang dengan negara tetangga mana pun.")).containsExactly(EventType.STATEMENT);
        // the other side's aim, as an accusation, is no declaration
        assertThat(types("id", "Ada satu orang yang ingin memicu konflik, yaitu presiden Togo."))
                .doesNotContain(EventType.STATEMENT);
    }

    @Test
    void aContractedNegationNegates() {
        // the tokenizer splits "didn't" into "didn", "'", "t": the first part is the negation
        assertThat(types("en", "Togolese troops didn't cross the border, Lome said.")).doesNotContain(EventType.ATTACK);
        assertThat(types("en", "Togolese troops crossed the border, Accra said.")).contains(EventType.ATTACK);
    }

    @Test
    void wordsThatOnlyLookLikeANegationDoNotNegate() {
        // "setidaknya" (at least) and "sebelum" (before) are no "tidak", "belum"; "belum lama ini" is recently
        assertThat(types("id", "Setidaknya 12 tentara Ghana tewas dalam serangan itu.")).contains(EventType.CASUALTIES);
        assertThat(types("id", "Sebelumnya tentara Togo menembaki pos perbatasan Ghana.")).contains(EventType.ATTACK);
        assertThat(types("id", "Tentara Togo belum lama ini menembaki pos perbatasan Ghana.")).contains(EventType.ATTACK);
        assertThat(types("en", "Togolese troops not only crossed the border but shelled a Ghanaian post."))
                .contains(EventType.ATTACK);
        // a negation still negates
        assertThat(types("id", "Tentara Togo tidak menembaki pos perbatasan Ghana.")).doesNotContain(EventType.ATTACK);
        assertThat(types("id", "Tentara Togo belum menembaki pos perbatasan Ghana.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void aWordTheStemmerMakesATriggersStemIsNoTriggerByThat() {
        // "closely" is no closing, "talk of" no talks, "deadly" no death, "provocative" no provocation
        assertThat(types("en", "Accra is closely following the incident on the Togolese border.")).isEmpty();
        assertThat(types("en", "There was talk of unrest near the Togolese border.")).isEmpty();
        assertThat(types("en", "Togolese troops shelled a Ghanaian post in a deadly attack.")).doesNotContain(EventType.CASUALTIES);
        assertThat(types("en", "Ghana called the move provocative.")).isEmpty();
        // "pesawat tempur" (a fighter jet) is no fighting, "tahanan" (prisoners) no detention, "lintas batas" (cross-border)
        // no crossing, "kenyataan" (reality) no statement, "musuh" (an enemy) no hostilities
        assertThat(types("id", "Pesawat tempur Togo terbang di atas ibu kota.")).isEmpty();
        assertThat(types("id", "Pertukaran tahanan antara tentara Togo dan Ghana disepakati.")).doesNotContain(EventType.OTHER);
        assertThat(types("id", "Perdagangan lintas batas di perbatasan Togo dan Ghana melonjak.")).isEmpty();
        assertThat(types("id", "Ghana menyebut Togo sebagai musuh.")).isEmpty();
        // the words themselves still are triggers
        assertThat(types("id", "Tentara Togo dan Ghana bertempur di perbatasan.")).contains(EventType.ARMED_CLASH);
        assertThat(types("en", "Ghana closed the border with Togo.")).contains(EventType.DIPLOMACY);
        assertThat(types("en", "Ghana and Togo held talks on the border.")).contains(EventType.DIPLOMACY);
    }

    @Test
    void aDiplomatDeclaredUnwelcomeOrToldToLeaveIsExpelled() {
        assertThat(types("id", "Ghana menyatakan seorang diplomat Togo persona non grata.")).contains(EventType.DIPLOMACY);
        assertThat(types("id", "Lome memerintahkan konsul Ghana untuk meninggalkan Togo dalam 72 jam."))
                .contains(EventType.DIPLOMACY);
        assertThat(types("en", "Accra ordered a Togolese diplomat to leave the country within 72 hours."))
                .contains(EventType.DIPLOMACY);
        // citizens told to leave are no expulsion of a diplomat
        assertThat(types("en", "Ghana told its citizens to leave Togo.")).doesNotContain(EventType.DIPLOMACY);
    }

    @Test
    void whatASidePlansIsNotWhatHappened() {
        assertThat(types("en", "We don't plan on invading Togo.")).doesNotContain(EventType.ATTACK);
        assertThat(types("en", "Ghana intends to shell Togolese posts.")).doesNotContain(EventType.ATTACK);
        assertThat(types("id", "Ghana tidak berencana menyerang Togo.")).doesNotContain(EventType.ATTACK);
        assertThat(types("id", "Ghana menyerang pos perbatasan Togo.")).contains(EventType.ATTACK);
        // a threat is no report either
        assertThat(types("en", "Ghana will shell Togolese posts on the border.")).doesNotContain(EventType.ATTACK);
        assertThat(types("id", "Tentara Ghana akan segera menyerang pos-pos Togo.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void shellsThatLandedAreAnAttackAndAPlaneThatLandedIsNot() {
        assertThat(types("id", "Dua peluru dari Togo mendarat di wilayah Ghana.")).contains(EventType.ATTACK);
        assertThat(types("en", "Two rockets from Togo landed in Ghanaian territory.")).contains(EventType.ATTACK);
        assertThat(types("id", "Pesawat Menteri Luar Negeri Togo mendarat di Accra.")).doesNotContain(EventType.ATTACK);
        assertThat(types("en", "The Togolese minister's plane landed in Accra.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void piercingTheBorderIsAnIncursion() {
        assertThat(types("id", "Sebuah pesawat militer Togo menembus perbatasan Ghana pada Rabu.")).contains(EventType.ATTACK);
    }

    @Test
    void sanctionsImposedAreAMeasureAndSanctionsAsACauseAreNot() {
        assertThat(types("id", "Uni Afrika menjatuhkan sanksi terhadap pemerintah Togo.")).contains(EventType.DIPLOMACY);
        assertThat(types("id", "Uni Eropa menyetujui tindakan hukuman terhadap pemerintahan Togo.")).contains(EventType.DIPLOMACY);
        assertThat(types("en", "The African Union imposed sanctions on Togo's government.")).contains(EventType.DIPLOMACY);
        assertThat(types("id", "Ekonomi Togo sulit akibat sanksi AS.")).doesNotContain(EventType.DIPLOMACY);
        assertThat(types("en", "Togo's economy suffers under US sanctions.")).doesNotContain(EventType.DIPLOMACY);
    }

    @Test
    void askingTheOtherSideToWithdrawOrRefrainIsAStatement() {
        assertThat(types("en", "Togo asked Ghana to withdraw its troops and to refrain from any provocation.")).first()
                .isEqualTo(EventType.STATEMENT);
        assertThat(types("id", "Togo meminta Ghana menarik pasukannya dari perbatasan.")).first()
                .isEqualTo(EventType.STATEMENT);
        // what a side must stop is a demand: "agreed the rebels must stop their attacks and withdraw"
        assertThat(types("id", "Ghana dan Togo sepakat pemberontak harus menghentikan serangan dan mundur.")).first()
                .isEqualTo(EventType.STATEMENT);
        assertThat(types("en", "Ghana and Togo agreed the rebels must halt their attacks.")).first()
                .isEqualTo(EventType.STATEMENT);
        // recalling one's own envoy stays a measure
        assertThat(types("id", "Togo menarik duta besarnya dari Accra.")).first().isEqualTo(EventType.DIPLOMACY);
    }

    @Test
    void whatADespiteClauseGrantsIsTheSettingNotTheHappening() {
        assertThat(types("id", "Terlepas dari bentrokan yang sedang berlangsung, Togo dan Ghana menggelar perundingan di Lome."))
                .doesNotContain(EventType.ARMED_CLASH).contains(EventType.DIPLOMACY);
        assertThat(types("en", "Despite the ongoing clashes, Togo and Ghana held talks in Lome."))
                .doesNotContain(EventType.ARMED_CLASH).contains(EventType.DIPLOMACY);
    }

    @Test
    void killingCapturedSoldiersIsViolenceNotAnArrest() {
        // the arrest word describes the victims ("yang ditangkap"): the happening is the killing
        assertThat(types("id", "Accra mengumumkan bahwa tentara Togo telah membunuh 4 tentara Ghana yang ditangkap."))
                .first().isEqualTo(EventType.CASUALTIES);
        assertThat(types("id", "Dua prajurit Ghana terbunuh di dekat Aflao.")).contains(EventType.CASUALTIES);
    }

    @Test
    void aClauseAboutSomeoneNotReachedForCommentReportsNothing() {
        assertThat(types("id", "Juru bicara militer Togo tidak dapat dihubungi untuk dimintai komentar.")).isEmpty();
        assertThat(types("en", "Togo's army did not respond to a request for comment on the shelling.")).isEmpty();
    }

    @Test
    void theDefenceMinistryIsNoDetentionAndRestraintIsNoArrest() {
        // "Pertahanan" and "ditahan" share the dictionary stem "tahan"; "menahan diri" is restraint
        assertThat(types("id", "Kementerian Pertahanan Togo mengatakan tentara berpatroli seperti biasa di perbatasan."))
                .doesNotContain(EventType.OTHER);
        assertThat(types("id", "Ghana meminta kedua pihak menahan diri.")).containsOnly(EventType.STATEMENT);
        assertThat(types("id", "Tiga tentara Togo ditahan polisi Ghana di dekat Aflao.")).contains(EventType.OTHER);
        // "keputusan" (a decision) is not cutting relations
        assertThat(types("id", "Keputusan itu tidak mengubah hubungan kedua negara.")).doesNotContain(EventType.DIPLOMACY);
    }

    @Test
    void severalIsNotSeveringAndCalmingDownIsNotShootingDown() {
        // Snowball stems "several" to the "sever" of severed ties and "down" to the "downed" of a drone shot down
        assertThat(types("en", "Several Togolese officials said relations with Ghana remain good.")).isEmpty();
        assertThat(types("en", "Ghana told protesters to calm down near the border.")).isEmpty();
        assertThat(types("en", "Ghana's army downed a Togolese drone near Aflao.")).containsExactly(EventType.ATTACK);
        assertThat(types("en", "Togo severed ties with Ghana.")).containsExactly(EventType.DIPLOMACY);
    }

    @Test
    void whatASideIsAskedToAvoidDidNotHappen() {
        assertThat(types("en", "Ghana urged Togo to refrain from actions that might escalate the situation."))
                .containsOnly(EventType.STATEMENT);
        assertThat(types("id", "Ghana meminta Togo menghindari bentrokan di perbatasan.")).doesNotContain(EventType.ARMED_CLASH);
        assertThat(types("id", "Pasukan Ghana dan Togo terlibat bentrokan di perbatasan.")).contains(EventType.ARMED_CLASH);
    }
}
