package org.tomoni.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.SignInOutcome;

/**
 * The screen after "text me a code", shared by sign-in and sign-up: where the code went, the field for it, and the
 * ways on — the page's own action, a new code, or back to the first screen with everything still filled in.
 */
class CodeStep extends Div implements LocaleChangeObserver {

    private final Component firstStep;
    private final TextField number;
    private final String submitKey;
    private final Paragraph codeSent = new Paragraph();
    private final TextField code = Fields.oneTimeCode();
    private final Button submit = new Button();
    private final Button newCode = new Button();
    private final Button back = new Button();
    private final String backKey;
    private String sentTo = "";

    /**
     * @param firstStep what the page shows before the code was sent; it comes back when the code cannot be sent
     * @param number    the number field on the first step, where a problem with the number is shown
     */
    CodeStep(Component firstStep, TextField number, String submitKey, String backKey) {
        this.firstStep = firstStep;
        this.number = number;
        this.submitKey = submitKey;
        this.backKey = backKey;
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this)));
        code.addKeyPressListener(Key.ENTER, enter -> fireEvent(new SubmitEvent(this)));
        newCode.addClickListener(click -> fireEvent(new NewCodeEvent(this)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> showFirstStep());
        add(codeSent, code, Fields.actions(submit, newCode, back));
        setVisible(false);
    }

    String code() {
        return code.getValue();
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    Registration addNewCodeListener(ComponentEventListener<NewCodeEvent> listener) {
        return addListener(NewCodeEvent.class, listener);
    }

    /** Moves on to the code when it was sent; otherwise explains, next to the number, why it was not. */
    void show(CodeRequest request) {
        if (request instanceof CodeRequest.Sent sent) {
            sentTo = sent.maskedNumber();
            codeSent.setText(getTranslation("accounts.phone.code-sent", sentTo));
            Fields.showError(number, "");
            Fields.showError(code, "");
            code.clear();
            firstStep.setVisible(false);
            setVisible(true);
            code.focus();
        } else {
            showFirstStep();
            Fields.showError(number, Outcomes.describe(this, request));
            number.focus();
        }
    }

    /** The code did not sign the person in: says why, next to the code. */
    void refuse(SignInOutcome outcome) {
        refuse(Outcomes.describe(this, outcome, "accounts.error.wrong-code"));
    }

    void refuse(String message) {
        Fields.showError(code, message);
        code.focus();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        code.setLabel(getTranslation("accounts.field.code"));
        code.setHelperText(getTranslation("accounts.field.code.help"));
        submit.setText(getTranslation(submitKey));
        newCode.setText(getTranslation("accounts.phone.new-code"));
        back.setText(getTranslation(backKey));
        if (!sentTo.isEmpty()) {
            codeSent.setText(getTranslation("accounts.phone.code-sent", sentTo));
        }
    }

    private void showFirstStep() {
        setVisible(false);
        firstStep.setVisible(true);
    }

    /** The person typed the code and wants to go on. */
    static final class SubmitEvent extends ComponentEvent<CodeStep> {

        SubmitEvent(CodeStep source) {
            super(source, true);
        }
    }

    /** The person asked for another code. */
    static final class NewCodeEvent extends ComponentEvent<CodeStep> {

        NewCodeEvent(CodeStep source) {
            super(source, true);
        }
    }
}
