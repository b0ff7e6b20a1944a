package org.tomoni.help.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tomoni.help.Considered;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.Offer;
import org.tomoni.help.TimelineEntry;

/**
 * Every state, reason and happening the help module can report has a text in both languages (a new enum constant
 * without one fails here, not in front of a coordinator), and ages read as people say them.
 */
class QueueWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyValueTheHelpModuleReportsHasAText(String language) {
        Properties bundle = bundle(language);
        QueueWords words = new QueueWords((key, params) -> {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as("%s in %s", key, language).isNotBlank();
            return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language))
                    .format(params);
        }, Locale.forLanguageTag(language));
        Stream.of(HelpStatus.values()).forEach(words::status);
        Stream.of(HelpWay.values()).forEach(words::way);
        Stream.of(HelpKind.values()).forEach(words::kind);
        Stream.of(TimelineEntry.Happening.values()).forEach(words::happening);
        Stream.of(Considered.Exclusion.values()).forEach(words::exclusion);
        Stream.of(Offer.State.values()).forEach(words::offerState);
        words.when(HelpTime.NOW);
        words.when(HelpTime.LATER_TODAY);
        words.when(HelpTime.at(Instant.parse("2026-11-23T05:00:00Z")));
        words.topic(null);
    }

    @Test
    void theAgeSaysHowLongSomeoneHasBeenWaiting() {
        QueueWords words = english();
        Instant asked = Instant.parse("2026-11-23T05:00:00Z");
        assertThat(words.age(asked, asked.plusSeconds(20))).isEqualTo("just now");
        assertThat(words.age(asked, asked.plus(Duration.ofMinutes(12)))).isEqualTo("12 min ago");
        assertThat(words.age(asked, asked.plus(Duration.ofMinutes(61)))).isEqualTo("1 hour ago");
        assertThat(words.age(asked, asked.plus(Duration.ofHours(5)))).isEqualTo("5 hours ago");
        assertThat(words.age(asked, asked.plus(Duration.ofDays(2)))).isEqualTo("2 days ago");
    }

    @Test
    void reasonsAreInPlainWords() {
        QueueWords words = english();
        assertThat(words.exclusion(Considered.Exclusion.TOO_FAR)).isEqualTo("Lives further than they travel");
        assertThat(words.exclusion(Considered.Exclusion.WEEKLY_LIMIT))
                .isEqualTo("Has helped as often as they want this week");
        assertThat(words.km(3.24)).isEqualTo("3.2 km");
    }

    @Test
    void timesAreShownOnJapansClock() {
        assertThat(english().time(Instant.parse("2026-11-23T05:07:00Z"))).contains("2:07");
        assertThat(QueueWords.code(TimelineEntry.Happening.NOBODY_FOUND)).isEqualTo("nobody-found");
        assertThat(List.of(QueueWords.points(12.6), QueueWords.points(0.4))).containsExactly(13L, 0L);
    }

    static QueueWords english() {
        Properties bundle = bundle("en");
        return new QueueWords((key, params) -> params.length == 0 ? bundle.getProperty(key)
                : new MessageFormat(bundle.getProperty(key), Locale.ENGLISH).format(params), Locale.ENGLISH);
    }

    private static Properties bundle(String language) {
        String name = "/vaadin-i18n/translations_" + language + ".properties";
        try (InputStream in = QueueWordsTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
