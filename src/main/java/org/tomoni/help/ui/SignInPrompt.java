package org.tomoni.help.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.tomoni.messaging.PhoneNumber;

/**
 * What a visitor who is not signed in sees instead of the form: why Tomoni needs to know who they are (to find a
 * helper near them), one big way in, and the phone number for anyone who would rather not use the tablet. The
 * sign-in pages land each person on their own main page afterwards, so there is no "come back here" to keep.
 */
final class SignInPrompt extends Div {

    /** By address: help builds on accounts' API, not on its views. */
    private static final String SIGN_IN = "sign-in";
    private static final String TEL = "tel:";

    SignInPrompt(PhoneNumber tomoni) {
        addClassNames("account-section", "sign-in-prompt");
        Anchor signIn = new Anchor();
        signIn.setHref(SIGN_IN);
        // Handled by the router like the header's link: no full page load.
        signIn.getElement().setAttribute("router-link", true);
        signIn.setText(getTranslation("help.sign-in.button"));
        signIn.addClassNames("button-link", "big-action");
        Paragraph call = new Paragraph(getTranslation("help.sign-in.or-call"));
        // The number as a tel: link, so a phone rings Tomoni with one tap.
        Anchor number = new Anchor();
        number.setHref(TEL + tomoni.e164());
        number.setText(tomoni.formattedForOwner());
        number.addClassName("tomoni-number");
        add(new H2(getTranslation("help.sign-in.heading")), new Paragraph(getTranslation("help.sign-in.why")),
                signIn, call, number);
    }
}
