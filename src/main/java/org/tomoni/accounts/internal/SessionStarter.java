package org.tomoni.accounts.internal;

import java.time.Clock;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.PersonId;

/**
 * Starts a signed-in session for a person whose code, PIN, password or pictures were right. The session gets a new
 * id first, so an id planted before sign-in (session fixation) is worth nothing afterwards.
 */
@Component
class SessionStarter {

    static final String SIGNED_IN_AT = SessionStarter.class.getName() + ".signedInAt";

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final PersistentTokenBasedRememberMeServices rememberMe;
    private final PeopleStore people;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder;
    private final RememberedDevices devices;

    SessionStarter(PersistentTokenBasedRememberMeServices rememberMe, PeopleStore people, AuditTrail audit,
                   Clock clock, SecurityContextHolderStrategy holder, RememberedDevices devices) {
        this.holder = holder;
        this.devices = devices;
        this.rememberMe = rememberMe;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * After a changed PIN, password or number: every other session and remembered tablet of the person ends, so
     * whoever had got in with the old one is out. This session carries on.
     */
    void endOtherSessions(PersonDocument person) {
        java.time.Instant now = clock.instant();
        people.set(new PersonId(person.id()), "sessionsValidFrom", now);
        devices.removeUserTokens(person.id());
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        if (vaadinRequest != null) {
            vaadinRequest.getHttpServletRequest().getSession(true).setAttribute(SIGNED_IN_AT, now);
        }
    }

    void start(PersonDocument person, String method, boolean rememberThisDevice) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        VaadinServletResponse vaadinResponse = VaadinServletResponse.getCurrent();
        if (vaadinRequest == null || vaadinResponse == null) {
            throw new IllegalStateException("A session can only start while answering a browser's request");
        }
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        HttpServletResponse response = vaadinResponse.getHttpServletResponse();
        request.getSession(true);
        request.changeSessionId();

        PersonAuthentication authentication = new PersonAuthentication(person.id(), PersonAuthentication.effectiveRoles(person));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        if (rememberThisDevice) {
            rememberMe.loginSuccess(request, response, authentication);
        }
        people.recordSignIn(new PersonId(person.id()), clock.instant());
        audit.record(person, AuditEntry.Action.SIGNED_IN, null,
                method + (rememberThisDevice ? ", device remembered" : ""));
    }
}
