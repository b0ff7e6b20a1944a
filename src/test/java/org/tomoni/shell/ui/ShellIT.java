package org.tomoni.shell.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.Keyboard;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

@BrowserTest
class ShellIT {

    @Test
    void firstVisitFollowsTheBrowsersEnglish(Visitor visitor) {
        Page home = visitor.speaking("en-GB").open("/");

        assertThat(home.locator("html")).hasAttribute("lang", "en");
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome to Tomoni");
        assertThat(home).hasTitle("Tomoni - Welcome");
        Accessibility.assertNoAxeViolations(home);
        Accessibility.assertLargeTargets(home);
    }

    @Test
    void firstVisitFollowsTheBrowsersJapanese(Visitor visitor) {
        Page home = visitor.speaking("ja-JP").open("/");

        assertThat(home.locator("html")).hasAttribute("lang", "ja");
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tomoni（ともに）へようこそ");
        Accessibility.assertNoAxeViolations(home);
        Accessibility.assertLargeTargets(home);
    }

    @Test
    void switchingLanguageChangesTextAndHtmlLangAndIsRemembered(Visitor visitor) {
        Page home = visitor.open("/");

        home.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("日本語")).click();
        VaadinPage.settle(home);

        assertThat(home.locator("html")).hasAttribute("lang", "ja");
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tomoni（ともに）へようこそ");
        assertThat(home).hasTitle("Tomoni（ともに） - ようこそ");
        assertThat(home.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))).isVisible();

        home.reload();
        VaadinPage.waitUntilIdle(home);
        assertThat(home.locator("html")).hasAttribute("lang", "ja");
        assertThat(home.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("本文へ移動"))).isAttached();
    }

    @Test
    void highContrastHasNoViolationsInEitherLanguage(Visitor visitor) {
        for (String language : new String[] {"en", "ja"}) {
            Page home = visitor.withSavedPreferences("lang:" + language + "|text:100|contrast:more|motion:normal")
                    .open("/");
            assertThat(home.locator("html")).hasClass(Pattern.compile("tomoni-high-contrast"));
            Accessibility.assertNoAxeViolations(home);
        }
    }

    @Test
    void largestTextOnANarrowPhoneNeedsNoSidewaysScrolling(Visitor visitor) {
        for (String language : new String[] {"en", "ja"}) {
            Page home = visitor.onNarrowPhone()
                    .withSavedPreferences("lang:" + language + "|text:200|contrast:normal|motion:normal")
                    .open("/");
            Object rootFontSize = home.evaluate("() => getComputedStyle(document.documentElement).fontSize");
            assertThat(rootFontSize).isEqualTo("36px");
            Accessibility.assertNoHorizontalScroll(home);
            Accessibility.assertLargeTargets(home);
            Accessibility.assertNoAxeViolations(home);
        }
    }

    @Test
    void baseTextIsEighteenPixels(Visitor visitor) {
        Page home = visitor.open("/");

        Object bodySize = home.evaluate("() => getComputedStyle(document.querySelector('main p')).fontSize");
        assertThat((String) bodySize).isIn("18px", "20.25px");
    }

    @Test
    void theWholeShellWorksWithTheKeyboardAlone(Visitor visitor) {
        Page home = visitor.open("/");

        home.keyboard().press("Tab");
        assertThat(Keyboard.focusedText(home)).isEqualTo("Skip to main content");
        assertThat(home.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content")))
                .isInViewport();
        home.keyboard().press("Enter");
        assertThat(Keyboard.focusedId(home)).isEqualTo("main-content");

        Keyboard.tabTo(home, "Display settings");
        Keyboard.press(home, "Enter");
        assertThat(textSizeChoice(home)).isVisible();

        Keyboard.tabTo(home, "Standard");
        Keyboard.press(home, "ArrowDown");
        Keyboard.press(home, "ArrowDown");
        assertThat(home.locator("html")).hasClass(Pattern.compile("tomoni-text-200"));

        Keyboard.tabTo(home, "High contrast");
        Keyboard.press(home, "Space");
        assertThat(home.locator("html")).hasClass(Pattern.compile("tomoni-high-contrast"));
        Accessibility.assertNoAxeViolations(home);

        Keyboard.press(home, "Escape");
        assertThat(textSizeChoice(home)).isHidden();
        assertThat(Keyboard.focusedText(home)).contains("Display settings");

        home.reload();
        VaadinPage.waitUntilIdle(home);
        assertThat(home.locator("html")).hasClass(Pattern.compile("tomoni-text-200"));
        assertThat(home.locator("html")).hasClass(Pattern.compile("tomoni-high-contrast"));
    }

    private static Locator textSizeChoice(Page page) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Display settings"))
                .getByRole(AriaRole.RADIOGROUP, new Locator.GetByRoleOptions().setName("Text size"));
    }

    @Test
    void reducedMotionStopsAnimations(Visitor visitor) {
        Page home = visitor.withSavedPreferences("lang:en|text:100|contrast:normal|motion:reduce").open("/");

        Object duration = home.evaluate("() => getComputedStyle(document.querySelector('.path-card')).transitionDuration");
        assertThat((String) duration).isIn("1e-05s", "0.00001s", "0s");
    }

    @Test
    void unknownAddressShowsAFriendlyPageInTheVisitorsLanguage(Visitor visitor) {
        assertThat(visitor.statusOf("/no-such-page")).isEqualTo(404);

        Page english = visitor.open("/no-such-page");
        assertThat(english.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("We could not find this page");
        assertThat(english.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the home page")))
                .isVisible();
        Accessibility.assertNoAxeViolations(english);

        Page japanese = visitor.speaking("ja").open("/no-such-page");
        assertThat(japanese.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("このページは見つかりませんでした");
        Accessibility.assertNoAxeViolations(japanese);
    }

    @Test
    void aBrokenPageShowsACalmMessageAndNoTechnicalDetail(Visitor visitor) {
        Page page = visitor.open("/test/broken");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Something went wrong on our side");
        assertThat(page.locator("main")).containsText("Reference: ");
        assertThat(page.content()).doesNotContain(BrokenTestView.SECRET_DETAIL).doesNotContain("Exception");
        Accessibility.assertNoAxeViolations(page);

        Page japanese = visitor.speaking("ja").open("/test/broken");
        assertThat(japanese.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("こちら側で問題が起きました");
        Accessibility.assertNoAxeViolations(japanese);
    }
}
