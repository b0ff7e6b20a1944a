package org.tomoni.lessons.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.tomoni.lessons.LessonStep;

/**
 * What one step shows below its heading. Practices and checks answer in a feedback line that screen readers
 * announce; nothing here ever runs on a timer.
 */
abstract class StepPanel extends Div {

    /** What a step tells the player: a practice was solved, or a check was answered. */
    interface Listener {

        void solved();

        void answered(int choice);
    }

    private final Paragraph feedback = new Paragraph();

    StepPanel(String kind) {
        addClassNames("step-panel", kind);
        feedback.addClassName("step-feedback");
        feedback.getElement().setAttribute("role", "status");
    }

    /** The feedback line, placed where each kind wants it. */
    protected Paragraph feedback() {
        return feedback;
    }

    protected void praise(String html) {
        feedback.removeClassName("try-again");
        feedback.addClassName("well-done");
        feedback.getElement().setProperty("innerHTML", html);
    }

    /** Plain news, neither praise nor a hint. */
    protected void neutral(String text) {
        feedback.removeClassName("well-done");
        feedback.removeClassName("try-again");
        feedback.setText(text);
    }

    protected void encourage(String html) {
        feedback.removeClassName("well-done");
        feedback.addClassName("try-again");
        feedback.getElement().setProperty("innerHTML", html);
    }

    /** Author's Markdown, already made safe when the lesson was read. */
    static Html text(String html) {
        Html text = new Html("<div class=\"step-text\">" + html + "</div>");
        return text;
    }

    static Image picture(LessonStep.Picture picture) {
        Image image = new Image(picture.url(), picture.alternativeText());
        image.addClassName("step-picture");
        return image;
    }
}
