package org.tomoni.shell.internal;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tomoni.shell.PersonalPreferences;
import org.tomoni.shell.Preferences;

/**
 * The preferences to draw a page with: the signed-in person's own, else what the browser carries. The first time a
 * person signs in, what they chose on this device before becomes their account's, so nothing they set is lost.
 */
@Component
class VisitorPreferences {

    private final ObjectProvider<PersonalPreferences> personal;

    VisitorPreferences(ObjectProvider<PersonalPreferences> personal) {
        this.personal = personal;
    }

    Preferences of(VaadinRequest request) {
        Preferences browser = BrowserPreferences.of(request);
        PersonalPreferences store = personal.getIfAvailable();
        if (store == null || !store.personSignedIn()) {
            return browser;
        }
        return store.saved().orElseGet(() -> {
            store.save(browser);
            return browser;
        });
    }
}
