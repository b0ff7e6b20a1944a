package org.tomoni.shell.ui;

import org.tomoni.shell.Language;

/**
 * Each language is named in itself ("English", "日本語") in both bundles, so a person who cannot read the current
 * language still finds their own.
 */
final class LanguageNames {

    private LanguageNames() {
    }

    static String key(Language language) {
        return "language.name." + language.tag();
    }
}
