package org.tomoni.messaging.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.PhoneSimulator;

/**
 * Offers the phone simulator (its page, its menu entry, its home-page card) only when it is the carrier: with
 * Twilio configured there is nothing to simulate, and nobody should find a page that does nothing.
 */
@Component
class PhoneSimulatorRoute implements VaadinServiceInitListener {

    private final PhoneSimulator simulator;

    PhoneSimulatorRoute(PhoneSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (simulator.active()) {
            RouteConfiguration.forApplicationScope().setAnnotatedRoute(PhoneSimulatorView.class);
        }
    }
}
