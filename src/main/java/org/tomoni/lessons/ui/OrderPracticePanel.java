package org.tomoni.lessons.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.tomoni.lessons.LessonStep;

/**
 * Steps to put in order with large "up" and "down" buttons: dragging is hard for unsteady hands and impossible
 * without a mouse, a button press is neither.
 */
final class OrderPracticePanel extends StepPanel {

    private final List<String> items;
    private final OrderedList list = new OrderedList();

    OrderPracticePanel(LessonStep.OrderPractice step, Listener listener, long seed) {
        super("order-practice");
        this.items = mixed(step.itemsInOrder(), seed);
        if (!step.html().isBlank()) {
            add(text(step.html()));
        }
        list.addClassName("order-items");
        Button check = new Button(getTranslation("lessons.player.check-order"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClassName("speech-skip");
        check.addClickListener(click -> {
            if (step.inOrder(items)) {
                praise(step.success());
                listener.solved();
            } else {
                encourage(step.hint());
            }
        });
        render(-1, false);
        add(list, check, feedback());
    }

    private void render(int focusIndex, boolean focusUp) {
        list.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Span words = new Span();
            words.getElement().setProperty("innerHTML", items.get(i));
            words.addClassName("order-text");
            Button up = move(VaadinIcon.ARROW_UP, "lessons.player.move-up", index, index - 1);
            Button down = move(VaadinIcon.ARROW_DOWN, "lessons.player.move-down", index, index + 1);
            up.setEnabled(index > 0);
            down.setEnabled(index < items.size() - 1);
            ListItem item = new ListItem(words, up, down);
            item.addClassName("order-item");
            list.add(item);
            if (index == focusIndex) {
                // Keep the keyboard on the item that moved, so it can be moved again.
                Button keep = focusUp && up.isEnabled() || !down.isEnabled() ? up : down;
                keep.focus();
            }
        }
    }

    private Button move(VaadinIcon icon, String key, int from, int to) {
        Button button = new Button(icon.create());
        button.addClassNames("order-move", "speech-skip");
        button.setAriaLabel(getTranslation(key, PlainText.of(items.get(from))));
        button.addClickListener(click -> {
            Collections.swap(items, from, to);
            render(to, to < from);
            // The list is drawn anew: say where the step went, for those who cannot see it move.
            neutral(getTranslation("lessons.player.moved", PlainText.of(items.get(to)), to + 1, items.size()));
        });
        return button;
    }

    /** Mixed, but the same way each time for this step, and never already in order. */
    private static List<String> mixed(List<String> inOrder, long seed) {
        List<String> mixed = new ArrayList<>(inOrder);
        Random random = new Random(seed);
        for (int attempt = 0; attempt < 10 && mixed.equals(inOrder); attempt++) {
            Collections.shuffle(mixed, random);
        }
        if (mixed.equals(inOrder)) {
            Collections.reverse(mixed);
        }
        return mixed;
    }
}
