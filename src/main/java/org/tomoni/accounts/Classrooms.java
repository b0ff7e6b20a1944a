package org.tomoni.accounts;

import java.util.List;

/** A teacher's classes and their students. Only a teacher of the class (or an administrator) reaches it. */
public interface Classrooms {

    List<Classroom> mine();

    Classroom create(String name);

    Classroom get(ClassroomId id);

    List<Person> students(ClassroomId id);

    Person addStudent(ClassroomId id, String name);

    /** The student chooses new pictures at their next sign-in. */
    void resetPictures(ClassroomId id, PersonId student);
}
