package org.tomoni.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Tomoni is written in. Every visible text exists in each of them. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    JAPANESE(Locale.JAPANESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag, as used for {@code <html lang>} and speech synthesis. */
    public String tag() {
        return locale.toLanguageTag();
    }

    public static Optional<Language> of(Locale locale) {
        return Arrays.stream(values())
                .filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    public static Optional<Language> ofTag(String tag) {
        return of(Locale.forLanguageTag(tag));
    }

    /** The first of the browser's languages (most preferred first) that Tomoni speaks, else English. */
    public static Language firstSupported(List<Locale> preferred) {
        return preferred.stream().flatMap(locale -> of(locale).stream()).findFirst().orElse(ENGLISH);
    }
}
