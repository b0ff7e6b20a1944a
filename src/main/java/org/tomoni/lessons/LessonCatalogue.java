package org.tomoni.lessons;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finding the right lesson: search and filters, a recommendation for newcomers, and what to learn next. */
public interface LessonCatalogue {

    /** The lessons that match, the easiest first. */
    List<Lesson> find(CatalogueQuery query);

    /** The topics that lessons for this audience are about (all topics when the audience is null). */
    List<String> topics(@org.jspecify.annotations.Nullable Audience audience);

    /**
     * Up to three lessons to begin with: the tablet basics first for someone who has never used one, then their
     * interest; never a lesson above their experience, never one they finished.
     */
    List<Lesson> recommend(StartingPoint startingPoint, Set<LessonId> finished);

    /** The lesson to suggest after this one: same audience and topic first, then the next level, never finished. */
    Optional<Lesson> nextAfter(LessonId lesson, Set<LessonId> finished);
}
