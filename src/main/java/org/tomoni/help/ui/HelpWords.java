package org.tomoni.help.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.LessonPlace;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.Skill;

/**
 * The words for a request that the learner's page and the volunteer's page share: the topic, the way, the time,
 * and the learner's plain status line. One place, so both sides describe a request alike.
 */
final class HelpWords {

    /** Japan's clock until the browser tells its own: that is where Tomoni is used. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private HelpWords() {
    }

    static String topic(Component words, HelpKind kind, @Nullable Skill topic) {
        if (kind == HelpKind.SCAM_CHECK) {
            return words.getTranslation("help.topic.scam-check");
        }
        return topic == null ? words.getTranslation("help.topic.other")
                : words.getTranslation("lessons.skill." + topic.code());
    }

    static String way(Component words, HelpWay way) {
        return words.getTranslation("help.way." + way.name().toLowerCase(Locale.ROOT));
    }

    static String when(Component words, HelpTime time, ZoneId zone) {
        return switch (time.when()) {
            case NOW -> words.getTranslation("help.when.now");
            case LATER_TODAY -> words.getTranslation("help.when.later-today");
            case AT -> moment(words, time.at(), zone);
        };
    }

    /** "Step 3 of “Video calls” (Android)": which screen the learner was on, as the lesson library names it. */
    static String place(Component words, LessonLibrary library, LessonPlace place) {
        LessonLanguage language = LessonLanguage.forPage(locale(words));
        String title = library.find(place.lesson())
                .flatMap(lesson -> lesson.text(language).or(() -> lesson.text(LessonLanguage.ENGLISH)))
                .map(text -> text.title().text()).orElse(place.lesson().value());
        String where = words.getTranslation("help.place", place.step(), title);
        return place.device() == null ? where : words.getTranslation("help.place.device", where,
                words.getTranslation("lessons.device." + place.device().name().toLowerCase(Locale.ROOT)));
    }

    /** The page's language; the component may not be attached yet while a card is built. */
    private static Locale locale(Component words) {
        return words.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    static String moment(Component words, @Nullable Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(words)).format(at.atZone(zone));
    }

    /**
     * What is happening now, in one sentence the learner can act on: who is coming, how, and when. A request a
     * coordinator was told about says so, so a long wait does not feel forgotten.
     */
    static String status(Component words, HelpRequest request, ZoneId zone) {
        return switch (request.status()) {
            case FINDING -> words.getTranslation(request.escalated() ? "help.status.finding-escalated"
                    : "help.status.finding");
            case ACCEPTED -> accepted(words, request, zone);
            case DONE -> words.getTranslation("help.status.done");
            case CANCELLED -> words.getTranslation("help.status.cancelled");
        };
    }

    private static String accepted(Component words, HelpRequest request, ZoneId zone) {
        String name = request.helper() == null ? words.getTranslation("help.status.a-helper")
                : request.helper().name();
        String way = request.way().name().toLowerCase(Locale.ROOT);
        return switch (request.when().when()) {
            case NOW -> words.getTranslation("help.status.accepted." + way + ".now", name);
            case LATER_TODAY -> words.getTranslation("help.status.accepted." + way + ".later-today", name);
            case AT -> words.getTranslation("help.status.accepted." + way + ".at", name,
                    moment(words, request.when().at(), zone));
        };
    }
}
