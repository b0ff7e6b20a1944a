package org.tomoni.lessons.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.tomoni.accounts.ui.SignInSteps;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.Keyboard;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

/**
 * The lesson player as an older learner uses it: "Your tablet" (nine steps with every kind of step) from the first
 * screen to "Well done", by touch on a tablet and by keyboard alone, coming back after a reload, listening to a
 * step, and keeping their progress when they sign in.
 */
@BrowserTest
class LessonPlayerIT {

    private static final String LESSON = "/lessons/tablet-basics";
    private static final String NOT_FOUND = "We could not find this page";
    private static final List<String> WAKE_UP = List.of("Press the power button once",
            "Swipe up from the bottom of the screen", "Type your passcode", "Tap the app you want");

    @Test
    void aSeniorFinishesAWholeLessonByTouchOnATablet(Visitor visitor) {
        Page page = visitor.onTablet().open(LESSON);
        assertThat(page.getByText("Step 1 of 9")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, heading("Meet your tablet"))).isVisible();
        assertThat(button(page, "Back")).isDisabled();

        tapNext(page);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Android")).tap();
        VaadinPage.settle(page);
        assertThat(page.locator(".lesson-step")).containsText("On most Android tablets");
        assertThat(page.locator(".lesson-step")).not().containsText("On an iPad");

        tapNext(page);
        BoundingBox screen = page.locator(".tap-screen img").boundingBox();
        page.touchscreen().tap(screen.x + screen.width * 0.2, screen.y + screen.height * 0.6);
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Look at the top edge of the tablet, not at the side.");
        page.touchscreen().tap(screen.x + screen.width * 0.7, screen.y + screen.height * 0.1);
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Well done! That is the power button.");

        tapNext(page);
        tapNext(page);
        tapNext(page);
        putInOrder(page, WAKE_UP, locator -> locator.tap());
        button(page, "Check the order").tap();
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("That's right. This is how you start every time.");

        tapNext(page);
        page.getByLabel("Write here").fill("helo");
        button(page, "Check what I typed").tap();
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Tap the box, then type h, e, l, l, o.");
        page.getByLabel("Write here").fill("Hello");
        button(page, "Check what I typed").tap();
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Lovely! You have typed your first word.");

        tapNext(page);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Press a volume button")).tap();
        button(page, "Check my answer").tap();
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Not quite. The volume buttons make sounds louder or quieter.");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName("Hold the power button until the screen lights up")).tap();
        button(page, "Check my answer").tap();
        VaadinPage.settle(page);
        assertThat(feedback(page)).hasText("Right! Yes! Hold it for about three seconds.");

        tapNext(page);
        assertThat(page.getByText("Step 9 of 9")).isVisible();
        button(page, "Finish").tap();
        VaadinPage.settle(page);

        assertThat(page.getByRole(AriaRole.HEADING, heading("Well done!"))).isFocused();
        assertThat(page.locator(".learned-skills")).containsText("Turning a tablet on and off");
        assertThat(page.getByText("You answered 0 of 1 question right the first time.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, heading("A good next lesson"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My learning").setExact(true)).last().tap();
        VaadinPage.waitForPage(page, "**/my-learning");
        Locator finished = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Finished"));
        assertThat(finished).containsText("Your tablet: turning it on, buttons and the touch screen");
        assertThat(page.getByText("Your progress is kept on this device only.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
    }

    @Test
    void theWholeLessonWorksWithTheKeyboardAlone(Visitor visitor) {
        Page page = visitor.open(LESSON);
        assertThat(page.getByText("Step 1 of 9")).isVisible();
        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");
        assertThat(page.getByRole(AriaRole.HEADING, heading("The buttons on the edge")))
                .isFocused();
        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");

        Keyboard.tabTo(page, "Tap here: Find the power button");
        Keyboard.press(page, "Enter");
        assertThat(feedback(page)).hasText("Well done! That is the power button.");

        for (int step = 4; step <= 6; step++) {
            Keyboard.tabTo(page, "Next");
            Keyboard.press(page, "Enter");
        }
        putInOrder(page, WAKE_UP, locator -> {
            locator.focus();
            Keyboard.press(page, "Enter");
        });
        Keyboard.tabTo(page, "Check the order");
        Keyboard.press(page, "Enter");
        assertThat(feedback(page)).hasText("That's right. This is how you start every time.");

        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");
        Keyboard.tabTo(page, "Write here");
        page.keyboard().type("hello");
        Keyboard.press(page, "Enter");
        assertThat(feedback(page)).hasText("Lovely! You have typed your first word.");

        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");
        Keyboard.tabTo(page, "Tap the screen");
        Keyboard.press(page, "ArrowDown");
        Keyboard.tabTo(page, "Check my answer");
        Keyboard.press(page, "Enter");
        assertThat(feedback(page)).hasText("Right! Yes! Hold it for about three seconds.");

        Keyboard.tabTo(page, "Next");
        Keyboard.press(page, "Enter");
        Keyboard.tabTo(page, "Finish");
        Keyboard.press(page, "Enter");
        assertThat(page.getByRole(AriaRole.HEADING, heading("Well done!"))).isFocused();
        assertThat(page.getByText("You answered 1 of 1 question right the first time.")).isVisible();
    }

    @Test
    void leavingAndComingBackResumesAtTheSameStep(Visitor visitor) {
        Page page = visitor.onTablet().open(LESSON);
        for (int i = 0; i < 4; i++) {
            tapNext(page);
        }
        assertThat(page.getByText("Step 5 of 9")).isVisible();

        page.reload();
        VaadinPage.waitUntilIdle(page);
        assertThat(page.getByText("Step 5 of 9")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, heading("Touching the screen"))).isVisible();

        visitor.go(page, "/lessons");
        assertThat(page.locator(".lesson-card", new Page.LocatorOptions().setHasText("Your tablet")))
                .containsText("% done");
    }

    @Test
    void signingInKeepsWhatWasLearnedBeforeInTheAccount(Visitor visitor) {
        Page page = visitor.open(LESSON);
        for (int i = 0; i < 3; i++) {
            Keyboard.tabTo(page, "Next");
            Keyboard.press(page, "Enter");
        }
        assertThat(page.getByText("Step 4 of 9")).isVisible();

        SignInSteps.withPin(visitor, page, "090-1234-5678", "2580", false);
        visitor.go(page, "/my-learning");
        Locator question = page.locator("vaadin-confirm-dialog");
        assertThat(question).containsText("このタブレットで1件のレッスンが始められていました");
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("はい、わたしのアカウントに追加する"))
                .click();
        VaadinPage.settle(page);

        Locator carryOn = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("続きから"));
        assertThat(carryOn).containsText("タブレットの");
        assertThat(page.locator(".notice")).not().isVisible();
        page.waitForFunction("() => localStorage.getItem('tomoni-learning') === null");

        Page otherTablet = visitor.newTab(page, LESSON);
        assertThat(otherTablet.getByText("ステップ 4／9")).isVisible();
    }

    @Test
    void aLessonDoneOnASharedTabletIsNotAddedWhenItIsSomeoneElses(Visitor visitor) {
        Page page = visitor.open(LESSON);
        clickNext(page);
        SignInSteps.withPin(visitor, page, "090-1234-5678", "2580", false);
        visitor.go(page, "/lessons");

        page.locator("vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("いいえ、わたしのものではありません")).click();
        VaadinPage.settle(page);

        page.waitForFunction("() => localStorage.getItem('tomoni-learning') === null");
        assertThat(page.locator(".lesson-card").first()).isVisible();
    }

    @Test
    void theSuggestedNextLessonOpensAtItsOwnFirstStep(Visitor visitor) {
        Page page = visitor.open(LESSON);
        for (int step = 1; step <= 9; step++) {
            page.locator(".step-next").click();
            VaadinPage.settle(page);
        }
        Locator next = page.locator(".lesson-finished .lesson-card");
        String nextTitle = next.locator(".lesson-card-title").textContent();
        next.click();
        VaadinPage.waitUntilIdle(page);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(nextTitle);
        assertThat(page.getByText(Pattern.compile("^Step 1 of \\d+$"))).isVisible();
        assertThat(page.locator(".lesson-finished")).not().isAttached();
    }

    @Test
    void damagedBrowserStorageNeverKeepsALearnerFromTheLessons(Visitor visitor) {
        Page page = visitor.open("/");
        page.evaluate("() => localStorage.setItem('tomoni-learning', JSON.stringify({settings: {speechRate: 'fast'},"
                + " progress: {'tablet-basics': {lesson: null, currentStep: -4}, 'photos': 'nonsense'}}))");

        visitor.go(page, LESSON);
        assertThat(page.getByText("Step 1 of 9")).isVisible();
        visitor.go(page, "/my-learning");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Carry on")))
                .containsText("Your tablet");
        assertThat(page.locator(".lesson-card")).hasCount(1);
    }

    @Test
    void theReadingSpeedIsRememberedForTheNextVisit(Visitor visitor) {
        Page page = visitor.open(LESSON);
        page.getByLabel("Reading speed").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Slow")).click();
        VaadinPage.settle(page);

        page.reload();
        VaadinPage.waitUntilIdle(page);
        assertThat(page.getByText("Step 1 of 9")).isVisible();
        assertThat(page.locator(".read-aloud vaadin-select")).containsText("Slow");
    }

    @Test
    void readAloudSpeaksTheStepInTheLessonsLanguageAtTheChosenSpeedAndStops(Visitor visitor) {
        Page page = visitor.withSavedPreferences("lang:ja|text:100|contrast:normal|motion:normal").open(LESSON);
        page.evaluate(FAKE_SPEECH);
        assertThat(page.getByText("ステップ 1／9")).isVisible();

        page.getByLabel("読み上げの速さ").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("ゆっくり")).click();
        VaadinPage.settle(page);
        button(page, "読み上げる").click();
        VaadinPage.settle(page);

        @SuppressWarnings("unchecked")
        Map<String, Object> spoken = (Map<String, Object>) page.evaluate("() => window.spoken[0]");
        assertThat((String) spoken.get("lang")).isEqualTo("ja");
        assertThat(((Number) spoken.get("rate")).doubleValue()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.001));
        assertThat((String) spoken.get("text")).startsWith("タブレットってなに？")
                .contains("こわれることはありません").doesNotContain("読み上げる");
        assertThat(page.getByText("読み上げています…")).isVisible();

        button(page, "読み上げを止める").click();
        VaadinPage.settle(page);
        assertThat(((Number) page.evaluate("() => window.cancelled")).intValue()).isGreaterThan(0);
        assertThat(page.getByText("読み上げています…")).not().isVisible();
    }

    @Test
    void furiganaCanBeHiddenAndTheChoiceIsRemembered(Visitor visitor) {
        Page page = visitor.withSavedPreferences("lang:ja|text:100|contrast:normal|motion:normal").open(LESSON);
        button(page, "次へ").click();
        VaadinPage.settle(page);
        Locator reading = page.locator(".lesson-step rt").first();
        assertThat(reading).isVisible();

        page.getByText("レッスンの設定と印刷").click();
        page.getByLabel("ふりがなを表示する").uncheck();
        VaadinPage.settle(page);
        assertThat(reading).not().isVisible();

        page.reload();
        VaadinPage.waitUntilIdle(page);
        assertThat(page.getByText("ステップ 2／9")).isVisible();
        assertThat(page.locator(".lesson-step rt").first()).not().isVisible();
    }

    @Test
    void anUnknownLessonShowsTheFriendlyNotFoundPage(Visitor visitor) {
        Page page = visitor.open("/lessons/no-such-lesson");

        assertThat(page.getByRole(AriaRole.HEADING, heading(NOT_FOUND))).isVisible();
        assertThat(page.locator(".lesson-player")).not().isAttached();
    }

    /** Records what would be spoken: a test machine has no voices, and the test must not depend on one. */
    private static final String FAKE_SPEECH = """
            () => {
              window.spoken = []; window.cancelled = 0;
              Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                getVoices: () => [],
                cancel: () => { window.cancelled++; },
                speak: u => window.spoken.push({ text: u.text, lang: u.lang, rate: u.rate })
              }});
            }""";

    private static void clickNext(Page page) {
        page.locator(".step-next").click();
        VaadinPage.settle(page);
    }

    private static void tapNext(Page page) {
        button(page, "Next").tap();
        VaadinPage.settle(page);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator feedback(Page page) {
        return page.locator(".step-feedback");
    }

    private static Page.GetByRoleOptions heading(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Moves each step up until it stands in its place, pressing "Move up" the way the test's hand does. */
    private static void putInOrder(Page page, List<String> wanted, java.util.function.Consumer<Locator> press) {
        for (int place = 0; place < wanted.size(); place++) {
            for (int guard = 0; guard < wanted.size(); guard++) {
                List<String> now = page.locator(".order-text").allTextContents();
                if (now.indexOf(wanted.get(place)) == place) {
                    break;
                }
                press.accept(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Move up: " + wanted.get(place))));
                VaadinPage.settle(page);
            }
        }
        assertThat(page.locator(".order-text").allTextContents()).containsExactlyElementsOf(wanted);
    }
}
