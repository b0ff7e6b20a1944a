package org.tomoni.accounts.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.Invitation;
import org.tomoni.accounts.Invitations;

/** Where an invitation link leads: the invited coordinator or teacher creates their account in one step. */
@Route("invitation/:token")
@AnonymousAllowed
class InvitationView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

    private final Invitations invitations;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Div form = new Div();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Button accept = new Button();
    private String token = "";
    private @Nullable Invitation invitation;

    InvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassNames("page", "invitation");
        lead.addClassName("lead");
        name.setAutocomplete(Autocomplete.NAME);
        name.addClassName("wide-field");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.addClassName("wide-field");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.addClassName("wide-field");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> accept());
        form.add(name, email, password, Fields.actions(accept));
        add(heading, lead, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<Invitation> open = invitations.open(token);
        invitation = open.orElse(null);
        open.ifPresent(found -> name.setValue(found.inviteeName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.invitation.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Invitation current = invitation;
        form.setVisible(current != null);
        if (current == null) {
            heading.setText(getTranslation("accounts.invitation.closed.heading"));
            lead.setText(getTranslation("accounts.invitation.closed.lead"));
            return;
        }
        heading.setText(getTranslation("accounts.invitation.heading", current.inviteeName()));
        lead.setText(getTranslation("accounts.invitation.lead",
                getTranslation("accounts.role." + current.role().name().toLowerCase())));
        name.setLabel(getTranslation("accounts.field.name"));
        email.setLabel(getTranslation("accounts.field.email"));
        password.setLabel(getTranslation("accounts.account.new-password"));
        password.setHelperText(getTranslation("accounts.account.password-help"));
        accept.setText(getTranslation("accounts.invitation.accept"));
    }

    private void accept() {
        Fields.showError(email, "");
        Fields.showError(password, "");
        switch (invitations.accept(token, name.getValue(), email.getValue(), password.getValue())) {
            case Invitations.Acceptance.Accepted accepted -> Landing.afterSignIn(UI.getCurrent(), accepted.person());
            case Invitations.Acceptance.NoLongerOpen closed -> {
                invitation = null;
                render();
            }
            case Invitations.Acceptance.EmailTaken taken -> Fields.showError(email,
                    getTranslation("accounts.error.email-taken"));
            case Invitations.Acceptance.InvalidEmail invalid -> Fields.showError(email,
                    getTranslation("accounts.error.invalid-email"));
            case Invitations.Acceptance.WeakPassword weak -> Fields.showError(password,
                    getTranslation("accounts.error.password." + weak.reason().name().toLowerCase(), 10));
        }
    }
}
