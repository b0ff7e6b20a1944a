package org.tomoni.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** What every view's test proves about the page it shows, the way a person with a disability meets it. */
public final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** The smallest target a finger or an unsteady hand can hit reliably (stricter than WCAG's 24 px). */
    public static final int MIN_TARGET_PX = 48;

    private static final String INTERACTIVE = String.join(",", "a[href]", "button", "input:not([type=hidden])",
            "select", "textarea", "[role=button]", "[role=link]", "[tabindex]:not([tabindex='-1'])",
            "vaadin-button", "vaadin-checkbox", "vaadin-radio-button", "vaadin-text-field", "vaadin-select",
            "vaadin-combo-box", "vaadin-text-area", "vaadin-date-picker", "vaadin-number-field");

    private Accessibility() {
    }

    /** Runs axe-core on the page as it is now. */
    public static void assertNoAxeViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> "axe found on " + page.url() + ":\n" + describe(violations)).isEmpty();
    }

    /** Nothing is cut off or needs sideways scrolling (WCAG 1.4.10 reflow). */
    public static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("pixels of horizontal scroll on " + page.url()).isLessThanOrEqualTo(0);
    }

    /** Every visible thing a person can press or type into is at least 48 x 48 CSS pixels. */
    public static void assertLargeTargets(Page page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> small = (List<Map<String, Object>>) page.evaluate("""
                ([selector, min]) => {
                  const hosts = 'vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-select, '
                      + 'vaadin-combo-box, vaadin-text-area, vaadin-date-picker, vaadin-number-field';
                  return [...document.querySelectorAll(selector)]
                    .filter(el => !(el.parentElement && el.parentElement.closest(hosts)))
                    .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
                    .map(el => ({el, r: el.getBoundingClientRect()}))
                    .filter(({r}) => r.bottom > 0 && r.right > 0)
                    .filter(({r}) => r.width < min - 0.5 || r.height < min - 0.5)
                    .map(({el, r}) => ({what: el.outerHTML.slice(0, 120), width: Math.round(r.width), height: Math.round(r.height)}));
                }""", List.of(INTERACTIVE, MIN_TARGET_PX));
        assertThat(small).as("targets smaller than " + MIN_TARGET_PX + " px on " + page.url()).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + " " + node.getFailureSummary())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
