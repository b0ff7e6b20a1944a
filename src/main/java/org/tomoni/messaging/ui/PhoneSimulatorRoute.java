package org.tomoni.messaging.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.internal.MessagingProperties;
import org.tomoni.messaging.PhoneSimulator;

/**
 * Offers the phone simulator (its page, its menu entry, its home-page card) only when it is the carrier: with
 * Twilio configured there is nothing to simulate, and nobody should find a page that does nothing.
 */
@Component
class PhoneSimulatorRoute implements VaadinServiceInitListener {

    private final PhoneSimulator simulator;
    private final boolean forEveryone;

    PhoneSimulatorRoute(PhoneSimulator simulator, MessagingProperties properties, Environment environment) {
        this.simulator = simulator;
        this.forEveryone = properties.simulatorForEveryone() != null ? properties.simulatorForEveryone()
                : !environment.containsProperty("spring.mongodb.uri");
    }

    /**
     * The simulator shows every text, sign-in codes included: anyone may use it in the demo, only administrators on
     * an installation with real people that simply has no Twilio account yet.
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (simulator.active()) {
            RouteConfiguration.forApplicationScope().setAnnotatedRoute(
                    forEveryone ? PhoneSimulatorView.class : AdministratorsPhoneSimulatorView.class);
        }
    }
}
