package org.tomoni.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.RolesChanged;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.SimulatedPhoneEvent;
import org.tomoni.shell.Language;
import org.tomoni.testsupport.EventsSeen;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.VolunteerDutyChanged;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.Volunteers;

/**
 * The demo's volunteers: Kenji Watanabe (approved, 090-1111-2222) and Yuki Mori (waiting for a check), both in
 * Setagaya, whose coordinator is Keiko Sato; Ren Ishikawa coordinates Kanazawa. Kenji switches duty by text and
 * keeps his profile; coordinators see and change only the volunteers of their own area.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@Import(EventsSeen.class)
class VolunteersIT {

    private static final PersonId KENJI = new PersonId("demo-volunteer");
    private static final PersonId YUKI = new PersonId("demo-volunteer-new");
    private static final PhoneNumber KENJIS_PHONE = PhoneNumber.parse("090-1111-2222");

    @Autowired Volunteers volunteers;
    @Autowired PhoneSimulator simulator;
    @Autowired SecurityContextHolderStrategy securityContext;
    @Autowired EventsSeen events;
    @Autowired VolunteerStore store;
    @Autowired ApplicationEventPublisher publisher;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aVolunteerSwitchesDutyByTextAndGetsOneShortAnswerEachTime() {
        int before = textsTo(KENJIS_PHONE).size();

        simulator.text(KENJIS_PHONE, "ON");
        assertThat(awaitText(KENJIS_PHONE, before + 1)).startsWith("Thank you, Kenji! You are on duty");
        assertThat(volunteer(KENJI).onDuty()).isTrue();
        assertThat(events.stream(VolunteerDutyChanged.class)).anyMatch(changed -> changed.volunteer().equals(KENJI)
                && changed.onDuty());

        simulator.text(KENJIS_PHONE, "ＰＡＵＳＥ　３");
        assertThat(awaitText(KENJIS_PHONE, before + 2)).startsWith("No requests for 3 days. You are back on ");
        assertThat(volunteer(KENJI).onDuty()).as("a break ends duty").isFalse();
        assertThat(volunteer(KENJI).pausedUntil()).isNotNull();

        simulator.text(KENJIS_PHONE, "STATUS");
        assertThat(awaitText(KENJIS_PHONE, before + 3)).startsWith("You are on a break and back on ");

        simulator.text(KENJIS_PHONE, "PAUSE 365");
        assertThat(awaitText(KENJIS_PHONE, before + 4)).isEqualTo(
                "Please text PAUSE and a number of days from 1 to 90, for example PAUSE 7.");

        simulator.text(KENJIS_PHONE, "ON");
        awaitText(KENJIS_PHONE, before + 5);
        assertThat(volunteer(KENJI).pausedUntil()).as("ON ends the break").isNull();
    }

    @Test
    void otherTextsAndOtherPeopleAreLeftAlone() {
        PhoneNumber stranger = PhoneNumber.parse("090-7777-1212");
        PhoneNumber hanakosPhone = PhoneNumber.parse("090-1234-5678");
        int kenjisTexts = textsTo(KENJIS_PHONE).size();
        int hanakosTexts = textsTo(hanakosPhone).size();
        simulator.text(stranger, "ON");
        simulator.text(hanakosPhone, "ON");
        simulator.text(KENJIS_PHONE, "My LINE won't open");

        Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(4))
                .until(() -> textsTo(stranger).isEmpty() && textsTo(KENJIS_PHONE).size() == kenjisTexts
                        && textsTo(hanakosPhone).size() == hanakosTexts);
    }

    @Test
    void aCoordinatorsPauseHoldsWhateverTheVolunteerTexts() {
        signIn(new PersonId("demo-coordinator"));
        volunteers.pause(KENJI, 7);
        securityContext.clearContext();
        int before = textsTo(KENJIS_PHONE).size();

        simulator.text(KENJIS_PHONE, "ON");

        assertThat(awaitText(KENJIS_PHONE, before + 1)).startsWith("A coordinator has paused your requests");
        assertThat(volunteer(KENJI).standingAt(Instant.now())).isEqualTo(Volunteer.Standing.HELD);

        signIn(new PersonId("demo-coordinator"));
        volunteers.pause(KENJI, 0);
        assertThat(volunteer(KENJI).heldUntil()).isNull();
    }

    @Test
    void theCoordinatorsNoteIsNotOnTheVolunteersOwnPage() {
        signIn(new PersonId("demo-coordinator"));
        volunteers.note(KENJI, "Asked to be called only after 10.");

        signIn(KENJI);
        assertThat(volunteers.me().note()).isEmpty();
    }

    @Test
    void aVolunteerKeepsTheirOwnProfile() {
        signIn(KENJI);
        VolunteerProfile profile = new VolunteerProfile(Set.of(Language.JAPANESE, Language.ENGLISH),
                Set.of(Skill.VIDEO_CALLS, Skill.SCAM_CHECKS), 5, true, Set.of(), QuietHours.nightsInJapan(), 3, true);

        volunteers.saveMyProfile(profile);

        assertThat(volunteers.me().profile()).isEqualTo(profile);
    }

    @Test
    void onlyVolunteersHaveAVolunteerPage() {
        signIn(new PersonId("demo-learner"));

        assertThatThrownBy(volunteers::me).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorSeesAndChangesOnlyTheVolunteersOfTheirArea() {
        signIn(new PersonId("demo-coordinator-kanazawa"));
        assertThat(volunteers.visibleToMe(Volunteers.Filter.EVERYONE)).extracting(Volunteer::id)
                .doesNotContain(KENJI, YUKI);
        assertThatThrownBy(() -> volunteers.pause(KENJI, 7)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volunteers.note(KENJI, "seen")).isInstanceOf(AccessDeniedException.class);

        signIn(new PersonId("demo-coordinator"));
        List<Volunteer> setagaya = volunteers.visibleToMe(Volunteers.Filter.EVERYONE);
        assertThat(setagaya).extracting(Volunteer::id).contains(KENJI, YUKI);
        assertThat(volunteers.visibleToMe(new Volunteers.Filter(Volunteer.Standing.AWAITING_CHECK, null, "")))
                .extracting(Volunteer::id).contains(YUKI).doesNotContain(KENJI);

        volunteers.note(KENJI, "Speaks English well; prefers afternoons.");
        assertThat(volunteer(KENJI).note()).isEqualTo("Speaks English well; prefers afternoons.");
    }

    @Test
    void deletingAnAccountForgetsTheProfileAndTheNote() {
        PersonId leaving = PersonId.newId();
        store.findOrStart(leaving, Language.JAPANESE);
        store.note(leaving, "Helped twice at the library.");

        publisher.publishEvent(new PersonDeleted(leaving));

        assertThat(store.byIds(List.of(leaving))).isEmpty();
    }

    @Test
    void someoneWhoIsNoLongerAVolunteerIsNoLongerOnDuty() {
        PersonId former = PersonId.newId();
        store.findOrStart(former, Language.ENGLISH);
        store.setDuty(former, true);

        publisher.publishEvent(new RolesChanged(former, Set.of(Role.LEARNER)));

        assertThat(store.byIds(List.of(former)).get(former.value()).onDuty()).isFalse();
    }

    private Volunteer volunteer(PersonId id) {
        signIn(new PersonId("demo-coordinator"));
        try {
            return volunteers.visibleToMe(Volunteers.Filter.EVERYONE).stream()
                    .filter(volunteer -> volunteer.id().equals(id)).findFirst().orElseThrow();
        } finally {
            securityContext.clearContext();
        }
    }

    private void signIn(PersonId person) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.value(), null, List.of()));
        securityContext.setContext(context);
    }

    private List<String> textsTo(PhoneNumber phone) {
        return simulator.conversation(phone).stream()
                .filter(event -> event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE)
                .map(SimulatedPhoneEvent::text).toList();
    }

    private String awaitText(PhoneNumber phone, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> textsTo(phone), texts -> texts.size() >= count).get(count - 1);
    }
}
