package org.tomoni.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.PersonId;

/** Writes "signed out" to the audit log, whichever way the sign-out came. */
@Component
class SignOutAudit implements LogoutHandler {

    private final PeopleStore people;
    private final AuditTrail audit;

    SignOutAudit(PeopleStore people, AuditTrail audit) {
        this.people = people;
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
                       @Nullable Authentication authentication) {
        if (authentication != null) {
            people.byId(new PersonId(authentication.getName()))
                    .ifPresent(person -> audit.record(person, AuditEntry.Action.SIGNED_OUT, null, ""));
        }
    }
}
