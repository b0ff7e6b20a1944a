package org.tomoni.accounts;

import java.util.List;
import java.util.Optional;

/** Coordinators and teachers join by invitation: an administrator, or a coordinator for their own organisation. */
public interface Invitations {

    /** @param role {@link Role#COORDINATOR} or {@link Role#TEACHER} */
    Invitation invite(String inviteeName, Role role, OrganisationId organisation);

    /** Invitations the caller may see, newest first. */
    List<Invitation> recent();

    /** The invitation behind a link, while it is still open. */
    Optional<Invitation> open(String token);

    Acceptance accept(String token, String name, String email, String password);

    sealed interface Acceptance {

        record Accepted(Person person) implements Acceptance {
        }

        record NoLongerOpen() implements Acceptance {
        }

        record EmailTaken() implements Acceptance {
        }

        record InvalidEmail() implements Acceptance {
        }

        record WeakPassword(MyAccount.PasswordChange reason) implements Acceptance {
        }
    }
}
