package org.tomoni.lessons.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.LessonProgress.CheckAnswer;
import org.tomoni.lessons.LessonStep;

/** A question with big choices; every answer gets its own word of feedback, and another try is always allowed. */
final class CheckPanel extends StepPanel {

    CheckPanel(LessonStep.Check step, @Nullable CheckAnswer earlier, Listener listener) {
        super("check");
        RadioButtonGroup<Integer> choices = new RadioButtonGroup<>();
        choices.addClassName("check-choices");
        choices.setAriaLabel(step.title().text());
        choices.setItems(IntStream.range(0, step.choices().size()).boxed().toList());
        List<LessonStep.Choice> options = step.choices();
        choices.setRenderer(new ComponentRenderer<>(index -> new Html("<span>" + options.get(index).html() + "</span>")));
        if (!step.html().isBlank()) {
            add(text(step.html()));
        }
        Button answer = new Button(getTranslation("lessons.player.answer"));
        answer.addThemeVariants(ButtonVariant.PRIMARY);
        answer.addClassName("speech-skip");
        // One tap, one answer: a double tap would count as two tries.
        answer.setDisableOnClick(true);
        answer.addClickListener(click -> {
            Integer chosen = choices.getValue();
            if (chosen == null) {
                encourage(getTranslation("lessons.player.choose-first"));
            } else {
                show(options.get(chosen));
                listener.answered(chosen);
            }
            answer.setEnabled(true);
        });
        // An answer kept from before may point past the choices, if the author has since removed one.
        if (earlier != null && earlier.right() && earlier.choice() < options.size()) {
            choices.setValue(earlier.choice());
            show(options.get(earlier.choice()));
        }
        add(choices, answer, feedback());
    }

    private void show(LessonStep.Choice choice) {
        String verdict = getTranslation(choice.correct() ? "lessons.player.right" : "lessons.player.not-quite");
        String html = "<strong>" + verdict + "</strong> " + choice.feedbackHtml();
        if (choice.correct()) {
            praise(html);
        } else {
            encourage(html);
        }
    }
}
