package org.tomoni.help.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tomoni.help.Considered;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.Offer;
import org.tomoni.help.TimelineEntry;
import org.tomoni.lessons.Skill;

/**
 * The queue's words for the help module's states, reasons and times, in the page's language. One place, so the
 * list, the detail and the tests agree, and a new enum constant without a text fails {@code QueueWordsTest}.
 */
final class QueueWords {

    /** Tomoni serves Japan: coordinators read times on Japan's clock, whatever the server's zone. */
    static final ZoneId SHOWN_IN = ZoneId.of("Asia/Tokyo");

    /** {@code Component::getTranslation}, so the words follow the page's language. */
    @FunctionalInterface
    interface Translations {
        String translate(String key, Object... params);
    }

    private final Translations translations;
    private final Locale locale;

    QueueWords(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String translate(String key, Object... params) {
        return translations.translate(key, params);
    }

    String status(HelpStatus status) {
        return translate("help.queue.status." + code(status));
    }

    String way(HelpWay way) {
        return translate("help.queue.way." + code(way));
    }

    String when(HelpTime time) {
        Instant at = time.at();
        return at == null ? translate("help.queue.when." + code(time.when())) : translate("help.queue.when.at", time(at));
    }

    String topic(@Nullable Skill topic) {
        return topic == null ? translate("help.queue.topic.other") : translate("lessons.skill." + topic.code());
    }

    String kind(HelpKind kind) {
        return translate("help.queue.kind." + code(kind));
    }

    String happening(TimelineEntry.Happening happening) {
        return translate("help.queue.happening." + code(happening));
    }

    String exclusion(Considered.Exclusion exclusion) {
        return translate("help.queue.exclusion." + code(exclusion));
    }

    String offerState(Offer.State state) {
        return translate("help.queue.offer-state." + code(state));
    }

    /** "just now", "12 min ago", "3 hours ago", "2 days ago": how long someone has been waiting, at a glance. */
    String age(Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.toMinutes() < 1) {
            return translate("help.queue.age.now");
        }
        if (waited.toHours() < 1) {
            return translate("help.queue.age.minutes", waited.toMinutes());
        }
        if (waited.toDays() < 1) {
            return translate("help.queue.age.hours", waited.toHours());
        }
        return translate("help.queue.age.days", waited.toDays());
    }

    /** Date and time on Japan's clock, as people of the page's language write them. */
    String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(SHOWN_IN));
    }

    String km(double km) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return translate("help.queue.km", format.format(km));
    }

    /** Whole points: a tenth of a point tells a coordinator nothing. */
    static long points(double points) {
        return Math.round(points);
    }

    /** As in the translation keys: {@code NOBODY_FOUND} is {@code nobody-found}. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
