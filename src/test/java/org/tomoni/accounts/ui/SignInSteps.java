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
public final class SignInSteps {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private SignInSteps() {
    }

    public static void withPassword(Visitor visitor, Page page, String email, String password) {
        visitor.go(page, "/sign-in/email");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url -> !url.endsWith("/sign-in/email"));
        VaadinPage.waitUntilIdle(page);
    }

    public static void withPin(Visitor visitor, Page page, String number, String pin, boolean remember) {
        visitor.go(page, "/sign-in/phone");
        page.getByLabel("Mobile phone number").fill(number);
        if (remember) {
            page.getByLabel("Remember this tablet for 90 days").check();
        }
        page.getByLabel("PIN").fill(pin);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with my PIN")).click();
        VaadinPage.waitForPage(page, "**/account");
    }

    /** Signs in with the code the simulated phone received. */
    static void withCode(Visitor visitor, Page page, String number) {
        visitor.go(page, "/sign-in/phone");
        page.getByLabel("Mobile phone number").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(page);
        typeCodeAndPress(visitor, page, number, "Sign in");
        VaadinPage.waitForPage(page, "**/account");
    }

    /** Joins as a learner in the given area, from the sign-up page that is open. */
    static void join(Visitor visitor, Page page, String name, String area, String number) {
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Where you live").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(area)).click();
        page.getByLabel("Mobile phone number").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Text me a code")).click();
        VaadinPage.settle(page);
        typeCodeAndPress(visitor, page, number, "Join Tomoni");
        VaadinPage.waitForPage(page, "**/account?welcome");
    }

    /** On the code step: reads the code off the simulated phone, types it and presses the page's button. */
    static void typeCodeAndPress(Visitor visitor, Page page, String number, String button) {
        String masked = "•••• ••• " + number.substring(number.length() - 4);
        page.getByLabel("6-digit code from the text message").fill(codeOnSimulatedPhone(visitor, page, masked));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
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
