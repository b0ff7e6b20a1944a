package org.tomoni.lessons;

import java.util.Locale;
import java.util.Optional;

/** The languages a lesson is written in; easy Japanese (やさしい日本語) is an optional third. */
public enum LessonLanguage {
    ENGLISH("en", true),
    JAPANESE("ja", true),
    EASY_JAPANESE("ja-easy", false);

    private final String fileStem;
    private final boolean required;

    LessonLanguage(String fileStem, boolean required) {
        this.fileStem = fileStem;
        this.required = required;
    }

    /** The lesson file in this language, such as {@code ja.md}. */
    public String fileName() {
        return fileStem + ".md";
    }

    public boolean required() {
        return required;
    }

    /** The lesson language for a page shown in this locale: Japanese for Japanese, English otherwise. */
    public static LessonLanguage forPage(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    public static Optional<LessonLanguage> ofFileName(String name) {
        for (LessonLanguage language : values()) {
            if (language.fileName().equals(name)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
