package org.tomoni.lessons;

/**
 * A mistake in a lesson's files, said so that its author can find and mend it.
 *
 * @param file the file, relative to the content folder, such as {@code video-calls/ja.md}
 * @param line the line in it, counting from 1; 0 when the problem is the file as a whole
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
