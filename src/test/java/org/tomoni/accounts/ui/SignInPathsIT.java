package org.tomoni.accounts.ui;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.Keyboard;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Each way in, as the person who uses it: what they see, what they type, and what they are told when it is wrong. */
@BrowserTest
class SignInPathsIT {

    @Test
    void aLearnerSignsInWithTheCodeTheirPhoneReceived(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        Accessibility.assertNoAxeViolations(page);
        Accessibility.assertLargeTargets(page);
        assertThat(page.locator(".demo-people")).containsText("090-1234-5678");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("With my mobile phone")).click();
        VaadinPage.settle(page);
        assertThat(page).hasTitle("Tomoni - Sign in with your mobile phone");
        Accessibility.assertNoAxeViolations(page);
        page.getByLabel("Mobile phone number").fill("090-1234-5678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("We sent a text message to •••• ••• 5678")).isVisible();
        Accessibility.assertNoAxeViolations(page);
        String sessionBefore = sessionCookie(page.context());

        Locator code = page.getByLabel("6-digit code from the text message");
        code.fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("That code is not right.")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        code.fill(SignInSteps.codeOnSimulatedPhone(visitor, page, "•••• ••• 5678"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.waitForPage(page, "**/account");

        // The account's own preferences (Japanese) dress the page at once.
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("マイアカウント（Hanako Yamada）")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("マイアカウント");
        org.assertj.core.api.Assertions.assertThat(sessionCookie(page.context()))
                .as("a new session id after sign-in").isNotEqualTo(sessionBefore);
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void aBadNumberIsExplainedNextToTheFieldAndKeptForCorrection(Visitor visitor) {
        Page page = visitor.speaking("ja-JP").open("/sign-in/phone");

        page.getByLabel("携帯電話の番号").fill("090-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("番号を送ってもらう")).click();
        VaadinPage.settle(page);

        assertThat(page.getByText("電話番号として読み取れませんでした。")).isVisible();
        assertThat(page.getByLabel("携帯電話の番号")).hasValue("090-12");
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void withPinAndRememberThisTabletTheTabletStaysSignedInAfterTheSessionEnds(Visitor visitor) {
        Page page = visitor.onNarrowPhone().withSavedPreferences("lang:en|text:200").open("/sign-in/phone");
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertNoAxeViolations(page);

        SignInSteps.withPin(visitor, page, "090-1234-5678", "2580", true);
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertNoAxeViolations(page);

        BrowserContext context = page.context();
        List<Cookie> withoutSession = context.cookies().stream()
                .filter(cookie -> !cookie.name.equals("JSESSIONID")).toList();
        context.clearCookies();
        context.addCookies(withoutSession);
        visitor.go(page, "/account");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("マイアカウント");
    }

    @Test
    void aWrongPinSaysSoWithoutSayingWhetherTheNumberIsKnown(Visitor visitor) {
        Page page = visitor.open("/sign-in/phone");
        page.getByLabel("Mobile phone number").fill("080-5555-0101");
        page.getByLabel("PIN").fill("2580");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with my PIN")).click();
        VaadinPage.settle(page);

        assertThat(page.getByText("The number or PIN is not right. Tries left: 4.")).isVisible();
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void staffSignInWithEmailAndPasswordAndAWrongPasswordIsToldPlainly(Visitor visitor) {
        Page page = visitor.open("/sign-in/email");
        Accessibility.assertNoAxeViolations(page);
        assertThat(page.getByLabel("E-mail address")).hasAttribute("autocomplete", "username");

        page.getByLabel("E-mail address").fill("coordinator@tomoni.example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not my password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("The e-mail address or password is not right. Tries left: 4.")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        SignInSteps.withPassword(visitor, page, "coordinator@tomoni.example", "tomoni-demo-2026");
        assertThat(page).hasURL(visitor.url("/people"));
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void aStudentSignsInWithClassCodeNameAndPicturesByKeyboard(Visitor visitor) {
        Page page = visitor.open("/sign-in/class");
        Accessibility.assertNoAxeViolations(page);

        page.getByLabel("Class code").fill("nosuch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("We could not find a class with this code.")).isVisible();

        page.getByLabel("Class code").fill("sakura");
        Keyboard.press(page, "Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which one is you?")))
                .isVisible();
        Accessibility.assertNoAxeViolations(page);
        Accessibility.assertLargeTargets(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aoi").setExact(true)).click();
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText("Hello Aoi! Press your three pictures");
        Accessibility.assertNoAxeViolations(page);
        Accessibility.assertLargeTargets(page);

        for (String picture : List.of("Sun", "Cat", "Tree")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(picture).setExact(true)).focus();
            Keyboard.press(page, "Enter");
        }
        assertThat(page.getByText("3 of 3 pictures chosen")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Those pictures are not right.")).isVisible();
        assertThat(page.getByText("0 of 3 pictures chosen")).isVisible();

        for (String picture : List.of("Cat", "Sun", "Tree")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(picture).setExact(true)).focus();
            Keyboard.press(page, "Enter");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        VaadinPage.waitForPage(page, "**/account");
        assertThat(page.getByText("You sign in with your class code and your pictures.")).isVisible();
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void aNewVolunteerJoinsAndIsToldTheyWaitForACheck(Visitor visitor) {
        Page page = visitor.withSavedPreferences("lang:en|text:150|contrast:more").open("/sign-up");
        Accessibility.assertNoAxeViolations(page);

        page.getByLabel("Help others as a volunteer").check();
        page.getByLabel("Your name").fill("Hina Aoyama");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Please choose where you live.")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        page.getByLabel("Where you live").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Setagaya, Tokyo")).click();
        page.getByLabel("Mobile phone number").fill("080-2468-1357");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(page);
        SignInSteps.typeCodeAndPress(visitor, page, "080-2468-1357", "Join Tomoni");
        VaadinPage.waitForPage(page, "**/account?welcome");

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Welcome to Tomoni, Hina Aoyama!");
        assertThat(page.getByText("A coordinator will check your details")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        // What this device had chosen before now belongs to the account: a browser without it shows it too.
        Page elsewhere = visitor.withSavedPreferences(null).open("/sign-in/phone");
        assertThat(elsewhere.locator("html")).not().hasClass(Pattern.compile(".*tomoni-text-150.*"));
        SignInSteps.withCode(visitor, elsewhere, "080-2468-1357");
        assertThat(elsewhere.locator("html")).hasClass(Pattern.compile(".*tomoni-text-150.*tomoni-high-contrast.*"));

        // The coordinator of the area finds the new volunteer waiting, and approves them.
        Page coordinator = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, coordinator, "coordinator@tomoni.example", "tomoni-demo-2026");
        Locator row = coordinator.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(
                Pattern.compile("Hina Aoyama")));
        assertThat(row).containsText("Waiting for a check");
        Accessibility.assertNoAxeViolations(coordinator);
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Approve Hina Aoyama as a volunteer")).click();
        VaadinPage.settle(coordinator);
        assertThat(coordinator.getByText("Hina Aoyama is approved and can now receive requests for help."))
                .isVisible();
        assertThat(row).containsText("Approved");
        assertThat(coordinator.getByText("Ren Ishikawa")).hasCount(0);
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value).findFirst().orElse("");
    }
}
