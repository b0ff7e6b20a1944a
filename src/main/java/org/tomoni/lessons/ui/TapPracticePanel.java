package org.tomoni.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.dom.DomListenerRegistration;
import org.tomoni.lessons.LessonStep;

/**
 * A picture of a screen to tap on. A tap anywhere else gets the hint. For keyboards and screen readers the right
 * spot is also a button, named for what it is, so the practice never needs a mouse or a finger.
 */
final class TapPracticePanel extends StepPanel {

    TapPracticePanel(LessonStep.TapPractice step, Listener listener) {
        super("tap-practice");
        if (!step.html().isBlank()) {
            add(text(step.html()));
        }
        Div screen = new Div(picture(step.screen()));
        screen.addClassName("tap-screen");
        DomListenerRegistration tap = screen.getElement().addEventListener("click", event -> {
            double width = event.getEventData().get("element.clientWidth").asDouble();
            double height = event.getEventData().get("element.clientHeight").asDouble();
            double x = event.getEventData().get("event.offsetX").asDouble();
            double y = event.getEventData().get("event.offsetY").asDouble();
            if (width > 0 && height > 0 && step.target().contains(100 * x / width, 100 * y / height)) {
                solved(step, listener);
            } else {
                encourage(step.hint());
            }
        });
        tap.addEventData("element.clientWidth").addEventData("element.clientHeight")
                .addEventData("event.offsetX").addEventData("event.offsetY")
                // A tap on the target button is handled by the button alone.
                .setFilter("event.target.tagName !== 'BUTTON'");

        NativeButton target = new NativeButton();
        target.addClassName("tap-target");
        target.getElement().setAttribute("aria-label", getTranslation("lessons.player.tap-target",
                step.title().text()));
        LessonStep.Area area = step.target();
        // Centred on the author's area and never smaller than a fingertip, however small the picture is drawn.
        target.getStyle().set("left", (area.x() + area.width() / 2) + "%")
                .set("top", (area.y() + area.height() / 2) + "%")
                .set("width", "max(" + area.width() + "%, var(--tomoni-target))")
                .set("height", "max(" + area.height() + "%, var(--tomoni-target))");
        target.addClickListener(click -> solved(step, listener));
        screen.add(target);
        add(screen, feedback());
    }

    private void solved(LessonStep.TapPractice step, Listener listener) {
        praise(step.success());
        listener.solved();
    }
}
