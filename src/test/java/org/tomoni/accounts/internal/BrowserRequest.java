package org.tomoni.accounts.internal;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stands in for the browser request a Vaadin view would be answering, so the services can be called as a view
 * calls them: from one address, in one session, with whatever sign-in that session has.
 */
final class BrowserRequest {

    /** Vaadin keeps current instances by weak reference: this keeps the test's request alive until it ends. */
    private static BrowserRequest current;

    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final VaadinServletRequest vaadinRequest = new VaadinServletRequest(request, null);
    private final VaadinServletResponse vaadinResponse = new VaadinServletResponse(response, null);

    private BrowserRequest(String address) {
        request.setRemoteAddr(address);
    }

    /** A new visitor from the given address, nobody signed in. */
    static BrowserRequest from(String address) {
        end();
        BrowserRequest browser = new BrowserRequest(address);
        browser.makeCurrent();
        current = browser;
        return browser;
    }

    void makeCurrent() {
        CurrentInstance.set(VaadinRequest.class, vaadinRequest);
        CurrentInstance.set(VaadinResponse.class, vaadinResponse);
    }

    String sessionId() {
        return request.getSession(true).getId();
    }

    MockHttpServletResponse response() {
        return response;
    }

    static void end() {
        current = null;
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }
}
