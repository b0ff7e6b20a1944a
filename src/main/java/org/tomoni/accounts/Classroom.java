package org.tomoni.accounts;

import java.util.List;

/**
 * A class of students at a school. Students sign in with its class code, pick their name from the list and then
 * their pictures, so a child needs neither an e-mail address nor a password to remember.
 */
public record Classroom(ClassroomId id, String name, OrganisationId organisation, List<PersonId> teachers,
                        String classCode, List<PersonId> students) {

    public Classroom {
        teachers = List.copyOf(teachers);
        students = List.copyOf(students);
    }

    public boolean isTaughtBy(PersonId teacher) {
        return teachers.contains(teacher);
    }
}
