package org.tomoni.help.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.ui.SignInSteps;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.Keyboard;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;

/**
 * Keiko Sato coordinates Setagaya, where the demo learner Hanako lives: she sees Hanako's request arrive while the
 * page is open (told politely, her focus left alone), opens it, reads what happened and why each volunteer was or
 * was not asked, and cancels it. Ren Ishikawa coordinates Kanazawa and never sees it. Queue and request pass axe,
 * also at 200 % text on a 320 px phone.
 */
@BrowserTest
class HelpQueueIT {

    private static final String PASSWORD = "tomoni-demo-2026";
    /** The queue checks every 5 s; a new request shows within two checks. */
    private static final LocatorAssertions.IsVisibleOptions AFTER_A_POLL =
            new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);

    @Autowired HelpDesk desk;
    @Autowired SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aCoordinatorSeesARequestArriveOpensItAndCancelsIt(Visitor visitor) {
        // Tom Baker is Setagaya's one volunteer for clinic bookings: the first wave asks him.
        HelpRequest clinicRequest = askAsHanako(Skill.CLINIC_BOOKING, "I cannot find the button to book.");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !asHanako(() -> desk.mine()).stream()
                .filter(mine -> mine.id().equals(clinicRequest.id())).findFirst().orElseThrow().offers().isEmpty());
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "coordinator@tomoni.example", PASSWORD);
        visitor.go(page, "/help-queue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Help queue").setLevel(1)))
                .isVisible();
        assertThat(page.locator(".queue-counts")).containsText("Waiting for a helper");
        Locator clinic = requestRow(page, "Booking a clinic appointment online");
        assertThat(clinic).containsText("Finding a helper");
        Accessibility.assertNoAxeViolations(page);

        // A keyboard user sits on the first request's button while another arrives: it is told, focus stays.
        clinic.getByRole(AriaRole.BUTTON).focus();
        askAsHanako(Skill.PHOTOS, "How do I send a photo to my son?");
        assertThat(requestRow(page, "Taking photos and sending them")).isVisible(AFTER_A_POLL);
        assertThat(page.locator(".queue-news")).containsText("New request from Hanako: Taking photos and sending them.");
        assertThat(Keyboard.focusedText(page)).startsWith("Open: Hanako");
        assertThat(page.evaluate("() => document.activeElement.closest('tr').innerText")).asString()
                .contains("Booking a clinic appointment online");

        clinic.getByRole(AriaRole.BUTTON).click();
        VaadinPage.settle(page);
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Hanako's request"));
        // The dialog element itself has no box of its own (its overlay has): its heading is what a person sees.
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Hanako's request")))
                .isVisible();
        assertThat(dialog.locator(".request-facts")).containsText("I cannot find the button to book.");
        assertThat(dialog.locator(".request-timeline")).containsText("Asked for help");
        assertThat(dialog.locator(".request-timeline")).containsText("Offer sent · wave 1, 1 volunteer asked");
        assertThat(dialog.locator(".offers").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Tom"))).containsText("Wave 1");
        assertThat(dialog.locator(".why-volunteers").getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Tom Baker"))).containsText("No: Already asked about this request");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);

        // Asking Tom again by hand is refused by the queue: said in plain words, never as an error page.
        dialog.getByLabel("Volunteer").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Tom Baker")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send them an offer")).click();
        VaadinPage.settle(page);
        assertThat(dialog.getByRole(AriaRole.ALERT)).hasText("No offer was sent: Tom Baker has been asked already, "
                + "or someone is helping already. Here is the request as it is now.");
        assertThat(dialog.locator(".request-facts")).containsText("Finding a helper");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel the request")).click();
        VaadinPage.settle(page);
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("Cancel Hanako's request?");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, cancel the request")).click();
        VaadinPage.settle(page);
        assertThat(dialog.getByText("Hanako's request is cancelled.")).isVisible();
        assertThat(dialog.locator(".request-facts")).containsText("Cancelled");
        assertThat(dialog.locator(".request-timeline")).containsText("Cancelled");
        assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel the request")))
                .hasCount(0);

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        VaadinPage.settle(page);
        assertThat(clinic).containsText("Cancelled");
    }

    @Test
    void anotherAreasCoordinatorDoesNotSeeTheRequest(Visitor visitor) {
        askAsHanako(Skill.MAPS, "The map app shows the wrong place.");
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "kanazawa@tomoni.example", PASSWORD);
        visitor.go(page, "/help-queue");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Help queue").setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hanako")))
                .hasCount(0);
        assertThat(page.locator("main")).not().containsText("Hanako");
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void queueAndRequestFitANarrowPhoneAtTheLargestText(Visitor visitor) {
        askAsHanako(Skill.VIDEO_CALLS, "My grandson's video call does not ring.");
        Page page = visitor.onNarrowPhone().withSavedPreferences("lang:en|text:200|contrast:normal|motion:normal")
                .open("/sign-in");
        SignInSteps.withPassword(visitor, page, "coordinator@tomoni.example", PASSWORD);
        visitor.go(page, "/help-queue");
        Locator row = requestRow(page, "Making and answering video calls");
        assertThat(row).isVisible();
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertLargeTargets(page);
        Accessibility.assertNoAxeViolations(page);

        row.getByRole(AriaRole.BUTTON).click();
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Why this volunteer");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertLargeTargets(page);
        Accessibility.assertNoAxeViolations(page);
    }

    /** Hanako's newest request on the topic (newest first; other tests in the same app ask too). */
    private static Locator requestRow(Page page, String topic) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hanako"))
                .filter(new Locator.FilterOptions().setHasText(topic)).first();
    }

    /** Hanako asks as she would from her tablet: signed in as herself, through the learners' help desk. */
    private HelpRequest askAsHanako(Skill topic, String details) {
        return asHanako(() -> desk.ask(new HelpAsk(HelpKind.HELP, topic, HelpWay.PHONE, HelpTime.NOW, details,
                null)));
    }

    private <T> T asHanako(Supplier<T> action) {
        SecurityContext context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-learner", null, List.of()));
        securityContext.setContext(context);
        try {
            return action.get();
        } finally {
            securityContext.clearContext();
        }
    }
}
