package org.tomoni.lessons.internal;

import java.util.ArrayList;
import java.util.List;

import org.tomoni.lessons.ContentProblem;

/** The problems found in one lesson's files so far; a lesson with any is not loaded. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    int count() {
        return found.size();
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
