package org.tomoni.accounts;

import java.util.List;

/** The class a class code opens, with the names students pick themselves from. */
public record ClassList(String classCode, String classroomName, List<Student> students) {

    public ClassList {
        students = List.copyOf(students);
    }

    /** @param picturesChosen whether the student has a picture password yet */
    public record Student(PersonId id, String name, boolean picturesChosen) {
    }
}
