package org.tomoni.shell.ui;

import com.vaadin.flow.component.UI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tomoni.shell.Language;
import org.tomoni.shell.PersonalPreferences;
import org.tomoni.shell.Preferences;

/** The preferences of the page a person is looking at: read them, and change them so they show at once. */
@Component
class PagePreferences {

    private static final int ONE_YEAR_IN_SECONDS = 365 * 24 * 3600;

    private final ObjectProvider<PersonalPreferences> personal;

    PagePreferences(ObjectProvider<PersonalPreferences> personal) {
        this.personal = personal;
    }

    Preferences of(UI ui) {
        PersonalPreferences store = personal.getIfAvailable();
        if (store != null && store.personSignedIn()) {
            var saved = store.saved();
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        Preferences stored = ui.getSession().getAttribute(Preferences.class);
        return stored != null
                ? stored
                : Preferences.defaults(Language.of(ui.getLocale()).orElse(Language.ENGLISH));
    }

    /**
     * Shows the new preferences without a reload (classes and {@code lang} on {@code <html>}, every text through
     * the locale change), keeps them in the browser for the next visit and, when someone is signed in, in their
     * account.
     */
    void change(UI ui, Preferences preferences) {
        ui.getSession().setAttribute(Preferences.class, preferences);
        PersonalPreferences store = personal.getIfAvailable();
        if (store != null) {
            store.save(preferences);
        }
        ui.getPage().executeJs("""
                const html = document.documentElement;
                html.classList.remove(...$0.split(' '));
                html.classList.add(...$1.split(' '));
                html.lang = $2;
                document.cookie = $3 + '=' + encodeURIComponent($4) + '; path=/; max-age=' + $5 + '; samesite=lax';
                """,
                String.join(" ", Preferences.allHtmlClasses()),
                String.join(" ", preferences.htmlClasses()),
                preferences.language().tag(),
                Preferences.COOKIE,
                preferences.toCookieValue(),
                ONE_YEAR_IN_SECONDS);
        if (!ui.getLocale().equals(preferences.language().locale())) {
            ui.setLocale(preferences.language().locale());
        }
    }
}
