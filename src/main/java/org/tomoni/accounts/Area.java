package org.tomoni.accounts;

import org.tomoni.shell.Language;

/** A ward or town, named in both languages, with its centre for distances. */
public record Area(AreaId id, String nameEnglish, String nameJapanese, double latitude, double longitude) {

    public String name(Language language) {
        return language == Language.JAPANESE ? nameJapanese : nameEnglish;
    }
}
