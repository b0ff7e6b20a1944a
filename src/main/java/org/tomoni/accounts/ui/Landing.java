package org.tomoni.accounts.ui;

import com.vaadin.flow.component.UI;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;

/**
 * Where a person lands after signing in: the page of their main task. A full page load, so the header, the
 * navigation and the account's preferences all show the signed-in state at once.
 */
final class Landing {

    private Landing() {
    }

    static void afterSignIn(UI ui, Person person) {
        ui.getPage().setLocation(pathFor(person));
    }

    static String pathFor(Person person) {
        if (person.has(Role.ADMIN) || person.has(Role.COORDINATOR)) {
            return "people";
        }
        if (person.has(Role.TEACHER)) {
            return "classes";
        }
        return "account";
    }
}
