package org.tomoni.help;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When the learner wants help.
 *
 * @param at the chosen moment, for {@link When#AT} only
 */
public record HelpTime(When when, @Nullable Instant at) {

    public static final HelpTime NOW = new HelpTime(When.NOW, null);
    public static final HelpTime LATER_TODAY = new HelpTime(When.LATER_TODAY, null);

    public HelpTime {
        if ((when == When.AT) != (at != null)) {
            throw new IllegalArgumentException("A moment is given exactly when the learner picked a time");
        }
    }

    public static HelpTime at(Instant moment) {
        return new HelpTime(When.AT, moment);
    }

    public enum When {
        NOW,
        LATER_TODAY,
        AT
    }
}
