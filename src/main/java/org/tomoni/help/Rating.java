package org.tomoni.help;

import java.util.Arrays;
import java.util.Optional;

/** The learner's answer to "Did this help?": three faces on screen, or 1, 2 or 3 by text. */
public enum Rating {
    DID_NOT_HELP(1),
    A_LITTLE(2),
    HELPED(3);

    private final int number;

    Rating(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<Rating> ofNumber(int number) {
        return Arrays.stream(values()).filter(rating -> rating.number == number).findFirst();
    }
}
