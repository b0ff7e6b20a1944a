package org.tomoni.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PreferencesTest {

    private final Preferences english = Preferences.defaults(Language.ENGLISH);

    @Test
    void survivesTheRoundTripThroughTheCookie() {
        Preferences chosen = new Preferences(Language.JAPANESE, TextSize.LARGEST, true, true, true);

        assertThat(Preferences.fromCookieValue(chosen.toCookieValue(), english)).isEqualTo(chosen);
    }

    @Test
    void aDamagedCookieFallsBackFieldByField() {
        Preferences read = Preferences.fromCookieValue("lang:xx|text:999|contrast:more|garbage", english);

        assertThat(read).isEqualTo(new Preferences(Language.ENGLISH, TextSize.STANDARD, true, false, false));
        assertThat(Preferences.fromCookieValue("", english)).isEqualTo(english);
    }

    @Test
    void htmlClassesNameTheChosenSizeContrastAndMotion() {
        assertThat(english.htmlClasses()).containsExactly("tomoni-text-100");
        assertThat(new Preferences(Language.ENGLISH, TextSize.LARGE, true, true, false).htmlClasses())
                .containsExactly("tomoni-text-150", "tomoni-high-contrast", "tomoni-reduced-motion");
        assertThat(Preferences.allHtmlClasses()).containsAll(
                new Preferences(Language.ENGLISH, TextSize.LARGEST, true, true, true).htmlClasses());
    }

    @Test
    void theBrowsersFirstSupportedLanguageWins() {
        assertThat(Language.firstSupported(List.of(Locale.FRENCH, Locale.JAPAN, Locale.US))).isEqualTo(Language.JAPANESE);
        assertThat(Language.firstSupported(List.of(Locale.US, Locale.JAPAN))).isEqualTo(Language.ENGLISH);
        assertThat(Language.firstSupported(List.of(Locale.GERMAN))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theLargestTextSizeIsTwiceTheStandard() {
        assertThat(TextSize.LARGEST.percent()).isEqualTo(2 * TextSize.STANDARD.percent());
    }
}
