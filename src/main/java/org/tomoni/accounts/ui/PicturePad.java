package org.tomoni.accounts.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.tomoni.accounts.Picture;

/**
 * Nine large pictures to press, three in order, with the chosen ones shown above so a child sees where they are.
 * Each picture is a button named by what it shows, so it works by touch, keyboard and screen reader alike.
 */
class PicturePad extends Div implements LocaleChangeObserver {

    private final List<Picture> chosen = new ArrayList<>();
    private final OrderedList slots = new OrderedList();
    private final Paragraph status = new Paragraph();
    private final Div grid = new Div();
    private final Button startAgain = new Button();
    private final java.util.Map<Picture, Button> buttons = new java.util.EnumMap<>(Picture.class);

    PicturePad() {
        addClassName("picture-pad");
        slots.addClassName("picture-slots");
        status.addClassName("picture-status");
        status.getElement().setAttribute("aria-live", "polite");
        grid.addClassName("picture-grid");
        startAgain.addClickListener(click -> clear());
        for (Picture picture : Picture.values()) {
            // Made once: a button that stayed put keeps the keyboard focus on it between presses.
            Button button = new Button(image(picture, ""));
            button.addClassName("picture-button");
            button.addClickListener(click -> press(picture));
            buttons.put(picture, button);
            grid.add(button);
        }
        add(slots, status, grid, Fields.actions(startAgain));
    }

    List<Picture> chosen() {
        return List.copyOf(chosen);
    }

    boolean isComplete() {
        return chosen.size() == Picture.IN_A_PASSWORD;
    }

    void clear() {
        chosen.clear();
        render();
    }

    Registration addCompleteListener(ComponentEventListener<CompleteEvent> listener) {
        return addListener(CompleteEvent.class, listener);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        startAgain.setText(getTranslation("accounts.pictures.start-again"));
        grid.getElement().setAttribute("aria-label", getTranslation("accounts.pictures.choose"));
        render();
    }

    private void press(Picture picture) {
        if (isComplete()) {
            return;
        }
        chosen.add(picture);
        render();
        if (isComplete()) {
            fireEvent(new CompleteEvent(this));
        }
    }

    private void render() {
        slots.removeAll();
        for (int i = 0; i < Picture.IN_A_PASSWORD; i++) {
            ListItem slot = new ListItem();
            slot.addClassName("picture-slot");
            if (i < chosen.size()) {
                slot.add(image(chosen.get(i), getTranslation(PictureNames.key(chosen.get(i)))));
            } else {
                Span empty = new Span(String.valueOf(i + 1));
                empty.addClassName("picture-slot-empty");
                slot.add(empty);
            }
            slots.add(slot);
        }
        slots.getElement().setAttribute("aria-label", getTranslation("accounts.pictures.chosen"));
        status.setText(getTranslation("accounts.pictures.status", chosen.size(), Picture.IN_A_PASSWORD));
        buttons.forEach((picture, button) -> {
            button.setAriaLabel(getTranslation(PictureNames.key(picture)));
            button.setEnabled(!isComplete());
        });
    }

    private static Image image(Picture picture, String alternativeText) {
        Image image = new Image(picture.imagePath(), alternativeText);
        image.addClassName("picture");
        return image;
    }

    /** The third picture was pressed. */
    static final class CompleteEvent extends ComponentEvent<PicturePad> {

        CompleteEvent(PicturePad source) {
            super(source, true);
        }
    }
}
