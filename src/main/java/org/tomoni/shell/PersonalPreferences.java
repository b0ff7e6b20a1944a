package org.tomoni.shell;

import java.util.Optional;

/**
 * Where a signed-in person's preferences are kept, so they follow the person to any tablet. The shell asks this
 * before the browser's cookie; the module that knows who is signed in provides it.
 */
public interface PersonalPreferences {

    /** Someone is signed in on the current request. */
    boolean personSignedIn();

    /** The signed-in person's saved preferences; empty when nobody is signed in or they never saved any. */
    Optional<Preferences> saved();

    /** Keeps the preferences for the signed-in person; does nothing when nobody is signed in. */
    void save(Preferences preferences);
}
