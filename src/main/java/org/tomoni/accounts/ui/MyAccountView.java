package org.tomoni.accounts.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;

/**
 * A person's own account: their details, how they sign in, their sessions, everything Tomoni holds about them (to
 * read and to download) and the way to leave. Each part is its own small section with its own button.
 */
@Route("account")
@PermitAll
class MyAccountView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

    private final MyAccount account;
    private final AuthenticationContext authentication;
    private final H1 heading = new H1();
    private final Paragraph welcome = new Paragraph();
    private final Div sections = new Div();
    private final Paragraph leavingStatus = status();
    private String welcomeKey = "";

    MyAccountView(MyAccount account, AuthenticationContext authentication) {
        this.account = account;
        this.authentication = authentication;
        addClassNames("page", "my-account");
        welcome.addClassName("notice");
        welcome.getElement().setAttribute("role", "status");
        add(heading, welcome, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        welcomeKey = parameters.containsKey("welcome") ? "accounts.account.welcome"
                : parameters.containsKey("welcome-back") ? "accounts.account.welcome-back" : "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.account.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.account.heading"));
        welcome.setText(welcomeKey.isEmpty() ? "" : getTranslation(welcomeKey, account.me().name()));
        welcome.setVisible(!welcomeKey.isEmpty());
        render();
    }

    private void render() {
        Person me = account.me();
        sections.removeAll();
        sections.add(aboutYou(me), signingIn(me), sessions(), yourData(), leaving());
    }

    private Section aboutYou(Person me) {
        TextField name = new TextField(getTranslation("accounts.field.name"), me.name(), "");
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(80);
        name.addClassName("wide-field");
        Paragraph saved = status();
        Button save = new Button(getTranslation("accounts.account.save-name"), click -> {
            if (name.getValue().isBlank()) {
                Fields.showError(name, getTranslation("accounts.error.name-needed"));
                return;
            }
            Fields.showError(name, "");
            account.rename(name.getValue());
            saved.setText(getTranslation("accounts.account.saved"));
        });
        Div facts = new Div(
                fact("accounts.account.roles", String.join(", ", me.roles().stream()
                        .map(role -> getTranslation("accounts.role." + role.name().toLowerCase())).sorted()
                        .toList())),
                me.phone() == null ? new Div() : fact("accounts.field.phone", me.phone().formattedForOwner()),
                me.email() == null ? new Div() : fact("accounts.field.email", me.email()));
        Section section = section("accounts.account.about", facts, name, Fields.actions(save), saved);
        if (me.has(Role.VOLUNTEER) && me.vetting() == Person.Vetting.AWAITING) {
            Paragraph vetting = new Paragraph(getTranslation("accounts.account.awaiting-vetting"));
            vetting.addClassName("notice");
            section.addComponentAtIndex(1, vetting);
        }
        return section;
    }

    private Section signingIn(Person me) {
        Section section = section("accounts.account.signing-in");
        if (!me.isStudent()) {
            section.add(new H3(getTranslation("accounts.field.phone")), mobileNumber(me));
        }
        if (me.phone() != null) {
            section.add(new H3(getTranslation("accounts.field.pin")),
                    new Paragraph(getTranslation("accounts.account.pin-lead")));
            PasswordField current = Fields.pin();
            current.setLabel(getTranslation("accounts.account.current-pin"));
            current.setVisible(me.hasPin());
            PasswordField pin = newSecretField("accounts.account.new-pin");
            PasswordField repeat = newSecretField("accounts.account.repeat-pin");
            pin.getElement().executeJs("this.inputElement.inputMode = 'numeric'");
            repeat.getElement().executeJs("this.inputElement.inputMode = 'numeric'");
            Paragraph saved = status();
            Button save = new Button(getTranslation("accounts.account.save-pin"), click -> {
                MyAccount.PinChange result = account.setPin(current.getValue(), pin.getValue(), repeat.getValue());
                Fields.showError(current, "");
                Fields.showError(pin, "");
                if (result == MyAccount.PinChange.SAVED) {
                    current.clear();
                    pin.clear();
                    repeat.clear();
                    saved.setText(getTranslation("accounts.account.pin-saved"));
                } else if (result == MyAccount.PinChange.CURRENT_IS_WRONG) {
                    Fields.showError(current, getTranslation("accounts.error.pin.current_is_wrong"));
                    current.focus();
                } else {
                    Fields.showError(pin, getTranslation("accounts.error.pin." + result.name().toLowerCase()));
                    pin.focus();
                }
            });
            section.add(current, pin, repeat, Fields.actions(save), saved);
            if (me.hasPin()) {
                Button remove = new Button(getTranslation("accounts.account.remove-pin"), click -> {
                    account.removePin();
                    render();
                });
                section.add(Fields.actions(remove));
            }
        }
        if (!me.isStudent() && (me.email() != null || me.has(Role.VOLUNTEER))) {
            section.add(new H3(getTranslation("accounts.account.password-heading")));
            PasswordField current = new PasswordField(getTranslation("accounts.account.current-password"));
            current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
            current.addClassName("wide-field");
            current.setVisible(me.hasPassword());
            PasswordField password = newSecretField("accounts.account.new-password");
            password.setHelperText(getTranslation("accounts.account.password-help"));
            Paragraph saved = status();
            Button save = new Button(getTranslation("accounts.account.save-password"), click -> {
                MyAccount.PasswordChange result = account.setPassword(current.getValue(), password.getValue());
                Fields.showError(current, "");
                Fields.showError(password, "");
                switch (result) {
                    case SAVED -> {
                        current.clear();
                        password.clear();
                        saved.setText(getTranslation("accounts.account.password-saved"));
                    }
                    case CURRENT_IS_WRONG -> Fields.showError(current,
                            getTranslation("accounts.error.password.current_is_wrong"));
                    default -> Fields.showError(password,
                            getTranslation("accounts.error.password." + result.name().toLowerCase(), 10));
                }
            });
            section.add(current, password, Fields.actions(save), saved);
        }
        if (me.isStudent()) {
            section.add(new Paragraph(getTranslation("accounts.account.student-pictures")));
        }
        return section;
    }

    /** A number to receive sign-in codes on, proven by a code before it counts. */
    private Div mobileNumber(Person me) {
        TextField number = Fields.phoneNumber();
        number.setLabel(getTranslation(me.phone() == null ? "accounts.account.add-phone"
                : "accounts.account.change-phone"));
        number.setHelperText(getTranslation("accounts.field.phone.help"));
        Div firstStep = new Div(number);
        CodeStep codeStep = new CodeStep(firstStep, number, "accounts.account.save-phone",
                "accounts.phone.other-number");
        codeStep.addSubmitListener(submit -> {
            MyAccount.PhoneChange result = account.confirmPhone(number.getValue(), codeStep.code());
            if (result == MyAccount.PhoneChange.SAVED) {
                render();
            } else {
                codeStep.refuse(getTranslation("accounts.error.phone." + result.name().toLowerCase()));
            }
        });
        codeStep.addNewCodeListener(again -> codeStep.show(account.addPhone(number.getValue())));
        Button send = new Button(getTranslation("accounts.phone.send-code"),
                click -> codeStep.show(account.addPhone(number.getValue())));
        firstStep.add(Fields.actions(send));
        Div box = new Div(firstStep, codeStep);
        box.addClassName("phone-box");
        return box;
    }

    private Section sessions() {
        Button signOut = new Button(getTranslation("accounts.action.sign-out"), click -> authentication.logout());
        Button everywhere = new Button(getTranslation("accounts.account.sign-out-everywhere"), click -> {
            account.signOutEverywhere();
            authentication.logout();
        });
        return section("accounts.account.sessions",
                new Paragraph(getTranslation("accounts.account.sessions-lead")), Fields.actions(signOut, everywhere));
    }

    private Section yourData() {
        Pre json = new Pre();
        json.addClassName("data-preview");
        // It scrolls, so it must take keyboard focus for people who scroll with the arrow keys.
        json.getElement().setAttribute("tabindex", "0");
        Details show = new Details(getTranslation("accounts.account.show-data"), json);
        show.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                json.setText(account.myDataAsJson());
            }
        });
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = account.myDataAsJson().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "tomoni-my-data.json", "application/json",
                    bytes.length);
        }), getTranslation("accounts.account.download-data"));
        download.addClassName("button-link");
        return section("accounts.account.data", new Paragraph(getTranslation("accounts.account.data-lead")),
                show, new Paragraph(download));
    }

    private Section leaving() {
        Button delete = new Button(getTranslation("accounts.account.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("accounts.account.delete-confirm.heading"));
            confirm.setText(getTranslation("accounts.account.delete-confirm.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("accounts.account.delete-confirm.keep"));
            confirm.setConfirmText(getTranslation("accounts.account.delete-confirm.delete"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(confirmed -> {
                try {
                    account.deleteMyAccount();
                    getUI().ifPresent(ui -> ui.getPage().setLocation("sign-in?deleted"));
                } catch (IllegalStateException lastAdministrator) {
                    leavingStatus.setText(getTranslation("accounts.account.last-admin"));
                }
            });
            confirm.open();
        });
        return section("accounts.account.leave", new Paragraph(getTranslation("accounts.account.leave-lead")),
                Fields.actions(delete), leavingStatus);
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        H2 title = new H2(getTranslation(headingKey));
        Section section = new Section(title);
        section.addClassName("account-section");
        section.add(content);
        return section;
    }

    private Div fact(String labelKey, String value) {
        Div fact = new Div();
        fact.addClassName("fact");
        com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(
                getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        fact.add(label, new com.vaadin.flow.component.html.Span(value));
        return fact;
    }

    private PasswordField newSecretField(String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setAutocomplete(Autocomplete.NEW_PASSWORD);
        field.addClassName("wide-field");
        return field;
    }

    private static Paragraph status() {
        Paragraph status = new Paragraph();
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }
}
