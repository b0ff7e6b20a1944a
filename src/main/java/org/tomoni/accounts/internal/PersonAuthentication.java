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

    /** A volunteer a coordinator has not checked yet holds the role, but not its authority: nothing opens yet. */
    static Set<Role> effectiveRoles(PersonDocument person) {
        if (person.vetting() != org.tomoni.accounts.Person.Vetting.AWAITING) {
            return person.roles();
        }
        return person.roles().stream().filter(role -> role != Role.VOLUNTEER)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
