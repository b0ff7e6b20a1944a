package org.tomoni.help;

import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonId;

/**
 * Where in a lesson the learner pressed "I'm stuck", so the volunteer knows exactly which screen they are on.
 *
 * @param step   1 for the first step
 * @param device the phone the learner said they use, when the lesson asked
 */
public record LessonPlace(LessonId lesson, int step, @Nullable Device device) {

    public LessonPlace {
        if (step < 1) {
            throw new IllegalArgumentException("Steps are counted from 1");
        }
    }
}
