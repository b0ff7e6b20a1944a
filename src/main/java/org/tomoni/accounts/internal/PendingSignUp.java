package org.tomoni.accounts.internal;

import org.tomoni.accounts.Role;
import org.tomoni.shell.Language;

/** What a person entered on the sign-up page, kept with their code until they confirm it. */
record PendingSignUp(String name, Role role, String areaId, Language language) {
}
