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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A mistyped or outdated address: say so plainly and offer the way home. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle, LocaleChangeObserver {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final RouterLink home = new RouterLink();

    NotFoundView() {
        addClassNames("page", "error-page");
        home.setRoute(HomeView.class);
        home.addClassName("button-link");
        add(heading, explanation, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("error.not-found.heading"));
        explanation.setText(getTranslation("error.not-found.explanation"));
        home.setText(getTranslation("error.go-home"));
    }
}
