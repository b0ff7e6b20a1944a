package org.tomoni.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.DemoSignIns;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;

/**
 * Makes sure Tomoni can be administered from its very first start: with no administrator yet, one is created and
 * its password printed once in the log. With demo data on, the demo people are created too (and the administrator
 * gets the demo password the README shows).
 */
@Component
class FirstStart implements ApplicationRunner, DemoSignIns {

    static final String ADMIN_ID = "admin";
    static final String ADMIN_EMAIL = "admin@tomoni.example";

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final PeopleStore people;
    private final DemoData demoData;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final boolean demo;

    FirstStart(PeopleStore people, DemoData demoData, PasswordEncoder encoder, Clock clock,
               AccountsProperties properties, Environment environment) {
        this.people = people;
        this.demoData = demoData;
        this.encoder = encoder;
        this.clock = clock;
        this.demo = properties.demoData() != null ? properties.demoData()
                : !environment.containsProperty("spring.mongodb.uri");
    }

    private volatile boolean prepared;

    @Override
    public void run(ApplicationArguments args) {
        prepare();
    }

    /**
     * A database that is not reachable yet (a replica set still electing) must not stop Tomoni from starting: the
     * preparation is tried again every half minute until it has been done once.
     */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void prepare() {
        if (prepared) {
            return;
        }
        try {
            if (demo) {
                demoData.seed();
            }
            if (!people.anyoneWith(Role.ADMIN)) {
                createAdministrator();
            }
            prepared = true;
        } catch (DataAccessException unreachable) {
            log.warn("Could not prepare the accounts yet ({}); trying again in 30 seconds",
                    unreachable.getMessage());
        }
    }

    @Override
    public List<DemoSignIn> all() {
        return demo ? demoData.signIns() : List.of();
    }

    private void createAdministrator() {
        String password = randomPassword();
        var now = clock.instant();
        PersonDocument admin = new PersonDocument(ADMIN_ID, "Administrator", Set.of(Role.ADMIN), null, null, null,
                ADMIN_EMAIL, null, Person.Vetting.NOT_NEEDED, encoder.encode(password), null, null,
                null, now, now, null, 0);
        if (people.insert(admin).isEmpty() && people.byId(new PersonId(ADMIN_ID)).isPresent()) {
            // Printed once: the password is stored only as a hash. Change it after the first sign-in.
            log.warn("""

                    ================================================================
                     First start: Tomoni created an administrator.
                       e-mail:   {}
                       password: {}
                     Sign in at /sign-in/email and change this password on "My account".
                    ================================================================""", ADMIN_EMAIL, password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
