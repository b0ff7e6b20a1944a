package org.tomoni.help.ui;

import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Help pages follow requests as they change: while a page is open it looks again every few seconds (so a learner
 * sees "Aiko will call you" without reloading), and it shows times on the reader's own clock once the browser
 * has told it.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Calls {@code refresh} every {@code millis} from now until {@code page} is detached (left or closed). */
    static void untilDetached(Component page, UI ui, int millis, Runnable refresh) {
        ui.setPollInterval(millis);
        Registration listening = ui.addPollListener(poll -> refresh.run());
        page.addDetachListener(detach -> {
            listening.remove();
            ui.setPollInterval(-1);
            detach.unregisterListener();
        });
    }

    /** Hands over the browser's time zone when it is known and valid; until then, and otherwise, Japan's stays. */
    static void whenZoneKnown(UI ui, Consumer<ZoneId> use) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                use.accept(ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException unknownZone) {
                // keep Japan's
            }
        });
    }
}
