package org.tomoni.accounts.internal;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;

/** The person making the current call, for the services' own checks of role and scope. */
@Component
class Caller {

    private final PeopleStore people;
    private final SecurityContextHolderStrategy securityContext;

    Caller(PeopleStore people, SecurityContextHolderStrategy securityContext) {
        this.people = people;
        this.securityContext = securityContext;
    }

    Optional<PersonDocument> current() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return people.byId(new PersonId(authentication.getName()));
    }

    PersonDocument require() {
        return current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    PersonDocument requireAnyOf(Role... roles) {
        PersonDocument person = require();
        for (Role role : roles) {
            if (person.roles().contains(role)) {
                return person;
            }
        }
        throw new AccessDeniedException("Needs one of the roles " + java.util.Arrays.toString(roles));
    }
}
