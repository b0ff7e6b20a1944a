package org.tomoni.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: who did what, to whom, when.
 *
 * @param actor   who did it; {@code null} when nobody was signed in (a failed sign-in)
 * @param subject whom it concerned, when that is someone else or nobody is signed in yet
 * @param detail  plain facts such as the sign-in method or the role; never a secret
 */
public record AuditEntry(Instant at, @Nullable PersonId actor, String actorName, Action action,
                         @Nullable PersonId subject, String detail, String clientAddress) {

    public enum Action {
        SIGNED_IN,
        SIGN_IN_REFUSED,
        SIGNED_OUT,
        SIGNED_OUT_EVERYWHERE,
        SIGNED_UP,
        ROLE_GRANTED,
        ROLE_REVOKED,
        VOLUNTEER_APPROVED,
        INVITATION_CREATED,
        INVITATION_ACCEPTED,
        PASSWORD_CHANGED,
        PHONE_CHANGED,
        PIN_CHANGED,
        PICTURES_RESET,
        DATA_EXPORTED,
        ACCOUNT_DELETED,
        AREA_SAVED
    }
}
