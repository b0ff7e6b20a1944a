package org.tomoni.accounts.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.shell.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits per address hold whatever numbers are tried. Texts go out without the sender's rate limit here, so the
 * many codes of these tests do not hold up other tests' texts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false",
                "tomoni.messaging.send-rate-per-second=0"})
class AddressLimitsIT {

    @Autowired SignIn signIn;
    @Autowired SecurityContextHolderStrategy securityContext;
    BrowserRequest browser;

    @AfterEach
    void leave() {
        BrowserRequest.end();
        securityContext.clearContext();
    }

    @Test
    void oneAddressGetsThirtyCodesInFifteenMinutesWhateverTheNumbers() {
        browser = BrowserRequest.from("10.5.0.1");
        for (int i = 0; i < 30; i++) {
            assertThat(signIn.sendCode("080-8000-%04d".formatted(i), Language.ENGLISH))
                    .isInstanceOf(CodeRequest.Sent.class);
        }
        assertThat(signIn.sendCode("080-8000-9999", Language.ENGLISH)).isEqualTo(new CodeRequest.Throttled(15));

        browser = BrowserRequest.from("10.5.0.2");
        assertThat(signIn.sendCode("080-8000-9999", Language.ENGLISH))
                .as("another address is not held back").isInstanceOf(CodeRequest.Sent.class);
    }

    @Test
    void aHundredWrongAnswersFromOneAddressPauseEveryoneThere() {
        browser = BrowserRequest.from("10.5.1.1");
        for (int i = 0; i < 100; i++) {
            // A different person each time, so only the address limit can stop it.
            assertThat(signIn.withPassword("guess" + i + "@example.jp", "password guess"))
                    .isInstanceOf(SignInOutcome.Wrong.class);
        }
        assertThat(signIn.withPassword("coordinator@tomoni.example", DemoData.STAFF_PASSWORD))
                .isEqualTo(new SignInOutcome.Throttled(15));
    }
}
