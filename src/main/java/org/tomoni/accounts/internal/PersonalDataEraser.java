package org.tomoni.accounts.internal;

import org.tomoni.accounts.Person;

/**
 * Erases what a module that accounts depends on (and that so cannot listen for {@code PersonDeleted}) holds about
 * a person who deletes their account.
 */
interface PersonalDataEraser {

    void erase(Person person);
}
