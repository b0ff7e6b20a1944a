package org.tomoni.accounts.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.tomoni.accounts.Picture;

/** The text form of a picture password that gets hashed like any password. */
final class PicturePassword {

    private PicturePassword() {
    }

    static String of(List<Picture> pictures) {
        return pictures.stream().map(Picture::name).collect(Collectors.joining(","));
    }
}
