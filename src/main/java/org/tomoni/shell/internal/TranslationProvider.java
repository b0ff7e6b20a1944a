package org.tomoni.shell.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tomoni.shell.Language;

/**
 * Serves every visible text from {@code vaadin-i18n/translations_<lang>.properties}. Unlike Vaadin's default
 * provider it never falls back to the JVM's own locale, so a Japanese page cannot silently show English that
 * happens to be the server's default (the i18n test makes sure nothing is missing in the first place).
 */
@Component
class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("No {} text for key '{}'", language, key);
            return "!" + key;
        }
    }
}
