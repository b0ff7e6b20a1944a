package org.tomoni.accounts;

/** What a person does in Tomoni. A person may hold several (a coordinator who also volunteers). */
public enum Role {
    /** A senior learning digital skills, or a student in a class. */
    LEARNER,
    VOLUNTEER,
    COORDINATOR,
    TEACHER,
    ADMIN;

    /** The Spring Security authority, as {@code @RolesAllowed} and {@code hasRole} expect it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose people belong to an organisation and see only its area. */
    public boolean isScopedToOrganisation() {
        return this == COORDINATOR || this == TEACHER;
    }

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String VOLUNTEER = "VOLUNTEER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String TEACHER = "TEACHER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
