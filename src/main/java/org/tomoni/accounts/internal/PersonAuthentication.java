package org.tomoni.accounts.internal;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tomoni.accounts.Role;

/** A person signed in through one of Tomoni's own ways; its name is the person's id. */
final class PersonAuthentication extends AbstractAuthenticationToken {

    private final String personId;

    PersonAuthentication(String personId, Set<Role> roles) {
        super(authorities(roles));
        this.personId = personId;
        setAuthenticated(true);
    }

    static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return personId;
    }

    @Override
    public String getName() {
        return personId;
    }
}
