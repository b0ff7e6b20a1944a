package org.tomoni.messaging.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;
import org.tomoni.messaging.KeysPressed;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundCall;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.messaging.Urgency;
import org.tomoni.messaging.VoicePrompt;
import org.tomoni.testsupport.EventsSeen;

@BrowserTest
@Import(EventsSeen.class)
class PhoneSimulatorIT {

    @Autowired Messages messages;
    @Autowired EventsSeen events;

    @Test
    void aPhoneTextsStopAndGetsTheConfirmationAndNoMoreTexts(Visitor visitor) {
        Page page = visitor.open("/phone-simulator");
        Accessibility.assertNoAxeViolations(page);

        usePhone(page, "070-1111-2222");
        textTomoni(page, "STOP");

        assertThat(conversation(page)).containsText("you will get no more texts from us", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(messages.isOptedOut(PhoneNumber.parse("070-1111-2222"))).isTrue();
        Accessibility.assertNoAxeViolations(page);
        Accessibility.assertLargeTargets(page);
    }

    @Test
    void aCallFromTomoniShowsAKeypadAndTheKeyPressedReachesTomoni(Visitor visitor) {
        PhoneNumber phone = PhoneNumber.parse("080-3333-4444");
        messages.call(new OutboundCall(phone, new VoicePrompt("Ken needs help with video calls. Press 1 to help.",
                "en-US", 1, false), Urgency.URGENT, null, "it:" + UUID.randomUUID()));

        Page page = visitor.open("/phone-simulator");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phone " + phone.masked())).click();
        VaadinPage.settle(page);
        Locator pressOne = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Press 1"));
        assertThat(pressOne).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(conversation(page)).containsText("Ken needs help with video calls.");
        Accessibility.assertNoAxeViolations(page);
        Accessibility.assertLargeTargets(page);

        pressOne.click();
        VaadinPage.settle(page);

        assertThat(conversation(page)).containsText("You pressed 1.");
        assertThat(pressOne).isHidden();
        assertThat(events.stream(KeysPressed.class).filter(keys -> keys.from().equals(phone)))
                .singleElement().satisfies(keys -> assertThat(keys.digits()).isEqualTo("1"));
    }

    @Test
    void aMistypedNumberGetsAPlainMessageAndKeepsWhatWasTyped(Visitor visitor) {
        Page page = visitor.speaking("ja-JP").open("/phone-simulator");

        Locator field = page.getByLabel("電話を追加");
        field.fill("090-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この電話を使う")).click();
        VaadinPage.settle(page);

        assertThat(page.getByText("電話番号を入力してください。例：090-1234-5678")).isVisible();
        assertThat(field).hasValue("090-12");
        Accessibility.assertNoAxeViolations(page);
    }

    @Test
    void worksOnANarrowPhoneAtTheLargestTextInJapanese(Visitor visitor) {
        Page page = visitor.onNarrowPhone()
                .withSavedPreferences("lang:ja|text:200|contrast:normal|motion:normal")
                .open("/phone-simulator");
        usePhone(page, "070-5555-6666", "電話を追加", "この電話を使う");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("電話 070-5555-6666"))).isVisible();
        Accessibility.assertNoHorizontalScroll(page);
        Accessibility.assertLargeTargets(page);
        Accessibility.assertNoAxeViolations(page);
    }

    private static void usePhone(Page page, String number) {
        usePhone(page, number, "Add a phone", "Use this phone");
    }

    private static void usePhone(Page page, String number, String label, String button) {
        page.getByLabel(label).fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        VaadinPage.settle(page);
    }

    private static void textTomoni(Page page, String text) {
        page.getByLabel("Text Tomoni").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send text")).click();
        VaadinPage.settle(page);
    }

    private static Locator conversation(Page page) {
        return page.getByRole(AriaRole.LOG);
    }
}
