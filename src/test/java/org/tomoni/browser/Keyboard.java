package org.tomoni.browser;

import com.microsoft.playwright.Page;

/** Using a page with the keyboard alone, as many people with limited hand movement or sight do. */
public final class Keyboard {

    private static final int MAX_TABS = 40;

    private Keyboard() {
    }

    public static void press(Page page, String key) {
        page.keyboard().press(key);
        VaadinPage.settle(page);
    }

    /** Presses Tab until the focused element's accessible text contains {@code text}; fails if it never does. */
    public static void tabTo(Page page, String text) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (focusedText(page).contains(text)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + text + "\" on " + page.url());
    }

    /** The text of the focused element, looking through shadow roots, with its aria-label if it has one. */
    public static String focusedText(Page page) {
        return (String) page.evaluate("""
                () => {
                  let el = document.activeElement;
                  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                  if (!el || el === document.body) return '';
                  const host = el.getRootNode().host;
                  const label = (el.getAttribute('aria-label') || '') + ' ' + (el.innerText || el.textContent || '');
                  const hostText = host ? (host.innerText || host.textContent || '') : '';
                  const labelledBy = el.labels ? [...el.labels].map(l => l.textContent).join(' ') : '';
                  return (label + ' ' + hostText + ' ' + labelledBy).replace(/\\s+/g, ' ').trim();
                }""");
    }

    public static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }
}
