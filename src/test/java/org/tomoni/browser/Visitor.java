package org.tomoni.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * A person's browser: a fresh profile (no cookies) with a language and a screen size. Each {@code open} waits until
 * Vaadin has drawn the page and finished talking to the server.
 */
public final class Visitor implements AutoCloseable {

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private String locale = "en-US";
    private int width = 1280;
    private int height = 900;
    private String preferencesCookie;
    private boolean touch;

    Visitor(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The browser's own language, as sent in {@code Accept-Language}. */
    public Visitor speaking(String languageTag) {
        this.locale = languageTag;
        return this;
    }

    /** The smallest screen Tomoni supports: 320 CSS pixels wide (a small phone, or a desktop zoomed to 400 %). */
    public Visitor onNarrowPhone() {
        this.width = 320;
        this.height = 720;
        return this;
    }

    /** A 10-inch tablet held upright, used with a finger: the device most older learners have. */
    public Visitor onTablet() {
        this.width = 820;
        this.height = 1180;
        this.touch = true;
        return this;
    }

    /** Comes back with preferences saved on an earlier visit, e.g. {@code "lang:en|text:200"}. */
    public Visitor withSavedPreferences(@Nullable String cookieValue) {
        this.preferencesCookie = cookieValue;
        return this;
    }

    public Page open(String path) {
        Page page = newPage();
        navigate(page, path);
        return page;
    }

    /** Opens the path and returns the HTTP status of the page itself. */
    public int statusOf(String path) {
        Page page = newPage();
        Response response = navigate(page, path);
        return response == null ? 0 : response.status();
    }

    /** Another address in the same tab, with the same cookies and session. */
    public void go(Page page, String path) {
        navigate(page, path);
    }

    /** A second tab of the same browser, sharing its cookies (and so its sign-in). */
    public Page newTab(Page page, String path) {
        Page tab = page.context().newPage();
        pages.add(tab);
        navigate(tab, path);
        return tab;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    List<Page> pages() {
        return pages;
    }

    private Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(width, height)
                .setHasTouch(touch));
        if (preferencesCookie != null) {
            context.addCookies(List.of(new Cookie("tomoni-prefs", preferencesCookie).setUrl(baseUrl)));
        }
        contexts.add(context);
        Page page = context.newPage();
        pages.add(page);
        return page;
    }

    private Response navigate(Page page, String path) {
        Response response = page.navigate(baseUrl + path);
        VaadinPage.waitUntilIdle(page);
        return response;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
    }
}
