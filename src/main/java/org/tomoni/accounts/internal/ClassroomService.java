package org.tomoni.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.Classroom;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.Classrooms;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;

/** Only a teacher of a class (or an administrator) reaches it; another school's class is answered as unknown. */
@Service
class ClassroomService implements Classrooms {

    private final Caller caller;
    private final ClassroomStore classrooms;
    private final PeopleStore people;
    private final AuditTrail audit;
    private final Clock clock;

    ClassroomService(Caller caller, ClassroomStore classrooms, PeopleStore people, AuditTrail audit, Clock clock) {
        this.caller = caller;
        this.classrooms = classrooms;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Classroom> mine() {
        PersonDocument me = caller.requireAnyOf(Role.TEACHER, Role.ADMIN);
        List<ClassroomDocument> found = me.roles().contains(Role.TEACHER)
                ? classrooms.taughtBy(new PersonId(me.id())) : classrooms.all();
        return found.stream().map(ClassroomDocument::toClassroom).toList();
    }

    @Override
    public Classroom create(String name) {
        PersonDocument me = caller.requireAnyOf(Role.TEACHER);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A class needs a name");
        }
        if (me.organisationId() == null) {
            throw new AccessDeniedException("A teacher without a school cannot create classes");
        }
        return classrooms.create(name.strip(), me.organisationId(), new PersonId(me.id())).toClassroom();
    }

    @Override
    public Classroom get(ClassroomId id) {
        return reachable(id).toClassroom();
    }

    @Override
    public List<Person> students(ClassroomId id) {
        return people.byIds(reachable(id).studentIds()).stream().map(PersonDocument::toPerson).toList();
    }

    @Override
    public Person addStudent(ClassroomId id, String name) {
        ClassroomDocument classroom = reachable(id);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A student needs a name");
        }
        var now = clock.instant();
        PersonDocument student = new PersonDocument(PersonId.newId().value(), name.strip(), Set.of(Role.LEARNER),
                classroom.organisationId(), null, null, null, classroom.id(), Person.Vetting.NOT_NEEDED, null, null,
                null, null, now, now, null, 0);
        people.insert(student);
        classrooms.addStudent(id, new PersonId(student.id()));
        return student.toPerson();
    }

    @Override
    public void resetPictures(ClassroomId id, PersonId student) {
        ClassroomDocument classroom = reachable(id);
        if (!classroom.studentIds().contains(student)) {
            throw new AccessDeniedException("Not a student of this class");
        }
        people.set(student, "picturesHash", null);
        people.set(student, "pictureFailures", 0);
        audit.record(caller.require(), AuditEntry.Action.PICTURES_RESET, student, classroom.name());
    }

    private ClassroomDocument reachable(ClassroomId id) {
        PersonDocument me = caller.requireAnyOf(Role.TEACHER, Role.ADMIN);
        return classrooms.byId(id)
                .filter(classroom -> me.roles().contains(Role.ADMIN)
                        || classroom.teacherIds().contains(new PersonId(me.id())))
                .orElseThrow(() -> new AccessDeniedException("No such class of yours"));
    }
}
