package org.tomoni.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Exists only in tests: a page that fails while opening, to show what a person then sees. */
@Route("test/broken")
@AnonymousAllowed
class BrokenTestView extends Div implements BeforeEnterObserver {

    static final String SECRET_DETAIL = "NullPointerException in the storage layer at line 42";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
