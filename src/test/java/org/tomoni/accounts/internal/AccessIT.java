package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.AuditLog;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.Classrooms;
import org.tomoni.accounts.Invitations;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.People;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service refuses the wrong role, and a coordinator or teacher reaching for another area's person or another
 * teacher's class by id is refused as if it did not exist (no insecure direct object references).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
class AccessIT {

    private static final PersonId LEARNER = new PersonId("demo-learner");
    private static final PersonId NEW_VOLUNTEER = new PersonId("demo-volunteer-new");
    // Each test that changes people makes its own, as the browser tests share this application and its data.
    private static final ClassroomId DEMO_CLASS = new ClassroomId("demo-class-5-2");

    @Autowired People people;
    @Autowired Classrooms classrooms;
    @Autowired Invitations invitations;
    @Autowired AuditLog auditLog;
    @Autowired MyAccount myAccount;
    @Autowired PeopleStore store;
    @Autowired SecurityContextHolderStrategy securityContext;

    @BeforeEach
    void nobodySignedIn() {
        BrowserRequest.from("10.2.0.1");
    }

    @AfterEach
    void leave() {
        BrowserRequest.end();
        securityContext.clearContext();
    }

    @Test
    void nobodySignedInReachesNoService() {
        assertThatThrownBy(myAccount::me).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> people.visibleToMe(null, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(classrooms::mine).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.newest(10, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void aLearnerReachesOnlyTheirOwnAccount() {
        signInAs("demo-learner");

        assertThat(myAccount.me().name()).isEqualTo("Hanako Yamada");
        assertThatThrownBy(() -> people.visibleToMe(null, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.get(NEW_VOLUNTEER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.approveVolunteer(NEW_VOLUNTEER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.grant(LEARNER, Role.ADMIN, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(classrooms::mine).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.get(DEMO_CLASS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite("Someone", Role.TEACHER, DemoData.SCHOOL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.newest(10, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorSeesAndApprovesOnlyTheirOwnArea() {
        PersonId waiting = new PersonId("waiting-volunteer-" + System.nanoTime());
        store.insert(new PersonDocument(waiting.value(), "Waiting Volunteer", Set.of(Role.VOLUNTEER), null,
                DemoData.SETAGAYA.value(), null, null, null, Person.Vetting.AWAITING, null, null, null, null,
                Instant.now(), Instant.now(), null, 0));

        signInAs("demo-coordinator-kanazawa");
        assertThat(people.visibleToMe(null, "")).extracting(Person::name).contains("Ren Ishikawa")
                .doesNotContain("Hanako Yamada", "Kenji Watanabe", "Waiting Volunteer");
        assertThatThrownBy(() -> people.get(LEARNER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.approveVolunteer(waiting)).isInstanceOf(AccessDeniedException.class);

        signInAs("demo-coordinator");
        assertThat(people.visibleToMe(null, "")).extracting(Person::name)
                .contains("Hanako Yamada", "Kenji Watanabe", "Waiting Volunteer")
                .doesNotContain("Ren Ishikawa", "Administrator", "Aoi");
        people.approveVolunteer(waiting);
        assertThat(people.get(waiting).vetting()).isEqualTo(Person.Vetting.APPROVED);
        assertThatThrownBy(() -> people.grant(LEARNER, Role.COORDINATOR, DemoData.LIBRARY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.newest(10, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorInvitesOnlyIntoTheirOwnOrganisation() {
        signInAs("demo-coordinator");

        assertThat(invitations.invite("Mika Ono", Role.TEACHER, DemoData.LIBRARY).link()).isNotNull();
        assertThatThrownBy(() -> invitations.invite("Mika Ono", Role.TEACHER, DemoData.SCHOOL))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(invitations.recent()).allSatisfy(invitation ->
                assertThat(invitation.organisation()).isEqualTo(DemoData.LIBRARY));
    }

    @Test
    void aTeacherReachesOnlyTheirOwnClasses() {
        PersonDocument otherTeacher = new PersonDocument("other-teacher-" + System.nanoTime(), "Other Teacher",
                Set.of(Role.TEACHER), DemoData.SCHOOL.value(), DemoData.SETAGAYA.value(), null, null, null,
                Person.Vetting.NOT_NEEDED, null, null, null, null, Instant.now(), Instant.now(), null, 0);
        store.insert(otherTeacher);
        signInAs(otherTeacher.id());

        assertThat(classrooms.mine()).isEmpty();
        assertThatThrownBy(() -> classrooms.get(DEMO_CLASS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.students(DEMO_CLASS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.addStudent(DEMO_CLASS, "Intruder"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.resetPictures(DEMO_CLASS, new PersonId("demo-student-aoi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.visibleToMe(null, "")).isInstanceOf(AccessDeniedException.class);

        signInAs("demo-teacher");
        assertThat(classrooms.students(DEMO_CLASS)).extracting(Person::name).contains("Aoi");
        assertThatThrownBy(() -> classrooms.resetPictures(DEMO_CLASS, LEARNER))
                .as("only students of the class").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorChangesRolesButNeverRemovesTheLastAdministrator() {
        signInAs("admin");

        people.grant(new PersonId("demo-volunteer"), Role.COORDINATOR, DemoData.LIBRARY);
        assertThat(people.get(new PersonId("demo-volunteer")).roles()).contains(Role.COORDINATOR);
        assertThat(people.get(new PersonId("demo-volunteer")).organisation()).isEqualTo(DemoData.LIBRARY);
        people.revoke(new PersonId("demo-volunteer"), Role.COORDINATOR);
        assertThatThrownBy(() -> people.revoke(new PersonId("admin"), Role.ADMIN))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> people.grant(LEARNER, Role.TEACHER, new OrganisationId("no-such-organisation")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(auditLog.newest(50, null)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(org.tomoni.accounts.AuditEntry.Action.ROLE_GRANTED);
            assertThat(entry.subject()).isEqualTo(new PersonId("demo-volunteer"));
        });
    }

    private void signInAs(String personId) {
        PersonDocument person = store.byId(new PersonId(personId)).orElseThrow();
        // A new context, never a change to the current one, which may be shared with a session.
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new PersonAuthentication(person.id(), person.roles()));
        securityContext.setContext(context);
    }
}
