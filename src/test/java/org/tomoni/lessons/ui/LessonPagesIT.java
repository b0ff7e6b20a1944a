package org.tomoni.lessons.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

/**
 * The catalogue, "Not sure where to start?", every kind of step, the finished lesson, "My learning" and the printed
 * lesson: usable and free of WCAG 2.2 A/AA problems in English and Japanese, at 200 % text on a 320 px phone too.
 */
@BrowserTest
class LessonPagesIT {

    @Test
    void theCatalogueFiltersSearchesAndSuggestsWhereToStart(Visitor visitor) {
        Page page = visitor.onTablet().open("/lessons");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("For older adults")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("For young people")))
                .isVisible();

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Young people")).check();
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("For older adults")))
                .not().isVisible();

        page.getByLabel("Search lessons").fill("password");
        page.getByLabel("Search lessons").press("Enter");
        VaadinPage.settle(page);
        assertThat(page.locator(".lesson-card").first()).containsText("Strong passwords");
        assertThat(page.locator(".catalogue-results")).not().containsText("Kindness online");

        page.getByLabel("Search lessons").fill("submarine");
        page.getByLabel("Search lessons").press("Enter");
        VaadinPage.settle(page);
        assertThat(page.getByText("No lesson matches.", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all lessons")).click();
        VaadinPage.settle(page);
        assertThat(page.locator(".result-count")).hasText("15 lessons");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not sure where to start?")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show my lessons")).click();
        VaadinPage.settle(page);
        assertThat(dialog.getByRole(AriaRole.ALERT)).hasText(
                "Please answer all three questions, then press “Show my lessons”.");
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("I am an older adult")).check();
        VaadinPage.settle(page);
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Keeping in touch")).check();
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Never, or hardly ever")).check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show my lessons")).click();
        VaadinPage.settle(page);
        assertThat(dialog.locator(".lesson-card").first()).containsText("Your tablet");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void everyLessonPageIsAccessibleInBothLanguages(Visitor visitor) {
        for (String language : new String[] {"en", "ja"}) {
            Page page = visitor.withSavedPreferences("lang:" + language + "|text:100|contrast:normal|motion:normal")
                    .open("/lessons");
            Accessibility.assertNoAxeViolations(page);

            visitor.go(page, "/lessons/tablet-basics");
            assertThat(page.locator(".step-count")).isVisible();
            for (int step = 1; step <= 9; step++) {
                Accessibility.assertNoAxeViolations(page);
                page.locator(".step-next").click();
                VaadinPage.settle(page);
            }
            assertThat(page.locator(".lesson-finished")).isVisible();
            Accessibility.assertNoAxeViolations(page);

            visitor.go(page, "/my-learning");
            assertThat(page.locator(".lesson-card")).isVisible();
            Accessibility.assertNoAxeViolations(page);

            visitor.go(page, "/lessons/video-calls/print");
            assertThat(page.locator(".print-step").first()).isVisible();
            Accessibility.assertNoAxeViolations(page);
        }
    }

    @Test
    void largestTextOnANarrowPhoneNeedsNoSidewaysScrolling(Visitor visitor) {
        for (String language : new String[] {"en", "ja"}) {
            Page page = visitor.onNarrowPhone()
                    .withSavedPreferences("lang:" + language + "|text:200|contrast:normal|motion:normal")
                    .open("/lessons");
            assertThat(page.locator(".lesson-card").first()).isVisible();
            Accessibility.assertNoHorizontalScroll(page);
            Accessibility.assertLargeTargets(page);

            visitor.go(page, "/lessons/tablet-basics");
            for (int step = 1; step <= 9; step++) {
                assertThat(page.locator(".step-count")).isVisible();
                Accessibility.assertNoHorizontalScroll(page);
                Accessibility.assertLargeTargets(page);
                page.locator(".step-next").click();
                VaadinPage.settle(page);
            }
            Accessibility.assertNoAxeViolations(page);
        }
    }

    @Test
    void thePrintedLessonHasEveryStepWithTheAnswersAndNoPageChrome(Visitor visitor) {
        Page page = visitor.open("/lessons/tablet-basics/print");
        assertThat(page.locator(".print-step")).hasCount(9);
        assertThat(page.locator(".right-answer")).containsText("Hold the power button until the screen lights up");
        assertThat(page.getByText("Practise: type “hello” into the box “Write here”.")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator(".site-header")).not().isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))).not().isVisible();
    }
}
