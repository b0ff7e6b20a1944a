package org.tomoni.lessons;

import org.jspecify.annotations.Nullable;

/**
 * What a learner looks for in the catalogue; every part left empty matches everything.
 *
 * @param words searched in the title and step titles in the learner's language, and in the topic and skills
 */
public record CatalogueQuery(@Nullable Audience audience, @Nullable String topic, @Nullable Integer level,
                             String words, LessonLanguage language) {

    public static CatalogueQuery everything(LessonLanguage language) {
        return new CatalogueQuery(null, null, null, "", language);
    }
}
