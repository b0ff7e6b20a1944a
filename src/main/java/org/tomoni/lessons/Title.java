package org.tomoni.lessons;

/**
 * A lesson's or a step's title, which may carry furigana.
 *
 * @param text the words without readings: for the browser tab, lists and speech
 * @param html safe HTML with the readings as {@code <ruby>}, for headings the learner reads
 */
public record Title(String text, String html) {

    @Override
    public String toString() {
        return text;
    }
}
