package org.tomoni.messaging.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Where real people have accounts but no Twilio account is set up yet, the simulator would show their sign-in codes
 * to anyone: there, only administrators may open it.
 */
@BrowserTest
@TestPropertySource(properties = "tomoni.messaging.simulator-for-everyone=false")
class SimulatorAccessIT {

    @Test
    void onlyAnAdministratorOpensThePhoneSimulator(Visitor visitor) {
        Page page = visitor.open("/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phone simulator"))).hasCount(0);
        visitor.go(page, "/phone-simulator");
        assertThat(page).hasURL(visitor.url("/sign-in"));

        visitor.go(page, "/sign-in/email");
        page.getByLabel("E-mail address").fill("admin@tomoni.example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("tomoni-demo-admin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.waitForPage(page, "**/people");
        visitor.go(page, "/phone-simulator");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Phone simulator");
        Accessibility.assertNoAxeViolations(page);
    }
}
