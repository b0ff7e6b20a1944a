package org.tomoni.messaging.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.PhoneSimulator;

/**
 * The phone simulator where real people have accounts: it shows their sign-in codes, so only administrators may
 * open it. The role is named as text because messaging knows no accounts.
 */
@Route(value = "phone-simulator", registerAtStartup = false)
@Menu(order = 90, title = "nav.phone-simulator")
@RolesAllowed("ADMIN")
class AdministratorsPhoneSimulatorView extends PhoneSimulatorView {

    AdministratorsPhoneSimulatorView(PhoneSimulator simulator, Messages messages) {
        super(simulator, messages);
    }
}
