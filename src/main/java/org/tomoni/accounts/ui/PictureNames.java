package org.tomoni.accounts.ui;

import org.tomoni.accounts.Picture;

/** The translation key of a picture's name, which is also its accessible name. */
final class PictureNames {

    private PictureNames() {
    }

    static String key(Picture picture) {
        return "accounts.picture." + picture.name().toLowerCase();
    }
}
