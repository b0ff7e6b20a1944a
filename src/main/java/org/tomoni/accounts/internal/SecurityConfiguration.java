package org.tomoni.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.ui.SignInView;

/**
 * Spring Security the Vaadin way. Every view states who may open it and Vaadin's navigation access control enforces
 * it; Twilio's webhooks are open to the network (Twilio signs its requests, and carries no session or CSRF token);
 * the operations endpoints other than the health probe are for administrators.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final Duration REMEMBER_DEVICE_FOR = Duration.ofDays(90);
    private static final String ARGON2 = "argon2";
    private static final String NO_PASSWORD = "none";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PersistentTokenBasedRememberMeServices rememberMe,
                                            PeopleStore people, SignOutAudit signOutAudit, Clock clock,
                                            SecurityContextHolderStrategy securityContext) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/twilio/**", "/manage/health", "/manage/health/**", "/images/**", "/styles/**",
                        "/error")
                .permitAll()
                .requestMatchers("/manage/**").hasRole("ADMIN"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/twilio/**"));
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
        http.addFilterAfter(new AccountStateFilter(people, clock, securityContext), RememberMeAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(SignInView.class, "/")
                // Views guard themselves with their annotations; any other address gets the friendly "not found"
                // page with a 404 rather than a detour to the sign-in page.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)
                .addLogoutHandler(signOutAudit)
                .addLogoutHandler(rememberMe));
        return http.build();
    }

    /** Argon2 for new hashes; the prefix in each stored hash lets a later, stronger setting take over gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), NO_PASSWORD, new NoPassword()));
    }

    /**
     * Used only to rebuild a remembered tablet's sign-in. Its people have no password, so the form login Spring
     * keeps behind the sign-in view can never succeed: people sign in through Tomoni's own, throttled ways.
     */
    @Bean
    UserDetailsService rememberedPeople(PeopleStore people) {
        return personId -> people.byId(new PersonId(personId))
                .map(person -> User.withUsername(person.id())
                        .password("{" + NO_PASSWORD + "}")
                        .authorities(PersonAuthentication.authorities(PersonAuthentication.effectiveRoles(person)))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(UserDetailsService rememberedPeople,
                                                              RememberedDevices devices) {
        // The key only ties the filter to its provider inside this process; the tokens themselves are in MongoDB.
        var services = new PersistentTokenBasedRememberMeServices(UUID.randomUUID().toString(), rememberedPeople,
                devices);
        services.setTokenValiditySeconds((int) REMEMBER_DEVICE_FOR.toSeconds());
        services.setCookieName("tomoni-device");
        // Tomoni's views ask "remember this tablet?" themselves and call loginSuccess only when the answer is yes.
        services.setAlwaysRemember(true);
        return services;
    }

    /** Matches nothing, at once: the password of a person as the remembered-tablet lookup describes them. */
    private static final class NoPassword implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("Nobody gets this password");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
