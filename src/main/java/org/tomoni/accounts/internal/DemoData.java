package org.tomoni.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.DemoSignIns.DemoSignIn;
import org.tomoni.accounts.Organisation;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Picture;
import org.tomoni.accounts.Role;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;

/**
 * One person of each role, in a Tokyo ward, so a first-time visitor can try every way in. Only the learner has
 * saved preferences (Japanese), to show an account's preferences taking over at sign-in; the others take on the
 * visitor's own at their first sign-in. Seeding is idempotent by
 * fixed ids: a restart, or a second node starting at the same time, adds nothing twice.
 */
@Component
class DemoData {

    static final String ADMIN_PASSWORD = "tomoni-demo-admin";
    static final String STAFF_PASSWORD = "tomoni-demo-2026";
    static final String CLASS_CODE = "SAKURA";
    static final String LEARNER_PHONE = "090-1234-5678";
    static final String LEARNER_PIN = "2580";
    static final List<Picture> STUDENT_PICTURES = List.of(Picture.CAT, Picture.SUN, Picture.TREE);

    static final AreaId SETAGAYA = new AreaId("setagaya");
    static final AreaId KANAZAWA = new AreaId("kanazawa");
    static final OrganisationId LIBRARY = new OrganisationId("setagaya-central-library");
    static final OrganisationId SCHOOL = new OrganisationId("sakura-elementary");
    static final OrganisationId KANAZAWA_NPO = new OrganisationId("kanazawa-digital-support");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PeopleStore people;
    private final Organisations organisations;
    private final ClassroomStore classrooms;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoData(PeopleStore people, Organisations organisations, ClassroomStore classrooms, PasswordEncoder encoder,
             Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.classrooms = classrooms;
        this.encoder = encoder;
        this.clock = clock;
    }

    void seed() {
        if (people.byId(new PersonId(FirstStart.ADMIN_ID)).isPresent()) {
            return;
        }
        organisations.save(new Area(SETAGAYA, "Setagaya, Tokyo", "東京都世田谷区", 35.6464, 139.6533, true));
        organisations.save(new Area(KANAZAWA, "Kanazawa, Ishikawa", "石川県金沢市", 36.5613, 136.6562, false));
        organisations.save(new Organisation(LIBRARY, "Setagaya Central Library", Organisation.Kind.LIBRARY,
                SETAGAYA));
        organisations.save(new Organisation(SCHOOL, "Sakura Elementary School", Organisation.Kind.SCHOOL, SETAGAYA));
        organisations.save(new Organisation(KANAZAWA_NPO, "Kanazawa Digital Support", Organisation.Kind.NPO,
                KANAZAWA));

        person(FirstStart.ADMIN_ID, "Administrator", Role.ADMIN, null, null, null, FirstStart.ADMIN_EMAIL,
                ADMIN_PASSWORD, null, Person.Vetting.NOT_NEEDED, null);
        person("demo-coordinator", "Keiko Sato", Role.COORDINATOR, LIBRARY, SETAGAYA, null,
                "coordinator@tomoni.example", STAFF_PASSWORD, null, Person.Vetting.NOT_NEEDED, null);
        person("demo-coordinator-kanazawa", "Ren Ishikawa", Role.COORDINATOR, KANAZAWA_NPO, KANAZAWA, null,
                "kanazawa@tomoni.example", STAFF_PASSWORD, null, Person.Vetting.NOT_NEEDED, null);
        person("demo-teacher", "Hiroshi Tanaka", Role.TEACHER, SCHOOL, SETAGAYA, null, "teacher@tomoni.example",
                STAFF_PASSWORD, null, Person.Vetting.NOT_NEEDED, null);
        person("demo-volunteer", "Kenji Watanabe", Role.VOLUNTEER, null, SETAGAYA, "090-1111-2222",
                "volunteer@tomoni.example", STAFF_PASSWORD, null, Person.Vetting.APPROVED, null);
        person("demo-volunteer-new", "Yuki Mori", Role.VOLUNTEER, null, SETAGAYA, "090-3333-4444", null, null,
                null, Person.Vetting.AWAITING, null);
        // Volunteers on duty at any hour, so that "I'm stuck" finds a helper whenever the demo is tried
        person("demo-volunteer-aiko", "Aiko Suzuki", Role.VOLUNTEER, null, SETAGAYA, "090-5555-6666", null, null,
                null, Person.Vetting.APPROVED, Language.JAPANESE);
        person("demo-volunteer-tom", "Tom Baker", Role.VOLUNTEER, null, SETAGAYA, "090-7777-8888", null, null,
                null, Person.Vetting.APPROVED, Language.ENGLISH);
        person("demo-volunteer-sora", "Sora Nakamura", Role.VOLUNTEER, null, KANAZAWA, "090-8888-9999", null, null,
                null, Person.Vetting.APPROVED, Language.JAPANESE);
        person("demo-learner", "Hanako Yamada", Role.LEARNER, null, SETAGAYA, LEARNER_PHONE, null, null,
                LEARNER_PIN, Person.Vetting.NOT_NEEDED, Language.JAPANESE);

        String classroomId = "demo-class-5-2";
        classrooms.create(classroomId, "Class 5-2", SCHOOL.value(), new PersonId("demo-teacher"), CLASS_CODE);
        student(classroomId, "demo-student-aoi", "Aoi", STUDENT_PICTURES);
        student(classroomId, "demo-student-haruto", "Haruto", List.of());
        student(classroomId, "demo-student-mei", "Mei", List.of());
        log.info("Demo data ready: the sign-in page lists the demo people and how to sign in as each.");
    }

    List<DemoSignIn> signIns() {
        return List.of(
                new DemoSignIn(Role.LEARNER, "Hanako Yamada", null, null, LEARNER_PHONE, LEARNER_PIN, null,
                        List.of()),
                new DemoSignIn(Role.LEARNER, "Aoi", null, null, null, null, CLASS_CODE, STUDENT_PICTURES),
                new DemoSignIn(Role.VOLUNTEER, "Kenji Watanabe", "volunteer@tomoni.example", STAFF_PASSWORD,
                        "090-1111-2222", null, null, List.of()),
                new DemoSignIn(Role.COORDINATOR, "Keiko Sato", "coordinator@tomoni.example", STAFF_PASSWORD, null,
                        null, null, List.of()),
                new DemoSignIn(Role.TEACHER, "Hiroshi Tanaka", "teacher@tomoni.example", STAFF_PASSWORD, null, null,
                        null, List.of()),
                new DemoSignIn(Role.ADMIN, "Administrator", FirstStart.ADMIN_EMAIL, ADMIN_PASSWORD, null, null,
                        null, List.of()));
    }

    private void person(String id, String name, Role role, @Nullable OrganisationId organisation,
                        @Nullable AreaId area, @Nullable String phone, @Nullable String email,
                        @Nullable String password, @Nullable String pin, Person.Vetting vetting,
                        @Nullable Language language) {
        var now = clock.instant();
        people.insert(new PersonDocument(id, name, Set.of(role),
                organisation == null ? null : organisation.value(), area == null ? null : area.value(),
                phone == null ? null : org.tomoni.messaging.PhoneNumber.parse(phone).e164(), email, null, vetting,
                password == null ? null : encoder.encode(password), pin == null ? null : encoder.encode(pin), null,
                language == null ? null : Preferences.defaults(language), now, now, null, 0));
    }

    private void student(String classroomId, String id, String name, List<Picture> pictures) {
        var now = clock.instant();
        people.insert(new PersonDocument(id, name, Set.of(Role.LEARNER), SCHOOL.value(), SETAGAYA.value(), null, null,
                classroomId, Person.Vetting.NOT_NEEDED, null, null,
                pictures.isEmpty() ? null : encoder.encode(PicturePassword.of(pictures)), null, now, now, null, 0));
        classrooms.addStudent(new ClassroomId(classroomId), new PersonId(id));
    }
}
