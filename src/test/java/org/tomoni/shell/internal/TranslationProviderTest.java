package org.tomoni.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void speaksEnglishAndJapanese() {
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.JAPANESE);
        assertThat(provider.getTranslation("home.heading", Locale.UK)).isEqualTo("Welcome to Tomoni");
        assertThat(provider.getTranslation("home.heading", Locale.JAPAN)).isEqualTo("Tomoni（ともに）へようこそ");
    }

    @Test
    void anUnsupportedLanguageGetsEnglishNotTheServersLanguage() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(provider.getTranslation("home.heading", Locale.FRENCH)).isEqualTo("Welcome to Tomoni");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void fillsInParameters() {
        assertThat(provider.getTranslation("error.server.reference", Locale.ENGLISH, "3f9a12bc"))
                .isEqualTo("Reference: 3f9a12bc");
        assertThat(provider.getTranslation("error.server.reference", Locale.JAPANESE, "3f9a12bc"))
                .isEqualTo("番号：3f9a12bc");
    }

    @Test
    void aMissingKeyIsVisibleNotBlank() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
