package org.tomoni.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.accounts.SignUp;
import org.tomoni.shell.Language;

/**
 * Joining as a learner or a volunteer: four plain questions, then the code sent to the phone. Nothing is stored
 * until the code proves the number is theirs.
 */
@Route("sign-up")
@AnonymousAllowed
class SignUpView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final SignUp signUp;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();

    private final Div detailsStep = new Div();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final Select<Area> area = new Select<>();
    private final TextField number = Fields.phoneNumber();
    private final Button sendCode = new Button();

    private final CodeStep codeStep;
    private final RouterLink signInInstead = new RouterLink(SignInView.class);

    SignUpView(SignUp signUp) {
        this.signUp = signUp;
        addClassNames("page", "sign-up");
        lead.addClassName("lead");

        role.setItems(Role.LEARNER, Role.VOLUNTEER);
        role.setValue(Role.LEARNER);
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        role.setRequired(true);
        name.setAutocomplete(Autocomplete.NAME);
        name.setRequired(true);
        name.setMaxLength(80);
        name.addClassName("wide-field");
        area.setItems(signUp.areas());
        area.addClassName("wide-field");
        number.setRequired(true);
        sendCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendCode.addClickListener(click -> sendCode());
        number.addKeyPressListener(Key.ENTER, enter -> sendCode());
        detailsStep.add(role, name, area, number, Fields.actions(sendCode));

        codeStep = new CodeStep(detailsStep, number, "accounts.sign-up.join", "accounts.sign-up.change-details");
        codeStep.addSubmitListener(submit -> join());
        codeStep.addNewCodeListener(again -> sendCode());

        signInInstead.addClassName("back-link");
        add(heading, lead, detailsStep, codeStep, new Paragraph(signInInstead));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.sign-up.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = language();
        heading.setText(getTranslation("accounts.sign-up.heading"));
        lead.setText(getTranslation("accounts.sign-up.lead"));
        role.setLabel(getTranslation("accounts.sign-up.role"));
        role.setItemLabelGenerator(each -> getTranslation("accounts.sign-up.role." + each.name().toLowerCase()));
        name.setLabel(getTranslation("accounts.field.name"));
        name.setHelperText(getTranslation("accounts.field.name.help"));
        area.setLabel(getTranslation("accounts.field.area"));
        area.setItemLabelGenerator(each -> each.name(language));
        number.setLabel(getTranslation("accounts.field.phone"));
        number.setHelperText(getTranslation("accounts.field.phone.help"));
        sendCode.setText(getTranslation("accounts.phone.send-code"));
        signInInstead.setText(getTranslation("accounts.sign-up.have-account"));
    }

    private void sendCode() {
        boolean complete = true;
        if (name.getValue().isBlank()) {
            Fields.showError(name, getTranslation("accounts.error.name-needed"));
            complete = false;
        } else {
            Fields.showError(name, "");
        }
        if (area.getValue() == null) {
            area.setErrorMessage(getTranslation("accounts.error.area-needed"));
            area.setInvalid(true);
            complete = false;
        } else {
            area.setInvalid(false);
        }
        if (!complete) {
            (name.isInvalid() ? name : area).focus();
            return;
        }
        codeStep.show(signUp.start(name.getValue(), area.getValue().id(), number.getValue(), role.getValue(),
                language()));
    }

    private void join() {
        SignInOutcome outcome = signUp.confirm(number.getValue(), codeStep.code());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            UI.getCurrent().getPage().setLocation(signedIn.existingAccount() ? "account?welcome-back"
                    : "account?welcome");
        } else {
            codeStep.refuse(outcome);
        }
    }

    private Language language() {
        return Language.of(getLocale()).orElse(Language.ENGLISH);
    }
}
