package org.tomoni.accounts.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.DemoSignIns;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without demo data (as with a real MongoDB), the first start creates an administrator whose password appears once
 * in the log and works; no demo person exists or is shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false",
                "tomoni.accounts.demo-data=false"})
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIT {

    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired DemoSignIns demoSignIns;
    @Autowired PeopleStore people;
    @Autowired FirstStart firstStart;
    @Autowired SignIn signIn;
    @Autowired SecurityContextHolderStrategy securityContext;

    @Test
    void theFirstStartPrintsAWorkingAdministratorPasswordOnceAndNoDemoPeopleExist(CapturedOutput output) {
        // The capture began before this test's application started, so it holds the whole start-up log.
        firstStart.prepare();

        Matcher printed = PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as("the password is printed").isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("and printed only once").isFalse();
        assertThat(demoSignIns.all()).isEmpty();
        assertThat(people.byId(new PersonId("demo-learner"))).isEmpty();
        assertThat(people.anyoneWith(Role.ADMIN)).isTrue();

        BrowserRequest.from("10.6.0.1");
        try {
            assertThat(signIn.withPassword(FirstStart.ADMIN_EMAIL, password)).isInstanceOf(SignInOutcome.SignedIn.class);
        } finally {
            BrowserRequest.end();
            securityContext.clearContext();
        }
    }
}
