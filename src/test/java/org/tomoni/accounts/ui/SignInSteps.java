package org.tomoni.accounts.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a person does on the sign-in pages, in English, for tests that need someone signed in. */
final class SignInSteps {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private SignInSteps() {
    }

    static void withPassword(Visitor visitor, Page page, String email, String password) {
        visitor.go(page, "/sign-in/email");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.endsWith("/sign-in/email"));
        VaadinPage.waitUntilIdle(page);
    }

    static void withPin(Visitor visitor, Page page, String number, String pin, boolean remember) {
        visitor.go(page, "/sign-in/phone");
        page.getByLabel("Mobile phone number").fill(number);
        if (remember) {
            page.getByLabel("Remember this tablet for 90 days").check();
        }
        page.getByLabel("PIN").fill(pin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with my PIN")).click();
        VaadinPage.waitForPage(page, "**/account");
    }

    static void withPictures(Visitor visitor, Page page, String classCode, String name, List<String> pictures) {
        visitor.go(page, "/sign-in/class");
        page.getByLabel("Class code").fill(classCode);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        VaadinPage.settle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        VaadinPage.settle(page);
        for (String picture : pictures) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(picture).setExact(true)).click();
            VaadinPage.settle(page);
        }
    }

    /** Reads the newest code the phone simulator shows for the number, as a person looking at their phone would. */
    static String codeOnSimulatedPhone(Visitor visitor, Page page, String maskedNumber) {
        Page phone = visitor.newTab(page, "/phone-simulator");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phone " + maskedNumber)).click();
        VaadinPage.settle(phone);
        assertThat(phone.locator(".conversation")).containsText("Tomoni");
        Matcher codes = CODE.matcher(phone.locator(".conversation").innerText());
        String code = null;
        while (codes.find()) {
            code = codes.group(1);
        }
        phone.close();
        if (code == null) {
            throw new AssertionError("No code on the simulated phone " + maskedNumber);
        }
        return code;
    }
}
