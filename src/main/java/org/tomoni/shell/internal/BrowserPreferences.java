package org.tomoni.shell.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;

/** The preferences a browser sends with a request: its cookie when it has one, else its own language list. */
final class BrowserPreferences {

    private BrowserPreferences() {
    }

    static Preferences of(VaadinRequest request) {
        Preferences defaults = Preferences.defaults(Language.firstSupported(Collections.list(request.getLocales())));
        return cookie(request)
                .map(value -> Preferences.fromCookieValue(value, defaults))
                .orElse(defaults);
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> Preferences.COOKIE.equals(cookie.getName()))
                .map(cookie -> decode(cookie.getValue()))
                .findFirst();
    }

    /** A damaged cookie reads as no cookie: it must never stop a page from loading. */
    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException damaged) {
            return "";
        }
    }
}
