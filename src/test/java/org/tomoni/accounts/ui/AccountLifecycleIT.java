package org.tomoni.accounts.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An account from invitation to deletion: joining as a teacher, a class, sessions ended everywhere, data, leaving. */
@BrowserTest
class AccountLifecycleIT {

    @Test
    void anInvitedTeacherJoinsCreatesAClassAndResetsAStudentsPictures(Visitor visitor) throws Exception {
        Page admin = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, admin, "admin@tomoni.example", "tomoni-demo-admin");
        admin.getByLabel("Name of the person").fill("Mika Ono");
        admin.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Teacher")).click();
        admin.getByLabel("Organisation").click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Sakura Elementary School")).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link")).click();
        VaadinPage.settle(admin);
        String link = admin.getByLabel("Invitation link").inputValue();
        assertThat(link).contains("/invitation/");
        Accessibility.assertNoAxeViolations(admin);

        Page teacher = visitor.open(link.substring(link.indexOf("/invitation/")));
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Mika Ono");
        Accessibility.assertNoAxeViolations(teacher);
        teacher.getByLabel("E-mail address").fill("mika@example.jp");
        teacher.getByLabel("New password").fill("short");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        VaadinPage.settle(teacher);
        assertThat(teacher.getByText("Please use at least 10 characters.")).isVisible();
        teacher.getByLabel("New password").fill("chalk and blackboards");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        VaadinPage.waitForPage(teacher, "**/classes");
        assertThat(teacher.getByText("You have no classes yet.")).isVisible();

        teacher.getByLabel("Name of a new class").fill("Class 6-1");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create class")).click();
        VaadinPage.settle(teacher);
        teacher.getByLabel("Name of a new student").fill("Riku");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add student")).click();
        VaadinPage.settle(teacher);
        assertThat(teacher.getByText("Riku is added to the class.")).isVisible();
        assertThat(teacher.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("Riku")))).containsText("Not chosen yet");
        Accessibility.assertNoAxeViolations(teacher);

        // A teacher may add a mobile number, proven by its code, to sign in with codes too.
        visitor.go(teacher, "/account");
        teacher.getByLabel("Add a mobile number, to sign in with a code by text").fill("070-3131-4242");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(teacher);
        Accessibility.assertNoAxeViolations(teacher);
        SignInSteps.typeCodeAndPress(visitor, teacher, "070-3131-4242", "Save my number");
        VaadinPage.settle(teacher);
        assertThat(teacher.locator(".fact")).containsText(new String[] {"Teacher", "070-3131-4242",
                "mika@example.jp"});

        visitor.go(admin, "/invitation/" + link.substring(link.lastIndexOf('/') + 1));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("This invitation cannot be used");
    }

    @Test
    void signingOutEverywhereEndsTheSessionInTheOtherBrowserToo(Visitor visitor) {
        Page tablet = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, tablet, "volunteer@tomoni.example", "tomoni-demo-2026");
        Page laptop = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, laptop, "volunteer@tomoni.example", "tomoni-demo-2026");

        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
        VaadinPage.waitForPage(laptop, "**/");

        visitor.go(tablet, "/account");
        assertThat(tablet).hasURL(visitor.url("/sign-in"));
    }

    @Test
    void aLearnerReadsDownloadsAndThenDeletesTheirData(Visitor visitor) throws Exception {
        Page page = visitor.open("/sign-up");
        SignInSteps.join(visitor, page, "Taro Suzuki", "Kanazawa, Ishikawa", "080-1357-2468");

        page.getByText("Show my data").click();
        VaadinPage.settle(page);
        assertThat(page.locator(".data-preview")).containsText("\"name\" : \"Taro Suzuki\"");
        assertThat(page.locator(".data-preview")).containsText("+818013572468");
        Accessibility.assertNoAxeViolations(page);

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data (JSON file)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("tomoni-my-data.json");
        assertThat(Files.readString(download.path())).contains("Taro Suzuki", "kanazawa");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
        assertThat(page.getByText("Delete your account?")).isVisible();
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);
        page.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete my account")).click();
        VaadinPage.waitForPage(page, "**/sign-in?deleted");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

        visitor.go(page, "/account");
        assertThat(page).hasURL(visitor.url("/sign-in"));
    }
}
