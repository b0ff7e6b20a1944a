package org.tomoni.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a person wants Tomoni to look and speak. Kept in the browser (a cookie, so the server can draw the very first
 * page right) until the person signs in; from then on their account keeps them (see {@link PersonalPreferences}).
 *
 * @param readAloud pages that can read themselves out offer it first and prominently
 */
public record Preferences(Language language, TextSize textSize, boolean highContrast, boolean reducedMotion,
                          boolean readAloud) {

    /** Name of the cookie that carries the preferences. */
    public static final String COOKIE = "tomoni-prefs";

    public static Preferences defaults(Language language) {
        return new Preferences(language, TextSize.STANDARD, false, false, false);
    }

    public Preferences withLanguage(Language newLanguage) {
        return new Preferences(newLanguage, textSize, highContrast, reducedMotion, readAloud);
    }

    public Preferences withTextSize(TextSize newSize) {
        return new Preferences(language, newSize, highContrast, reducedMotion, readAloud);
    }

    public Preferences withHighContrast(boolean on) {
        return new Preferences(language, textSize, on, reducedMotion, readAloud);
    }

    public Preferences withReducedMotion(boolean on) {
        return new Preferences(language, textSize, highContrast, on, readAloud);
    }

    public Preferences withReadAloud(boolean on) {
        return new Preferences(language, textSize, highContrast, reducedMotion, on);
    }

    /**
     * Reads the cookie form written by {@link #toCookieValue()}. Anything unknown or damaged falls back to the given
     * defaults field by field, so an old or hand-edited cookie never stops a page from loading.
     */
    public static Preferences fromCookieValue(String value, Preferences fallback) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : value.split("\\|")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                fields.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        Language language = Language.ofTag(fields.getOrDefault("lang", "")).orElse(fallback.language());
        TextSize size = parsePercent(fields.get("text")).flatMap(TextSize::ofPercent).orElse(fallback.textSize());
        boolean contrast = fields.containsKey("contrast") ? "more".equals(fields.get("contrast")) : fallback.highContrast();
        boolean motion = fields.containsKey("motion") ? "reduce".equals(fields.get("motion")) : fallback.reducedMotion();
        boolean speech = fields.containsKey("speech") ? "on".equals(fields.get("speech")) : fallback.readAloud();
        return new Preferences(language, size, contrast, motion, speech);
    }

    public String toCookieValue() {
        return "lang:" + language.tag()
                + "|text:" + textSize.percent()
                + "|contrast:" + (highContrast ? "more" : "normal")
                + "|motion:" + (reducedMotion ? "reduce" : "normal")
                + "|speech:" + (readAloud ? "on" : "off");
    }

    /** The classes on {@code <html>} that the Tomoni stylesheet reacts to. */
    public List<String> htmlClasses() {
        List<String> classes = new ArrayList<>();
        classes.add("tomoni-text-" + textSize.percent());
        if (highContrast) {
            classes.add("tomoni-high-contrast");
        }
        if (reducedMotion) {
            classes.add("tomoni-reduced-motion");
        }
        if (readAloud) {
            classes.add("tomoni-read-aloud");
        }
        return classes;
    }

    /** Every class {@link #htmlClasses()} can produce, so a change can remove the old ones first. */
    public static List<String> allHtmlClasses() {
        List<String> classes = new ArrayList<>();
        for (TextSize size : TextSize.values()) {
            classes.add("tomoni-text-" + size.percent());
        }
        classes.add("tomoni-high-contrast");
        classes.add("tomoni-reduced-motion");
        classes.add("tomoni-read-aloud");
        return classes;
    }

    private static Optional<Integer> parsePercent(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
