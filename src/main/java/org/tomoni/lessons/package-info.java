/**
 * Lessons written as files in {@code content/}: each folder holds what the lesson is about ({@code lesson.yaml}) and
 * its text in every language ({@code en.md}, {@code ja.md}, optionally {@code ja-easy.md}). This module reads and
 * checks them; a lesson with a mistake is left out with a message naming its file and line, the others load.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lessons")
@org.jspecify.annotations.NullMarked
package org.tomoni.lessons;
