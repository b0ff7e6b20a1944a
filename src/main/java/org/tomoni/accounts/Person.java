package org.tomoni.accounts;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.shell.Language;

/**
 * A person as other modules and views see them: who they are and what they may do, never their secrets.
 * {@code name} is what the person asked to be called, the way they wrote it.
 *
 * @param organisation for coordinators and teachers: whom they work for, which limits what they see
 * @param area         where they live or work; a coordinator sees this area only
 * @param classroom    for students: their class
 * @param vetting      for volunteers: whether a coordinator has checked them yet
 */
public record Person(PersonId id, String name, Set<Role> roles, Language language,
                     @Nullable OrganisationId organisation, @Nullable AreaId area, @Nullable PhoneNumber phone,
                     @Nullable String email, @Nullable ClassroomId classroom, Vetting vetting, boolean hasPin,
                     boolean hasPassword, boolean hasPictures, Instant createdAt) {

    public Person {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStudent() {
        return classroom != null;
    }

    /** Where a volunteer stands with the coordinators. */
    public enum Vetting {
        /** Not a volunteer, or vetted through an invitation. */
        NOT_NEEDED,
        AWAITING,
        APPROVED
    }
}
