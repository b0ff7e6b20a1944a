package org.tomoni.lessons;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One screen of a lesson. Texts are HTML made from the author's Markdown (furigana already turned into
 * {@code <ruby>}), safe to show: the author's own HTML is escaped.
 */
public sealed interface LessonStep {

    Title title();

    /** The step's own text above anything to do, as safe HTML. */
    String html();

    /** Practices and checks ask the learner to do something; explanations only to read. */
    default boolean asksSomething() {
        return !(this instanceof Explanation);
    }

    /** Read and look: text, an optional picture, and text that differs per device where the screens differ. */
    record Explanation(Title title, String html, @Nullable Picture picture, Map<Device, String> perDevice)
            implements LessonStep {

        public Explanation {
            perDevice = Map.copyOf(perDevice);
        }
    }

    /** Tap the right spot on a picture of a screen. */
    record TapPractice(Title title, String html, Picture screen, Area target, String hint, String success)
            implements LessonStep {
    }

    /** Type into a pretend field; any of the answers counts, whatever the case and spacing. */
    record TypePractice(Title title, String html, String fieldLabel, List<String> answers, String hint,
                        String success) implements LessonStep {

        public TypePractice {
            answers = List.copyOf(answers);
        }

        /** Right whatever the capitals, spaces or full-width letters: a learner typed, not a machine. */
        public boolean accepts(String typed) {
            String given = normalise(typed);
            return answers.stream().map(TypePractice::normalise).anyMatch(given::equals);
        }

        private static String normalise(String text) {
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        }
    }

    /** Put steps into the right order; the items are given here in that order, the player mixes them. */
    record OrderPractice(Title title, String html, List<String> itemsInOrder, String hint, String success)
            implements LessonStep {

        public OrderPractice {
            itemsInOrder = List.copyOf(itemsInOrder);
        }

        public boolean inOrder(List<String> items) {
            return itemsInOrder.equals(items);
        }
    }

    /** A question with one or more right choices, and a word of feedback for every choice. */
    record Check(Title title, String html, List<Choice> choices) implements LessonStep {

        public Check {
            choices = List.copyOf(choices);
        }

        public boolean isRight(int choice) {
            return choice >= 0 && choice < choices.size() && choices.get(choice).correct();
        }
    }

    /** A drawing with its description for people who cannot see it. */
    record Picture(String path, String alternativeText) {

        /** Where the browser fetches it. */
        public String url() {
            return "/lesson-pictures/" + path;
        }
    }

    /** Part of a picture, in percent of its width and height from the top left. */
    record Area(double x, double y, double width, double height) {

        public boolean contains(double pointX, double pointY) {
            return pointX >= x && pointX <= x + width && pointY >= y && pointY <= y + height;
        }
    }

    record Choice(String html, boolean correct, String feedbackHtml) {
    }
}
