package org.tomoni.volunteers.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.accounts.ui.SignInSteps;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

/**
 * A volunteer fills in what they can help with and comes on duty; their coordinator finds them by skill, approves
 * a newcomer and keeps a note. Both pages pass axe, also at 200 % text on a 320 px phone.
 */
@BrowserTest
class VolunteeringIT {

    private static final String PASSWORD = "tomoni-demo-2026";

    @Test
    void aVolunteerSaysWhatTheyCanHelpWithAndComesOnDuty(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "volunteer@tomoni.example", PASSWORD);
        visitor.go(page, "/volunteering");

        button(page, "Save my profile").click();
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "Please tick at least one language and one thing you can help with.");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Japanese")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Chatting with family in a messaging app"))
                .check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Saturday"))
                .getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Morning (9–12)")).check();
        button(page, "Save my profile").click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Your profile is saved. Thank you!")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        button(page, "I can help now").click();
        VaadinPage.settle(page);
        assertThat(page.locator(".notice")).hasText("You are on duty: Tomoni may ask you to help now.");
        assertThat(button(page, "Stop for now")).isVisible();

        page.reload();
        VaadinPage.waitUntilIdle(page);
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Chatting with family in a messaging app"))).isChecked();
    }

    @Test
    void aCoordinatorFindsVolunteersBySkillApprovesANewcomerAndKeepsANote(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "coordinator@tomoni.example", PASSWORD);
        visitor.go(page, "/volunteers");
        Locator yuki = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Yuki Mori"));
        assertThat(yuki).containsText("Waiting for a check");
        Accessibility.assertNoAxeViolations(page);

        page.getByLabel("Standing").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Waiting for a check")).click();
        VaadinPage.settle(page);
        assertThat(yuki).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kenji"))).hasCount(0);
        page.getByLabel("Standing").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Everyone")).click();
        VaadinPage.settle(page);

        button(page, "Approve: Yuki Mori").click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Yuki Mori is approved and can now be asked to help.")).isVisible();
        assertThat(yuki).not().containsText("Waiting for a check");

        button(page, "Note: Yuki Mori").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Coordinators' note").fill("Met at the library on Saturday; very patient.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the note")).click();
        VaadinPage.settle(page);
        assertThat(yuki).containsText("Met at the library on Saturday; very patient.");
    }

    @Test
    void bothPagesFitANarrowPhoneAtTheLargestText(Visitor visitor) {
        Page page = visitor.onNarrowPhone().withSavedPreferences("lang:en|text:200|contrast:normal|motion:normal")
                .open("/sign-in");
        SignInSteps.withPassword(visitor, page, "volunteer@tomoni.example", PASSWORD);
        visitor.go(page, "/volunteering");
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertLargeTargets(page);
        Accessibility.assertNoAxeViolations(page);

        Page coordinator = visitor.onNarrowPhone()
                .withSavedPreferences("lang:en|text:200|contrast:normal|motion:normal").open("/sign-in");
        SignInSteps.withPassword(visitor, coordinator, "coordinator@tomoni.example", PASSWORD);
        visitor.go(coordinator, "/volunteers");
        assertThat(coordinator.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Kenji")))
                .isVisible();
        Accessibility.assertNoHorizontalScroll(coordinator);
        Accessibility.assertLargeTargets(coordinator);
        Accessibility.assertNoAxeViolations(coordinator);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
