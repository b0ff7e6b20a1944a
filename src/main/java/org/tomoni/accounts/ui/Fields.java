package org.tomoni.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The sign-in fields, set up so browsers, password managers and phones help: the right keyboard, autofill of
 * numbers and one-time codes, pasting allowed (WCAG 2.2, 3.3.8: no memory test without help).
 */
final class Fields {

    private Fields() {
    }

    static TextField phoneNumber() {
        TextField field = new TextField();
        field.setAutocomplete(Autocomplete.TEL);
        keyboard(field, "tel", "tel");
        field.setMaxLength(30);
        field.addClassName("wide-field");
        return field;
    }

    static TextField oneTimeCode() {
        TextField field = new TextField();
        // Lets a phone offer the code from the text that just arrived; the enum has no constant for it.
        field.getElement().setAttribute("autocomplete", "one-time-code");
        keyboard(field, "text", "numeric");
        field.setMaxLength(12);
        field.addClassName("code-field");
        return field;
    }

    static PasswordField pin() {
        PasswordField field = new PasswordField();
        field.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        keyboard(field, "password", "numeric");
        field.setMaxLength(8);
        field.addClassName("code-field");
        return field;
    }

    /** The buttons under a form, wrapping onto new lines on a narrow screen. */
    static com.vaadin.flow.component.html.Div actions(com.vaadin.flow.component.Component... buttons) {
        com.vaadin.flow.component.html.Div actions = new com.vaadin.flow.component.html.Div(buttons);
        actions.addClassName("form-actions");
        return actions;
    }

    static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(!message.isEmpty());
    }

    /** The web component does not pass these on to its input, so they are set on the input itself. */
    private static void keyboard(TextFieldBase<?, ?> field, String type, String inputMode) {
        field.getElement().executeJs("this.inputElement.type = $0; this.inputElement.inputMode = $1;",
                type, inputMode);
    }
}
