package org.tomoni.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Chromium once per test run, hands each test a fresh {@link Visitor}, and keeps a screenshot of every page
 * of a failed test under {@code target/browser-failures/}.
 */
final class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Visitor.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        Visitor visitor = new Visitor(browser(context), "http://localhost:" + port);
        context.getStore(NAMESPACE).put(Visitor.class, visitor);
        return visitor;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Visitor visitor = context.getStore(NAMESPACE).remove(Visitor.class, Visitor.class);
        if (visitor == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                keepScreenshots(context, visitor.pages());
            }
        } finally {
            visitor.close();
        }
    }

    private static void keepScreenshots(ExtensionContext context, List<Page> pages) throws Exception {
        Path folder = Path.of("target", "browser-failures");
        Files.createDirectories(folder);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (!page.isClosed()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(folder.resolve(name + "-" + i + ".png")));
            }
        }
    }

    /** One Chromium for the whole run, closed when JUnit's root store is closed. */
    private static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningBrowser.class, key -> RunningBrowser.start(), RunningBrowser.class)
                .browser();
    }

    private record RunningBrowser(Playwright playwright, Browser browser) implements AutoCloseable {

        static RunningBrowser start() {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("tomoni.chromium", "/usr/bin/chromium")))
                    .setArgs(new ArrayList<>(CHROMIUM_ARGS))
                    .setHeadless(true));
            return new RunningBrowser(playwright, browser);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
