package org.tomoni.accounts.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tomoni.accounts.PersonId;

/**
 * Keeps a signed-in session true to the account on every request, on whichever node serves it: a deleted account
 * or "sign out everywhere" ends the session, and a role granted or taken away applies at once rather than at the
 * next sign-in.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private final PeopleStore people;
    private final Clock clock;
    private final SecurityContextHolderStrategy holder;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    AccountStateFilter(PeopleStore people, Clock clock, SecurityContextHolderStrategy holder) {
        this.people = people;
        this.clock = clock;
        this.holder = holder;
    }

    /** Static files carry nothing of the person: no need to look the account up for each. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.startsWith("/styles/")
                || path.startsWith("/manage/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            HttpSession session = request.getSession(true);
            Instant signedInAt = (Instant) session.getAttribute(SessionStarter.SIGNED_IN_AT);
            if (signedInAt == null) {
                // Signed in by a remembered device just now.
                signedInAt = clock.instant();
                session.setAttribute(SessionStarter.SIGNED_IN_AT, signedInAt);
            }
            Optional<PersonDocument> person = people.byId(new PersonId(authentication.getName()));
            if (person.isEmpty() || signedInAt.isBefore(person.get().sessionsValidFrom())) {
                holder.clearContext();
                session.invalidate();
            } else if (!authoritiesOf(authentication).equals(authoritiesOf(person.get()))) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(new PersonAuthentication(person.get().id(), PersonAuthentication.effectiveRoles(person.get())));
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> authoritiesOf(Authentication authentication) {
        Set<String> names = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            // Only roles: Spring Security adds authorities of its own (such as how the person signed in).
            if (authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_")) {
                names.add(authority.getAuthority());
            }
        }
        return names;
    }

    private static Set<String> authoritiesOf(PersonDocument person) {
        Set<String> names = new HashSet<>();
        PersonAuthentication.effectiveRoles(person).forEach(role -> names.add(role.authority()));
        return names;
    }
}
