package claimline.reading;

import static org.assertj.core.api.Assertions.assertThat;

import claimline.model.Actor;
import claimline.model.ActorType;
import claimline.model.Claim;
import claimline.model.Document;
import claimline.model.Event;
import claimline.model.Fact;
import claimline.model.EventType;
import claimline.model.Precision;
import claimline.model.PublishedBasis;
import claimline.model.Stance;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The classes of failure the reader had on real articles (issue 11), each on an article written for the test, in
 * Indonesian and in English, about borders the gazetteer has no entry for (Peru–Ecuador, Chile–Argentina,
 * Cameroon–Nigeria, Ghana–Togo, Belize–Guatemala, Honduras–Nicaragua, Bolivia–Paraguay, Gabon–Equatorial Guinea), read together as one corpus.
 */
class FailureClassesTest extends ReadsArticleClasses {
    private static final List<String> ARTICLES = List.of("unknown-conflict", "several-happenings",
            "diplomatic-measures", "tolls-revised", "history", "participants", "measure-after-violence", "listed-days", "role-named-again",
            "dates-only", "date-line", "reactions", "two-measures");
    @Override
    List<String> articles() {
        return ARTICLES;
    }

    @Test
    void everyArticleIsDatedFromItsOwnText() {
        for (Document d : model.documents()) {
            assertThat(d.published().basis()).as(d.id()).isNotEqualTo(PublishedBasis.UNKNOWN);
            assertThat(d.published().date().getYear()).as(d.id()).isEqualTo(2025);
        }
        // "LIMA, March 5 (Andes Wire)": the dateline's day, the text's year
        assertThat(model.documentsById().get("participants-en").published().date()).hasToString("2025-03-05");
    }

    @Test
    void peopleOfAConflictTheGazetteerDoesNotKnowAreFoundByRoleAndName() {
        for (String lang : List.of("id", "en")) {
            Event clash = eventsOf("unknown-conflict-" + lang).stream().filter(e -> e.type().isViolence())
                    .findFirst().orElseThrow();
            Set<String> asserting = parties(clash, Stance.ASSERTS);
            Set<String> denying = parties(clash, Stance.DENIES);
            if (lang.equals("id")) {
                assertThat(asserting).contains("PER");
                assertThat(denying).contains("ECU");
                assertThat(clash.places()).contains("place-zarumilla");
            } else {
                assertThat(asserting).contains("CHL");
                assertThat(denying).contains("ARG");
                assertThat(clash.places()).contains("place-puerto-williams");
            }
        }
        // "juru bicara Kementerian Pertahanan Peru, Carlos Quispe"; "Maria Lopez, a spokeswoman for the Chilean navy"
        assertThat(actor("carlos-quispe-per")).satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.party()).isEqualTo("PER");
            assertThat(a.parent()).isEqualTo("per-mod");
        });
        assertThat(actor("daniel-ortega-salinas-ecu").party()).isEqualTo("ECU");
        assertThat(actor("maria-lopez-chl").party()).isEqualTo("CHL");
        assertThat(actor("tomas-herrera-vidal-chl").parent()).isEqualTo("chl-mfa");
        // "Maria Lopez, …, said on Wednesday that two Argentine patrol boats …": the speaker is before the verb
        Event incursion = eventsOf("unknown-conflict-en").stream().filter(e -> e.type().isViolence())
                .findFirst().orElseThrow();
        assertThat(incursion.claims()).anyMatch(c -> c.claimant().equals("maria-lopez-chl")
                && c.stance() == Stance.ASSERTS);
        // "Argentina, in turn, said it had not sent …": "it" is Argentina, the subject before the commas
        assertThat(incursion.claims()).anyMatch(c -> c.claimant().equals("arg") && c.stance() == Stance.DENIES
                && c.sources().stream().anyMatch(s -> model.documentsById().get(s.document()).text()
                        .substring(s.start(), s.end()).contains("in turn")));
        // "polisi Peru dan Menteri Pertahanan Ekuador Rafael Mena", "Chile's police and Defence Minister Julio Paz of
        // Argentina": a state before the conjunction is not the minister's
        assertThat(actor("rafael-mena-ecu").party()).isEqualTo("ECU");
        assertThat(model.actor("rafael-mena-per")).isEmpty();
        assertThat(actor("julio-paz-arg").party()).isEqualTo("ARG");
        assertThat(model.actor("julio-paz-chl")).isEmpty();
    }

    @Test
    void officialsWhoCouldNotBeReachedForCommentMakeNoEvent() {
        for (String lang : List.of("id", "en")) {
            Document d = model.documentsById().get("unknown-conflict-" + lang);
            int line = d.text().indexOf(lang.equals("id") ? "Pejabat Ekuador tidak" : "Argentine officials did");
            assertThat(line).isPositive();
            assertThat(eventsOf(d.id())).as(lang).flatExtracting(Event::sources)
                    .noneMatch(s -> s.document().equals(d.id()) && s.end() > line);
        }
    }

    @Test
    void aHappeningTheArticleSaysIsRecentKeepsTheYearNotTheStorysDay() {
        for (String lang : List.of("id", "en")) {
            Event closure = eventsOf("unknown-conflict-" + lang).stream()
                    .filter(e -> e.places().contains(lang.equals("id") ? "place-huaquillas" : "place-pino-hachado"))
                    .findFirst().orElseThrow();
            assertThat(closure.time().precision()).as(lang).isEqualTo(claimline.model.Precision.YEAR);
            assertThat(closure.time().start().iso()).as(lang).isEqualTo("2025");
        }
    }

    @Test
    void attacksOnASchoolAMosqueAndAnAmbulanceAreThreeEvents() {
        for (String lang : List.of("id", "en")) {
            List<Event> attacks = eventsOf("several-happenings-" + lang).stream().filter(e -> e.type().isViolence())
                    .toList();
            assertThat(attacks).extracting(e -> e.time().start().date().toString())
                    .as(lang).contains("2025-03-01", "2025-03-02", "2025-03-03");
            assertThat(attacks).filteredOn(e -> e.places().contains("place-mora")).hasSize(1);
            assertThat(attacks).filteredOn(e -> e.places().contains("place-kolofata")).hasSize(1)
                    .allSatisfy(e -> assertThat(e.places()).doesNotContain("place-mora"));
        }
    }

    @Test
    void diplomaticMeasuresAreEventsClaimedByTheStateThatTakesThem() {
        for (String lang : List.of("id", "en")) {
            List<Event> events = eventsOf("diplomatic-measures-" + lang);
            // the summons, the expulsion and the border closure are diplomacy, each on its day
            assertThat(events).filteredOn(e -> e.type() == EventType.DIPLOMACY)
                    .extracting(e -> e.time().start().date().toString()).as(lang)
                    .contains("2025-03-04", "2025-03-05");
            assertThat(events).filteredOn(e -> e.type() == EventType.DIPLOMACY && e.time().start().date().toString()
                    .equals("2025-03-04")).allSatisfy(e -> assertThat(parties(e, Stance.ASSERTS)).contains("PER"));
            assertThat(events).filteredOn(e -> e.type() == EventType.DIPLOMACY)
                    .anyMatch(e -> parties(e, Stance.ASSERTS).contains("ECU"));
            // telling citizens to leave and a national mourning are other, two events, each the measure of its state
            List<Event> other = events.stream().filter(e -> e.type() == EventType.OTHER).toList();
            assertThat(other).as(lang).hasSize(2);
            assertThat(other).anyMatch(e -> parties(e, Stance.ASSERTS).equals(Set.of("ECU")))
                    .anyMatch(e -> parties(e, Stance.ASSERTS).equals(Set.of("PER")));
            // each titled as what it is and who took it, not as "Talks"
            assertThat(events).extracting(Event::title).as(lang).contains("Envoy summoned by Peru",
                    "Diplomats expelled by Ecuador", "Border closed by Peru", "Citizens told to leave by Ecuador",
                    "National mourning declared by Peru");
        }
    }

    @Test
    void aMeasureTakenAfterViolenceAndTheViolenceAreTwoEventsAndAStreetProtestIsNoDiplomaticOne() {
        for (String lang : List.of("id", "en")) {
            List<Event> events = eventsOf("measure-after-violence-" + lang);
            // "closed the border post on Friday after youths attacked officers": the closure and the attack
            assertThat(events).as(lang).anyMatch(e -> e.type() == EventType.DIPLOMACY
                    && e.time().start().date().toString().equals("2025-02-07") && parties(e, Stance.ASSERTS).contains("TGO"));
            assertThat(events).as(lang).anyMatch(e -> e.type() == EventType.ATTACK
                    && e.time().start().date().toString().equals("2025-02-07"));
            // protests in the street are no diplomatic protest, however strong; the clash that followed is violence
            assertThat(events).as(lang).noneMatch(e -> e.type() == EventType.DIPLOMACY
                    && e.time().start().date().toString().equals("2025-02-11"));
            assertThat(events).as(lang).anyMatch(e -> e.type().isViolence()
                    && e.time().start().date().toString().equals("2025-02-11"));
        }
    }

    @Test
    void eachDayOfAListIsAHappeningAConditionIsNoneAndADenialAnswersTheDeedNotTheWarning() {
        for (String lang : List.of("id", "en")) {
            List<Event> attacks = eventsOf("listed-days-" + lang).stream().filter(e -> e.type() == EventType.ATTACK)
                    .toList();
            // "on October 3, 9 and 10": three incursions, each on its day and each Ecuador's account
            assertThat(attacks).extracting(e -> e.time().start().date().toString()).as(lang)
                    .containsExactlyInAnyOrder("2025-10-03", "2025-10-09", "2025-10-10");
            assertThat(attacks).as(lang).allSatisfy(e -> assertThat(parties(e, Stance.ASSERTS)).contains("ECU"));
            // "a response if Peru once again violated its airspace" reports no incursion on the day it was said;
            // Peru's denial after the warning answers the incursions, each of them, not the warning
            assertThat(attacks).as(lang).allSatisfy(e -> assertThat(parties(e, Stance.DENIES)).contains("PER"));
        }
    }

    @Test
    void anInstitutionNamedAgainWithoutItsStateIsTheOneNamedBefore() {
        for (String lang : List.of("id", "en")) {
            String document = "role-named-again-" + lang;
            String text = model.documentsById().get(document).text();
            Event shelling = eventsOf(document).stream().filter(e -> e.type().isViolence()).findFirst().orElseThrow();
            // '"…," the foreign ministry said' is Chile's foreign ministry; '"…," the army said' Argentina's army
            assertThat(shelling.claims()).as(lang).anySatisfy(c -> {
                assertThat(model.partyOf(c.claimant())).isEqualTo("CHL");
                assertThat(c.sources()).anyMatch(s -> s.document().equals(document) && text.substring(s.start(), s.end()).contains(lang.equals("en")
                        ? "violates our sovereignty" : "melanggar kedaulatan"));
            });
            assertThat(shelling.claims()).as(lang).anySatisfy(c -> {
                assertThat(c.stance()).isEqualTo(Stance.DENIES);
                assertThat(model.partyOf(c.claimant())).isEqualTo("ARG");
                assertThat(c.sources()).anyMatch(s -> s.document().equals(document) && text.substring(s.start(), s.end()).contains(lang.equals("en")
                        ? "did not fire" : "tidak melepaskan"));
            });
        }
    }

    @Test
    void aTollRevisedOnLaterDaysIsACasualtiesEventOnEachDayWithEachSidesFigure() {
        for (String lang : List.of("id", "en")) {
            List<Event> tolls = eventsOf("tolls-revised-" + lang).stream()
                    .filter(e -> e.type() == EventType.CASUALTIES).toList();
            assertThat(tolls).extracting(e -> e.time().start().date().toString()).as(lang)
                    .contains("2025-03-04", "2025-03-05");
            Event last = tolls.stream().filter(e -> e.time().start().date().toString().equals("2025-03-05"))
                    .findFirst().orElseThrow();
            assertThat(parties(last, Stance.ASSERTS)).contains("GHA", "TGO");
            assertThat(last.disagreements()).anyMatch(x -> x.fact() == Fact.CASUALTIES
                    && String.join(" | ", x.byParty().values()).contains("52")
                    && String.join(" | ", x.byParty().values()).contains("12"));
            // the shelling itself is an event of its own day
            assertThat(eventsOf("tolls-revised-" + lang)).anyMatch(e -> e.type().isViolence()
                    && e.type() != EventType.CASUALTIES && e.time().start().date().toString().equals("2025-03-03"));
        }
    }

    @Test
    void historyStaysHistoryAndAnOldCeasefireMakesNoCurrentOne() {
        for (String lang : List.of("id", "en")) {
            List<Event> events = eventsOf("history-" + lang);
            assertThat(events).filteredOn(Event::background).extracting(e -> e.time().start().iso()).as(lang)
                    .contains("1995", "1998");
            assertThat(events).filteredOn(e -> e.type() == EventType.CEASEFIRE)
                    .allSatisfy(e -> assertThat(e.background()).isTrue());
            Event clash = events.stream().filter(e -> !e.background() && e.type().isViolence()).findFirst().orElseThrow();
            assertThat(clash.time().start().date()).hasToString("2025-03-03");
            assertThat(clash.sources()).noneMatch(s -> model.documentsById().get(s.document()).text()
                    .substring(s.start(), s.end()).contains("1995"));
            // "since Ecuador's January 20 incursion": the day starts a period; it dates neither that sentence nor the
            // ones after it
            assertThat(events).extracting(e -> e.time().start().iso()).as(lang).doesNotContain("2025-01-20");
        }
    }

    @Test
    void aMediatorIsAnActorOfTheCeasefireAndAThirdStatesWordIsAClaimNotParticipation() {
        for (String lang : List.of("id", "en")) {
            List<Event> events = eventsOf("participants-" + lang);
            Event ceasefire = events.stream().filter(e -> e.type() == EventType.CEASEFIRE).findFirst().orElseThrow();
            assertThat(ceasefire.actors()).as(lang).contains("bra", "per", "ecu");
            Event clash = events.stream().filter(e -> e.type().isViolence()).findFirst().orElseThrow();
            assertThat(parties(clash, Stance.ASSERTS)).as(lang).contains("USA");
            assertThat(clash.actors()).as(lang).doesNotContain("usa").contains("per", "ecu");
            assertThat(clash.title()).contains("Ecuador").contains("Peru").doesNotContain("United States");
            // "Kedua belah pihak melaporkan korban", "Both sides reported wounded": the outlet's claim, not a side's
            assertThat(clash.claims()).filteredOn(c -> c.sources().stream().anyMatch(s -> model.documentsById()
                    .get(s.document()).text().substring(s.start(), s.end()).matches("(?s)(Kedua|Both).*")))
                    .extracting(Claim::claimant).allMatch(id -> id.startsWith("media-"));
        }
    }

    @Test
    void anUndatedMeasureKeepsOnlyTheYearWhenThePublicationDayIsOnlyTheLatestDateTheTextGives() {
        for (String lang : List.of("id", "en")) {
            // no date line and no day relative to the article's own: its day is that of the shooting it tells, and
            // the recall it does not date is not given that day
            List<Event> datesOnly = eventsOf("dates-only-" + lang);
            assertThat(datesOnly).as(lang).anyMatch(e -> e.type() == EventType.DIPLOMACY
                    && e.time().precision() == Precision.YEAR && e.time().start().iso().equals("2025")
                    && parties(e, Stance.ASSERTS).contains("BLZ"));
            assertThat(datesOnly).as(lang).noneMatch(e -> e.type() == EventType.DIPLOMACY
                    && e.time().precision() != Precision.YEAR);
            assertThat(datesOnly).as(lang).anyMatch(e -> e.type().isViolence()
                    && e.time().start().date().toString().equals("2025-05-14"));
            // "… from Guatemala City, Belize's foreign ministry said": the place before the comma is no co-speaker
            assertThat(datesOnly).as(lang).noneMatch(e -> e.type() == EventType.DIPLOMACY
                    && parties(e, Stance.ASSERTS).contains("GTM"));
            // a date line states the article's day: the closure it does not date is news of that day
            List<Event> dateLine = eventsOf("date-line-" + lang);
            assertThat(dateLine).as(lang).anyMatch(e -> e.type() == EventType.DIPLOMACY
                    && e.time().precision() == Precision.DAY && e.time().start().date().toString().equals("2025-06-20")
                    && parties(e, Stance.ASSERTS).contains("HND"));
        }
    }

    @Test
    void aStrikeThatDrawsCondemnationFromOthersIsTheirStatementNotTheirPartInTheStrike() {
        for (String lang : List.of("id", "en")) {
            List<Event> events = eventsOf("reactions-" + lang);
            // "…, drawing condemnation from the United Nations", "drew criticism from Argentina": each reacts
            assertThat(events).as(lang).anyMatch(e -> e.type() == EventType.STATEMENT
                    && parties(e, Stance.ASSERTS).contains("UN"));
            assertThat(events).as(lang).anyMatch(e -> e.type() == EventType.STATEMENT
                    && parties(e, Stance.ASSERTS).contains("ARG"));
            assertThat(events).as(lang).filteredOn(e -> e.type().isViolence()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.actors()).as(lang).doesNotContain("un", "arg"));
            // the dateline "ASUNCION, 12 Agustus 2025 (Kabar Chaco) -" states the day: Monday is the day before
            assertThat(model.documentsById().get("reactions-" + lang).published().basis()).as(lang)
                    .isEqualTo(PublishedBasis.STATED);
            assertThat(events).as(lang).anyMatch(e -> e.type().isViolence()
                    && e.time().start().date().toString().equals("2025-08-11"));
        }
    }

    @Test
    void twoMeasuresJoinedInOneClauseAreTwoEventsAndAClashTitleNamesBothSides() {
        for (String lang : List.of("id", "en")) {
            List<Event> measures = eventsOf("two-measures-" + lang).stream()
                    .filter(e -> e.type() == EventType.DIPLOMACY && e.time().start().date().toString().equals("2025-05-06"))
                    .toList();
            // "closed its border crossing at Meyo-Kye on Tuesday and summoned Equatorial Guinea's ambassador"
            assertThat(measures).extracting(Event::title).as(lang)
                    .contains("Border closed by Gabon", "Envoy summoned by Gabon");
            // the side that speaks is one of the two fighting: the title names both
            assertThat(eventsOf("two-measures-" + lang)).extracting(Event::title).as(lang)
                    .anyMatch(t -> t.startsWith("Fighting between Equatorial Guinea and Gabon")
                            || t.startsWith("Fighting between Gabon and Equatorial Guinea"));
        }
    }
}
