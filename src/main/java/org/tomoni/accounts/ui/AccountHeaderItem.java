package org.tomoni.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Person;
import org.tomoni.shell.HeaderItem;

/** In every page's header: "Sign in" for a visitor; the person's name (to their account) and "Sign out" once in. */
@org.springframework.stereotype.Component
class AccountHeaderItem implements HeaderItem {

    private final CurrentPerson currentPerson;
    private final AuthenticationContext authentication;

    AccountHeaderItem(CurrentPerson currentPerson, AuthenticationContext authentication) {
        this.currentPerson = currentPerson;
        this.authentication = authentication;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new AccountMenu(currentPerson.signedIn().orElse(null), authentication);
    }

    private static final class AccountMenu extends Div implements LocaleChangeObserver {

        private final RouterLink link = new RouterLink();
        private final Span linkText = new Span();
        private final Button signOut = new Button();
        private final Person person;

        AccountMenu(Person person, AuthenticationContext authentication) {
            this.person = person;
            addClassName("account-menu");
            link.addClassName("account-link");
            link.add(VaadinIcon.USER.create(), linkText);
            if (person == null) {
                link.setRoute(SignInView.class);
                add(link);
            } else {
                link.setRoute(MyAccountView.class);
                signOut.addClickListener(click -> authentication.logout());
                add(link, signOut);
            }
        }

        @Override
        public void localeChange(LocaleChangeEvent event) {
            linkText.setText(person == null ? getTranslation("accounts.action.sign-in")
                    : getTranslation("accounts.header.account", person.name()));
            signOut.setText(getTranslation("accounts.action.sign-out"));
        }
    }
}
