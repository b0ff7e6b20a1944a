package org.tomoni.help.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomoni.accounts.ui.SignInSteps;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.SimulatedPhoneEvent;

/**
 * Getting help as the people involved live it. Hanako (a learner who reads Japanese) is stuck on a step of "Video
 * calls", presses "I'm stuck" and asks; Aiko, a volunteer on duty nearby, gets the offer by text and answers with
 * its code; Hanako's page then says Aiko will call, and later asks whether it helped. Visitors who are not signed
 * in learn how to get help anyway, and a volunteer sees their requests and track record. Every page and state
 * passes axe, also on a 320 px phone at 200 % text.
 */
@BrowserTest
class HelpPagesIT {

    private static final String PASSWORD = "tomoni-demo-2026";
    private static final String HANAKO_PHONE = "090-1234-5678";
    private static final String HANAKO_PIN = "2580";
    private static final PhoneNumber AIKO = PhoneNumber.parse("090-5555-6666");
    private static final Pattern OFFER_CODE = Pattern.compile("(?:YES|はい) (\\d{4})");
    /** The page asks every few seconds; a text reply and the waves that follow it take a moment too. */
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Autowired
    PhoneSimulator simulator;

    @Test
    void aStuckLearnerAsksFromALessonAndSeesWhoIsHelping(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPin(visitor, page, HANAKO_PHONE, HANAKO_PIN, false);
        visitor.go(page, "/lessons/video-calls");
        button(page, "次へ").click();
        VaadinPage.settle(page);
        button(page, "次へ").click();
        VaadinPage.settle(page);
        button(page, "わからない：人にたずねる").click();
        VaadinPage.waitForPage(page, "**/help?**");
        assertThat(page).hasURL(Pattern.compile("lesson=video-calls.*step=3|step=3.*lesson=video-calls"));
        assertThat(page.locator(".notice")).containsText("ステップ 3");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("ビデオ通話")))
                .isChecked();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("これは詐欺？"))).isVisible();
        Accessibility.assertNoAxeViolations(page);

        // A picked time without a day is explained next to the picker; the other answers stay.
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("電話で")).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("日と時間をえらぶ")).check();
        VaadinPage.settle(page);
        page.getByLabel("くわしく、ご自分のことばで").fill("ビデオ通話のボタンが見つかりません");
        VaadinPage.settle(page);
        button(page, "手助けをたのむ").click();
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("赤い印の質問");
        assertThat(page.getByText("日を選んでください。")).isVisible();
        assertThat(page.getByLabel("くわしく、ご自分のことばで")).hasValue("ビデオ通話のボタンが見つかりません");
        Accessibility.assertNoAxeViolations(page);

        int aikoBefore = textsTo(AIKO).size();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("いますぐ")).check();
        VaadinPage.settle(page);
        button(page, "手助けをたのむ").click();
        VaadinPage.waitForPage(page, "**/my-help");
        Locator request = page.locator(".help-request").first();
        assertThat(request).containsText("近くの手伝う人を探しています");
        assertThat(request).containsText("ステップ 3");
        Accessibility.assertNoAxeViolations(page);

        String offer = awaitText(AIKO, aikoBefore, "はい ");
        simulator.text(AIKO, "はい " + codeIn(offer));
        assertThat(request).containsText("Aikoさんが10分以内にお電話します。", SOON);
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Aikoさん")))
                .hasCount(1);
        Accessibility.assertNoAxeViolations(page);

        simulator.text(AIKO, "完了 つながりました");
        assertThat(request).containsText("役に立ちましたか？", SOON);
        assertThat(request).containsText("つながりました");
        Accessibility.assertNoAxeViolations(page);
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("はい、役に立った")).click();
        VaadinPage.settle(page);
        assertThat(page.locator(".notice")).hasText("教えてくださって、ありがとうございます。");
        assertThat(request).containsText("「はい、役に立った」と答えました。");

        // Still stuck: a new request, linked to the first; then cancelled, after a question.
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("まだ困っている？ もう一度たのむ"))
                .click();
        VaadinPage.settle(page);
        page.getByLabel("まだできないことは何ですか？").fill("相手の顔が映りません");
        button(page, "もう一度たのむ").click();
        VaadinPage.settle(page);
        assertThat(page.locator(".notice")).hasText("もう一度、手伝う人を探しています。");
        Locator again = page.locator(".help-request").first();
        assertThat(again).containsText("相手の顔が映りません");
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("この依頼を取り消す")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("この依頼を取り消しますか？");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("はい、取り消す")).click();
        VaadinPage.settle(page);
        assertThat(page.locator(".help-request").first()).containsText("取り消しました");
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void visitorsWhoAreNotSignedInLearnHowToGetHelp(Visitor visitor) {
        Page page = visitor.open("/help");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("First, sign in")))
                .isVisible();
        assertThat(page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in")
                .setExact(true))).hasAttribute("href", "sign-in");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Is this a scam?")))
                .isVisible();
        Accessibility.assertNoAxeViolations(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Is this a scam?")).click();
        VaadinPage.waitForPage(page, "**/help/scam");
        assertThat(page.locator(".scam-advice")).containsText("Do not pay");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("First, sign in")))
                .isVisible();
        Accessibility.assertNoAxeViolations(page);

        visitor.go(page, "/my-help");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in.*"));
    }

    @Test
    void aSignedInLearnerSeesTheScamCheckForm(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPin(visitor, page, HANAKO_PHONE, HANAKO_PIN, false);
        visitor.go(page, "/help/scam");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("いますぐ手伝う人にたずねる")))
                .isVisible();
        assertThat(page.locator(".scam-advice")).containsText("お金を払わない");
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void aVolunteerSeesTheirRequestsAndWhatTheyHaveDone(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "volunteer@tomoni.example", PASSWORD);
        visitor.go(page, "/help-offers");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Asked of you")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("What you have done so far"))).isVisible();
        assertThat(page.getByText("No ratings from learners yet")).isVisible();
        Accessibility.assertNoAxeViolations(page);

        visitor.go(page, "/volunteering");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("What you have done so far"))).containsText("Time spent helping: 0 h 0 min");
    }

    @Test
    void everyHelpPageFitsANarrowPhoneAtTheLargestText(Visitor visitor) {
        String largest = "lang:en|text:200|contrast:normal|motion:normal";
        Page anonymous = visitor.onNarrowPhone().withSavedPreferences(largest).open("/help");
        fits(anonymous);
        visitor.go(anonymous, "/help/scam");
        fits(anonymous);

        Page learner = visitor.onNarrowPhone().withSavedPreferences(largest).open("/sign-in");
        SignInSteps.withPin(visitor, learner, HANAKO_PHONE, HANAKO_PIN, false);
        for (String path : List.of("/help?lesson=video-calls&step=2", "/help/scam", "/my-help")) {
            visitor.go(learner, path);
            fits(learner);
        }

        Page volunteer = visitor.onNarrowPhone().withSavedPreferences(largest).open("/sign-in");
        SignInSteps.withPassword(visitor, volunteer, "volunteer@tomoni.example", PASSWORD);
        visitor.go(volunteer, "/help-offers");
        fits(volunteer);
    }

    private static void fits(Page page) {
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertLargeTargets(page);
        Accessibility.assertNoAxeViolations(page);
    }

    private List<String> textsTo(PhoneNumber phone) {
        return simulator.conversation(phone).stream()
                .filter(event -> event.direction() == SimulatedPhoneEvent.Direction.TO_PHONE)
                .map(SimulatedPhoneEvent::text).toList();
    }

    /** The first text after the first {@code before} that contains {@code words}, as the volunteer's phone shows it. */
    private String awaitText(PhoneNumber phone, int before, String words) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> textsTo(phone).stream().skip(before).filter(text -> text.contains(words)).findFirst(),
                        Optional::isPresent).orElseThrow();
    }

    private static String codeIn(String offer) {
        Matcher matcher = OFFER_CODE.matcher(offer);
        assertThat(matcher.find()).as("a reply code in: %s", offer).isTrue();
        return matcher.group(1);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
