package org.tomoni.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tomoni.shell.IncidentReference;
import org.tomoni.shell.Preferences;

/**
 * Makes every page honour the visitor's preferences from the first byte: the bootstrap HTML gets the right
 * {@code lang} and preference classes (no flash of small or low-contrast text), and each UI starts in the visitor's
 * language. Also replaces Vaadin's developer-facing error output with a calm message.
 */
@Component
class ShellServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellServiceInitListener.class);

    private final VisitorPreferences visitorPreferences;

    ShellServiceInitListener(VisitorPreferences visitorPreferences) {
        this.visitorPreferences = visitorPreferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Preferences preferences = visitorPreferences.of(response.getVaadinRequest());
            Element html = response.getDocument().selectFirst("html");
            if (html == null) {
                return;
            }
            html.attr("lang", preferences.language().tag());
            preferences.htmlClasses().forEach(html::addClass);
            // The page itself renders the friendly "not found" view; the status tells browsers and link checkers.
            if (!hasRoute(event, response.getVaadinRequest())) {
                response.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            }
        });
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                uiEvent.getUI().setLocale(visitorPreferences.of(request).language().locale());
            }
        });
        event.getSource().addSessionInitListener(sessionEvent ->
                sessionEvent.getSession().setErrorHandler(ShellServiceInitListener::showCalmError));
    }

    private static boolean hasRoute(ServiceInitEvent event, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+|/+$", "");
        return event.getSource().getRouter().getRegistry().getNavigationTarget(path).isPresent();
    }

    /** An error in a click or a change: the person gets a plain message with a reference, never a stack trace. */
    private static void showCalmError(ErrorEvent event) {
        String reference = IncidentReference.next();
        log.error("Unexpected error, reference {}", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                // Stays until dismissed: a person who reads slowly must not lose the message.
                Notification notification = new Notification();
                notification.setPosition(Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setAssertive(true);
                Button close = new Button(ui.getTranslation("error.action.close"), click -> notification.close());
                notification.add(new Paragraph(ui.getTranslation("error.action.message", reference)), close);
                notification.open();
                close.focus();
            });
        }
    }
}
