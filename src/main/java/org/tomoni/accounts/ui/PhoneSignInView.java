package org.tomoni.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.shell.Language;

/**
 * Sign-in with a mobile number: a code by SMS (nothing to remember), or a PIN the person chose. One question per
 * screen; the number stays filled in when the person goes back.
 */
@Route("sign-in/phone")
@AnonymousAllowed
class PhoneSignInView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final SignIn signIn;

    private final H1 heading = new H1();
    private final Div numberStep = new Div();
    private final Paragraph numberLead = new Paragraph();
    private final TextField number = Fields.phoneNumber();
    private final Checkbox remember = new Checkbox();
    private final Button sendCode = new Button();
    private final H2 pinHeading = new H2();
    private final PasswordField pin = Fields.pin();
    private final Button signInWithPin = new Button();

    private final CodeStep codeStep;
    private final RouterLink otherWays = new RouterLink();

    PhoneSignInView(SignIn signIn) {
        this.signIn = signIn;
        addClassNames("page", "sign-in-phone");

        number.setRequired(true);
        sendCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendCode.addClickListener(click -> sendCode());
        number.addKeyPressListener(Key.ENTER, enter -> sendCode());
        signInWithPin.addClickListener(click -> signInWithPin());
        pin.addKeyPressListener(Key.ENTER, enter -> signInWithPin());
        Div pinBox = new Div(pinHeading, pin, signInWithPin);
        pinBox.addClassName("secondary-way");
        numberStep.add(numberLead, number, remember, Fields.actions(sendCode), pinBox);

        codeStep = new CodeStep(numberStep, number, "accounts.action.sign-in", "accounts.phone.other-number");
        codeStep.addSubmitListener(submit -> signInWithCode());
        codeStep.addNewCodeListener(again -> sendCode());

        otherWays.setRoute(SignInView.class);
        otherWays.addClassName("back-link");
        add(heading, numberStep, codeStep, otherWays);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.phone.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.phone.heading"));
        numberLead.setText(getTranslation("accounts.phone.lead"));
        number.setLabel(getTranslation("accounts.field.phone"));
        number.setHelperText(getTranslation("accounts.field.phone.help"));
        remember.setLabel(getTranslation("accounts.phone.remember"));
        sendCode.setText(getTranslation("accounts.phone.send-code"));
        pinHeading.setText(getTranslation("accounts.phone.pin-heading"));
        pin.setLabel(getTranslation("accounts.field.pin"));
        signInWithPin.setText(getTranslation("accounts.phone.sign-in-with-pin"));
        otherWays.setText(getTranslation("accounts.action.other-ways"));
    }

    private void sendCode() {
        Language language = Language.of(getLocale()).orElse(Language.ENGLISH);
        codeStep.show(signIn.sendCode(number.getValue(), language));
    }

    private void signInWithCode() {
        SignInOutcome outcome = signIn.withCode(number.getValue(), codeStep.code(), remember.getValue());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            Landing.afterSignIn(UI.getCurrent(), signedIn.person());
        } else {
            codeStep.refuse(outcome);
        }
    }

    private void signInWithPin() {
        SignInOutcome outcome = signIn.withPin(number.getValue(), pin.getValue(), remember.getValue());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            Landing.afterSignIn(UI.getCurrent(), signedIn.person());
        } else if (outcome instanceof SignInOutcome.InvalidNumber) {
            Fields.showError(number, Outcomes.describe(this, outcome, ""));
            number.focus();
        } else {
            Fields.showError(pin, Outcomes.describe(this, outcome, "accounts.error.wrong-pin"));
            pin.focus();
        }
    }

}
