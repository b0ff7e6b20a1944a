package org.tomoni.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomoni.shell.IncidentReference;

/**
 * Something broke while opening a page. The person reads that it is not their fault and gets a short reference to
 * quote when asking for help; the details go to the log under the same reference, never to the screen.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle, LocaleChangeObserver {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph referenceText = new Paragraph();
    private final RouterLink home = new RouterLink();
    private String reference = "";

    ServerErrorView() {
        addClassNames("page", "error-page");
        home.setRoute(HomeView.class);
        home.addClassName("button-link");
        add(heading, explanation, referenceText, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        reference = IncidentReference.next();
        log.error("Could not show {}, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        referenceText.setText(getTranslation("error.server.reference", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.server.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("error.server.heading"));
        explanation.setText(getTranslation("error.server.explanation"));
        referenceText.setText(getTranslation("error.server.reference", reference));
        home.setText(getTranslation("error.go-home"));
    }
}
