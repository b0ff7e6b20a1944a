package org.tomoni.accounts.internal;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address a request came from, for throttling and the audit log. Behind a proxy, Boot's
 * {@code server.forward-headers-strategy} makes this the client's rather than the proxy's.
 */
@Component
class ClientAddress {

    static final String UNKNOWN = "unknown";

    String current() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return UNKNOWN;
    }
}
