package org.tomoni.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tomoni.browser.Accessibility;
import org.tomoni.browser.BrowserTest;
import org.tomoni.browser.VaadinPage;
import org.tomoni.browser.Visitor;

/**
 * Areas and their centres, from which volunteers' distances are measured: the administrator adds one, a
 * coordinator may change only their own, and bad input is explained next to its field and loses nothing.
 */
@BrowserTest
class AreasIT {

    @Test
    void anAdministratorAddsAnAreaAndBadInputIsExplainedByItsField(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "admin@tomoni.example", "tomoni-demo-admin");
        visitor.go(page, "/areas");
        Accessibility.assertNoAxeViolations(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an area")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name in English").fill("Minato, Tokyo");
        dialog.getByLabel("Latitude of the centre").fill("135.6");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the area")).click();
        VaadinPage.settle(page);
        assertThat(dialog.getByText("Please enter the name.")).isVisible();
        assertThat(dialog.getByText("Please enter a latitude from -90 to 90, for example 35.6466.")).isVisible();
        assertThat(dialog.getByLabel("Name in English")).hasValue("Minato, Tokyo");
        VaadinPage.waitForAnimations(page);
        Accessibility.assertNoAxeViolations(page);

        dialog.getByLabel("Name in Japanese").fill("東京都港区");
        dialog.getByLabel("Latitude of the centre").fill("35.6581");
        dialog.getByLabel("Longitude of the centre").fill("139.7516");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the area")).click();
        VaadinPage.settle(page);

        assertThat(page.getByText("Minato, Tokyo is saved.")).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("東京都港区")))
                .containsText("35.6581, 139.7516");
    }

    @Test
    void aCoordinatorChangesOnlyTheirOwnArea(Visitor visitor) {
        Page page = visitor.open("/sign-in");
        SignInSteps.withPassword(visitor, page, "kanazawa@tomoni.example", "tomoni-demo-2026");
        visitor.go(page, "/areas");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an area"))).isHidden();
        Locator buttons = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Change: ")));
        assertThat(buttons).hasCount(1);
        assertThat(buttons).hasAccessibleName(Pattern.compile("Kanazawa"));
        Accessibility.assertNoAxeViolations(page);
    }
}
