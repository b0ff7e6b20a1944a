package org.tomoni.accounts.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every protected view refuses the wrong person: a visitor is sent to sign in, a signed-in person without the role
 * sees the calm "not found" page and none of the data, and the navigation only offers what the person may open.
 */
@BrowserTest
class ProtectedViewsIT {

    @Test
    void aVisitorIsAskedToSignInForEveryProtectedView(Visitor visitor) {
        Page page = visitor.open("/");
        for (String path : new String[] {"/account", "/people", "/classes", "/audit"}) {
            visitor.go(page, path);
            assertThat(page).hasURL(visitor.url("/sign-in"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
        }
    }

    @Test
    void aLearnerCannotOpenStaffViewsAndIsNotOfferedThem(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPin(visitor, page, "090-1234-5678", "2580", false);
        // Hanako reads Japanese: home, the lessons, her learning, getting help and her help requests, and the demo's
        // phone simulator; nothing for staff.
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK))
                .hasText(new String[] {"ホーム", "レッスン", "わたしの学習", "手助けをたのむ", "わたしの依頼", "電話シミュレーター"});

        for (String path : new String[] {"/people", "/classes", "/audit"}) {
            visitor.go(page, path);
            assertRefused(page);
        }
    }

    @Test
    void aCoordinatorCannotOpenTheAuditLogOrATeachersClasses(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "coordinator@tomoni.example", "tomoni-demo-2026");
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("People"))).isVisible();

        visitor.go(page, "/audit");
        assertRefused(page);
        visitor.go(page, "/classes");
        assertRefused(page);
    }

    @Test
    void aTeacherCannotOpenPeopleOrTheAuditLog(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "teacher@tomoni.example", "tomoni-demo-2026");
        assertThat(page).hasURL(visitor.url("/classes"));

        visitor.go(page, "/people");
        assertRefused(page);
        visitor.go(page, "/audit");
        assertRefused(page);
    }

    @Test
    void anAdministratorReadsTheAuditLogOfSignInsAndRefusals(Visitor visitor) {
        Page page = visitor.open("/sign-in/email");
        page.getByLabel("E-mail address").fill("admin@tomoni.example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong password here");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.settle(page);
        SignInSteps.withPassword(visitor, page, "admin@tomoni.example", "tomoni-demo-admin");
        visitor.go(page, "/audit");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Audit log");
        assertThat(page.locator("table")).containsText("Sign-in refused");
        assertThat(page.locator("table")).containsText("Administrator");
        Accessibility.assertNoAxeViolations(page);

        page.getByLabel("Show").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Signed in")).click();
        VaadinPage.settle(page);
        assertThat(page.locator("table")).not().containsText("Sign-in refused");
    }

    @Test
    void staffPagesFitASmallPhoneAtTheLargestText(Visitor visitor) {
        Page page = visitor.onNarrowPhone().withSavedPreferences("lang:en|text:200").open("/sign-in");
        SignInSteps.withPassword(visitor, page, "admin@tomoni.example", "tomoni-demo-admin");
        for (String path : new String[] {"/people", "/audit", "/account"}) {
            visitor.go(page, path);
            Accessibility.assertNoHorizontalScroll(page);
            Accessibility.assertNoAxeViolations(page);
        }
    }

    private static void assertRefused(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .not().hasText(java.util.regex.Pattern.compile("People|My classes|Audit log"));
        assertThat(page.locator("table")).hasCount(0);
    }
}
