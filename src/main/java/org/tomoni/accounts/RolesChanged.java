package org.tomoni.accounts;

import java.util.Set;

/** A person's roles changed (or a volunteer was approved). */
public record RolesChanged(PersonId person, Set<Role> roles) {

    public RolesChanged {
        roles = Set.copyOf(roles);
    }
}
