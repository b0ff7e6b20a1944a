package org.tomoni.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;

/** Sign-in for volunteers and staff with e-mail and password; password managers fill it in. */
@Route("sign-in/email")
@AnonymousAllowed
class EmailSignInView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final SignIn signIn;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Button submit = new Button();
    private final RouterLink phoneInstead = new RouterLink(PhoneSignInView.class);
    private final RouterLink otherWays = new RouterLink(SignInView.class);

    EmailSignInView(SignIn signIn) {
        this.signIn = signIn;
        addClassNames("page", "sign-in-email");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setRequired(true);
        email.addClassName("wide-field");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setRequired(true);
        password.addClassName("wide-field");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        password.addKeyPressListener(Key.ENTER, enter -> submit());
        phoneInstead.addClassName("back-link");
        otherWays.addClassName("back-link");
        add(heading, lead, email, password, Fields.actions(submit), new Paragraph(phoneInstead),
                new Paragraph(otherWays));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.email.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.email.heading"));
        lead.setText(getTranslation("accounts.email.lead"));
        email.setLabel(getTranslation("accounts.field.email"));
        password.setLabel(getTranslation("accounts.field.password"));
        submit.setText(getTranslation("accounts.action.sign-in"));
        phoneInstead.setText(getTranslation("accounts.email.phone-instead"));
        otherWays.setText(getTranslation("accounts.action.other-ways"));
    }

    private void submit() {
        SignInOutcome outcome = signIn.withPassword(email.getValue(), password.getValue());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            Landing.afterSignIn(UI.getCurrent(), signedIn.person());
            return;
        }
        Fields.showError(password, Outcomes.describe(this, outcome, "accounts.error.wrong-password"));
        password.focus();
    }
}
