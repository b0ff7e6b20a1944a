/**
 * The frame every page sits in: layout, navigation, the preferences that make Tomoni easy to see and read, language,
 * error pages and the home page. Feature modules join the navigation with {@code @Menu} on their views; the shell
 * imports none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
@org.jspecify.annotations.NullMarked
package org.tomoni.shell;
