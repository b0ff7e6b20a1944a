package org.tomoni.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the real app, started on a random port with a throwaway in-memory database, from Debian's
 * Chromium. Test methods take a {@link Visitor} parameter: a fresh browser profile per test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
