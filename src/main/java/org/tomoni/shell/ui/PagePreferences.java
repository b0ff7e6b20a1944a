package org.tomoni.shell.ui;

import com.vaadin.flow.component.UI;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;

/** The preferences of the page a person is looking at: read them, and change them so they show at once. */
final class PagePreferences {

    private static final int ONE_YEAR_IN_SECONDS = 365 * 24 * 3600;

    private PagePreferences() {
    }

    static Preferences of(UI ui) {
        Preferences stored = ui.getSession().getAttribute(Preferences.class);
        return stored != null
                ? stored
                : Preferences.defaults(Language.of(ui.getLocale()).orElse(Language.ENGLISH));
    }

    /**
     * Shows the new preferences without a reload (classes and {@code lang} on {@code <html>}, every text through
     * the locale change) and keeps them in the browser for the next visit.
     */
    static void change(UI ui, Preferences preferences) {
        ui.getSession().setAttribute(Preferences.class, preferences);
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
