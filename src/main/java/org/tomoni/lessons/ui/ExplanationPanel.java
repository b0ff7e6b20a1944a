package org.tomoni.lessons.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonStep;

/** Text to read, the picture, and the words for the learner's own kind of tablet where the screens differ. */
final class ExplanationPanel extends StepPanel {

    ExplanationPanel(LessonStep.Explanation step, @Nullable Device device) {
        super("explanation");
        if (!step.html().isBlank()) {
            add(text(step.html()));
        }
        if (step.picture() != null) {
            add(picture(step.picture()));
        }
        if (!step.perDevice().isEmpty()) {
            // Until the learner says which tablet they have, both ways are shown, each under its name.
            Device chosen = device != null && step.perDevice().containsKey(device) ? device : null;
            step.perDevice().entrySet().stream()
                    .filter(entry -> chosen == null || entry.getKey() == chosen)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> {
                        Div part = new Div();
                        part.addClassName("device-text");
                        part.getElement().setAttribute("data-device", entry.getKey().name().toLowerCase(Locale.ROOT));
                        if (chosen == null) {
                            part.add(new H3(getTranslation("lessons.device." + entry.getKey().name()
                                    .toLowerCase(Locale.ROOT))));
                        }
                        part.add(text(entry.getValue()));
                        add(part);
                    });
        }
    }
}
