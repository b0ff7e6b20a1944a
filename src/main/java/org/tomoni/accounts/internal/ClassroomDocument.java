package org.tomoni.accounts.internal;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.accounts.Classroom;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.PersonId;

@Document(ClassroomDocument.COLLECTION)
record ClassroomDocument(@Id String id, String name, String organisationId, List<PersonId> teacherIds,
                         String classCode, List<PersonId> studentIds) {

    static final String COLLECTION = "accounts_classrooms";

    Classroom toClassroom() {
        return new Classroom(new ClassroomId(id), name, new OrganisationId(organisationId), teacherIds, classCode,
                studentIds);
    }
}
