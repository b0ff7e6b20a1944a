package org.tomoni.accounts.internal;

import org.tomoni.accounts.Person;
import org.tomoni.messaging.PhoneNumber;

/**
 * Erases what a module that accounts depends on (and that so cannot listen for {@code PersonDeleted}) holds about
 * a person who deletes their account.
 */
interface PersonalDataEraser {

    void erase(Person person);

    /** A number the person no longer uses: what was kept under it goes, as the number may go to someone else. */
    default void eraseNumber(PhoneNumber number) {
    }
}
