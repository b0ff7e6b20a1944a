package org.tomoni.browser;

import com.microsoft.playwright.Page;

/** Waiting for Vaadin: a server round trip ends when every Flow client on the page is idle again. */
public final class VaadinPage {

    private static final String IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients) return false;
              const active = Object.values(clients).filter(c => typeof c.isActive === 'function');
              return active.length > 0 && active.every(c => !c.isActive());
            }""";

    private VaadinPage() {
    }

    public static void waitUntilIdle(Page page) {
        page.waitForFunction(IDLE);
        page.waitForSelector("main#main-content > *");
    }

    /** After a click that makes the server load another page (a sign-in, a sign-out). */
    public static void waitForPage(Page page, String pathPattern) {
        page.waitForURL(pathPattern);
        waitUntilIdle(page);
    }

    /**
     * Until opening dialogs and other transitions have finished, so colours are checked as people see them. An
     * overlay marks itself {@code opening} a frame before its fade-in starts, so "no animation running" alone can
     * be true just before it begins.
     */
    public static void waitForAnimations(Page page) {
        page.waitForFunction("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')"
                + " && document.getAnimations().every(a => a.playState !== 'running')");
    }

    /** After a click or key that goes to the server. */
    public static void settle(Page page) {
        page.waitForTimeout(50);
        page.waitForFunction(IDLE);
    }
}
