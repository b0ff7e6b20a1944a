package org.tomoni.help.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Big cards to choose one of: a radio group underneath, so screen readers hear "radio button, 2 of 5" and the
 * arrow keys move between cards, while each card is as large as a finger needs (styles/help.css).
 */
final class ChoiceCards<T> extends RadioButtonGroup<T> {

    ChoiceCards() {
        addClassName("choice-cards");
    }
}
