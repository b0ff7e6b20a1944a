package org.tomoni.lessons;

/** A lesson's id: its folder name in {@code content/}, such as {@code video-calls}. */
public record LessonId(String value) {

    public LessonId {
        if (value == null || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A lesson id is lower-case words joined by '-': " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
