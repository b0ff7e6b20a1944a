package org.tomoni.help;

import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Skill;

/**
 * What a learner asks for.
 *
 * @param topic   what they are stuck with, or null for "something else"
 * @param details their own words, up to {@link #LONGEST_DETAILS} characters; may be empty
 * @param place   where in a lesson, when they asked from one
 */
public record HelpAsk(HelpKind kind, @Nullable Skill topic, HelpWay way, HelpTime when, String details,
                      @Nullable LessonPlace place) {

    public static final int LONGEST_DETAILS = 500;

    public HelpAsk {
        details = details == null ? "" : details.strip();
        if (details.length() > LONGEST_DETAILS) {
            throw new IllegalArgumentException("Details are at most " + LONGEST_DETAILS + " characters");
        }
    }
}
