package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;

/**
 * A person as stored, secrets included (hashes only). Changes are single-document updates of named fields, so two
 * tabs or two nodes never overwrite each other's unrelated changes.
 *
 * @param sessionsValidFrom sessions started before this were ended by "sign out everywhere" or by deletion
 * @param pictureFailures   wrong picture passwords since the student last signed in; at a limit, only a reset helps
 */
@Document(PersonDocument.COLLECTION)
record PersonDocument(
        @Id String id,
        String name,
        Set<Role> roles,
        @Nullable String organisationId,
        @Nullable String areaId,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String classroomId,
        Person.Vetting vetting,
        @Nullable String passwordHash,
        @Nullable String pinHash,
        @Nullable String picturesHash,
        @Nullable Preferences preferences,
        Instant createdAt,
        Instant sessionsValidFrom,
        @Nullable Instant lastSignInAt,
        int pictureFailures) {

    static final String COLLECTION = "accounts_people";

    Person toPerson() {
        Language language = preferences == null ? Language.ENGLISH : preferences.language();
        return new Person(new PersonId(id), name, roles, language,
                organisationId == null ? null : new OrganisationId(organisationId),
                areaId == null ? null : new AreaId(areaId),
                phone == null ? null : new PhoneNumber(phone),
                email,
                classroomId == null ? null : new ClassroomId(classroomId),
                vetting, pinHash != null, passwordHash != null, picturesHash != null, createdAt);
    }
}
