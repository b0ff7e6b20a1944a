package org.tomoni.lessons.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.tomoni.lessons.LessonStep;

/** A pretend field to type into; any number of tries, and the hint after each wrong one. */
final class TypePracticePanel extends StepPanel {

    TypePracticePanel(LessonStep.TypePractice step, Listener listener) {
        super("type-practice");
        if (!step.html().isBlank()) {
            add(text(step.html()));
        }
        TextField field = new TextField(step.fieldLabel());
        field.addClassNames("pretend-field", "wide-field");
        // A practice field: the browser must not offer to fill it or to correct the spelling.
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("spellcheck", "false");
        field.getElement().setAttribute("autocapitalize", "off");
        Button check = new Button(getTranslation("lessons.player.check-typing"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClassName("speech-skip");
        Runnable try_ = () -> {
            if (field.getValue().isBlank()) {
                encourage(getTranslation("lessons.player.type-something"));
            } else if (step.accepts(field.getValue())) {
                praise(step.success());
                listener.solved();
            } else {
                encourage(step.hint());
            }
        };
        check.addClickListener(click -> try_.run());
        field.addKeyPressListener(Key.ENTER, enter -> try_.run());
        Div row = new Div(field, check);
        row.addClassName("practice-row");
        add(row, feedback());
    }
}
