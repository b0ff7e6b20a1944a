package org.tomoni.help.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;
import org.tomoni.accounts.ui.SignInSteps;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.Volunteers;

/**
 * A volunteer answers on the page: Kenji, on duty and the only one in Setagaya who helps with screen time, sees
 * Hanako's request, takes it, has Tomoni connect a call (his phone rings with Hanako on the other end, neither
 * number shown) and closes it with a few words; his track record counts it. Its own application context (the
 * property below), as Kenji's profile changes here.
 */
@BrowserTest
@TestPropertySource(properties = "tomoni.help.wave-size=3")
class HelpOffersIT {

    private static final PhoneNumber KENJI = PhoneNumber.parse("090-1111-2222");
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Autowired Volunteers volunteers;
    @Autowired HelpDesk desk;
    @Autowired PhoneSimulator simulator;
    @Autowired SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aVolunteerTakesARequestCallsTheLearnerAndClosesIt(Visitor visitor) {
        signInAs("demo-volunteer");
        volunteers.saveMyProfile(new VolunteerProfile(Set.of(Language.ENGLISH, Language.JAPANESE),
                Set.of(Skill.DIGITAL_WELLBEING), 5, true, Set.of(),
                new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, QuietHours.JAPAN), 5, false));
        volunteers.setMyDuty(true);
        signInAs("demo-learner");
        HelpRequest asked = desk.ask(new HelpAsk(HelpKind.HELP, Skill.DIGITAL_WELLBEING, HelpWay.PHONE,
                HelpTime.NOW, "スマホを見る時間を減らしたい", null));
        securityContext.clearContext();

        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "volunteer@tomoni.example", "tomoni-demo-2026");
        visitor.go(page, "/help-offers");
        assertThat(page.locator("main")).containsText("スマホを見る時間を減らしたい", SOON);
        assertThat(page.locator("main")).containsText("Hanako");
        Accessibility.assertNoAxeViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, I’ll help: Hanako")).click();
        VaadinPage.settle(page);
        assertThat(page.locator("main")).containsText("You are helping Hanako");
        assertThat(page.locator("main")).not().containsText("1234-5678");
        Accessibility.assertNoAxeViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Call Hanako")).click();
        VaadinPage.settle(page);
        assertThat(page.locator("main")).containsText("Tomoni is ringing your phone now");
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> simulator.conversation(KENJI).stream()
                .anyMatch(event -> event.kind() == Channel.BRIDGE));
        assertThat(simulator.conversation(KENJI).stream().filter(event -> event.kind() == Channel.BRIDGE)
                .findFirst().orElseThrow().otherParty()).as("the learner's number stays hidden")
                .doesNotContain("1234-5678").endsWith("5678");

        page.getByLabel("What did you do? (a few words)").fill("Set a daily limit together");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done: Hanako")).click();
        VaadinPage.settle(page);
        assertThat(page.locator("main")).containsText("Thank you for helping Hanako", SOON);
        assertThat(page.locator("main")).containsText("Recently closed");
        Accessibility.assertNoAxeViolations(page);

        signInAs("demo-learner");
        HelpRequest done = desk.mine().stream().filter(request -> request.id().equals(asked.id())).findFirst()
                .orElseThrow();
        assertThat(done.status()).isEqualTo(HelpStatus.DONE);
        assertThat(done.outcome()).isEqualTo("Set a daily limit together");
        signInAs("demo-volunteer");
        assertThat(volunteers.me().record().helped()).isEqualTo(1);
    }

    private void signInAs(String person) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, List.of()));
        securityContext.setContext(context);
    }
}
