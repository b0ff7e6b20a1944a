package org.tomoni.help.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.shell.Language;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The words of every text the help module sends, in the reader's language. Texts are short — most fit one SMS —
 * and never carry a phone number or an address.
 */
@Component
class HelpTexts {

    private final I18NProvider texts;
    private final LessonLibrary lessons;

    HelpTexts(I18NProvider texts, LessonLibrary lessons) {
        this.texts = texts;
        this.lessons = lessons;
    }

    /** "Hanako (Setagaya, 2 km) needs help with video calls, now, by phone. Reply YES 4821 to help, NO to pass." */
    String offer(HelpRequestDocument request, Person volunteer, String areaName, double km, String code,
                 ZoneId zone) {
        Locale language = volunteer.language().locale();
        if (request.kind() == HelpKind.SCAM_CHECK) {
            return say(language, "help.sms.offer-scam", request.learnerName(), areaName, code);
        }
        return say(language, "help.sms.offer", request.learnerName(), areaName, Math.round(km),
                topic(request, language), when(request, language, zone), how(request.way(), language), code);
    }

    /** The same offer read out on a call, answered with a key or a word. */
    String offerSpoken(HelpRequestDocument request, Person volunteer, String areaName, double km, ZoneId zone) {
        Locale language = volunteer.language().locale();
        return say(language, "help.voice.offer", request.learnerName(), areaName, Math.round(km),
                topic(request, language), when(request, language, zone), how(request.way(), language));
    }

    /** To the volunteer who got it: where the learner is and what to do next. */
    String yours(HelpRequestDocument request, Person volunteer) {
        Locale language = volunteer.language().locale();
        StringBuilder where = new StringBuilder();
        if (request.place() != null) {
            where.append(say(language, "help.sms.place", request.place().step(),
                    lessonTitle(request.place().lesson(), language)));
            if (request.device() != null) {
                where.append(say(language, "help.sms.device",
                        say(language, "help.text.device." + request.device().name().toLowerCase(Locale.ROOT))));
            }
            where.append(' ');
        }
        if (!request.details().isBlank()) {
            where.append(say(language, "help.sms.quote", shortened(request.details()))).append(' ');
        }
        return say(language, "help.sms.yours", firstName(volunteer), request.learnerName(), where.toString().strip());
    }

    String forVolunteer(Person volunteer, String key, Object... parameters) {
        return say(volunteer.language().locale(), key, parameters);
    }

    String forLearner(Language learner, String key, Object... parameters) {
        return say(learner.locale(), key, parameters);
    }

    String topic(HelpRequestDocument request, Locale language) {
        return say(language, request.topic() == null ? "help.text.topic.other" : "help.text.topic." + request.topic().code());
    }

    /** The lesson's title as the reader would see it, or its id if the lesson has gone since. */
    String lessonTitle(LessonId lesson, Locale language) {
        return lessons.find(lesson).flatMap(found -> found.text(LessonLanguage.forPage(language)))
                .map(text -> text.title().text()).orElse(lesson.value());
    }

    private String when(HelpRequestDocument request, Locale language, ZoneId zone) {
        return switch (request.when()) {
            case NOW -> say(language, "help.text.when.now");
            case LATER_TODAY -> say(language, "help.text.when.later-today");
            case AT -> request.whenAt() == null ? "" : time(request.whenAt(), language, zone);
        };
    }

    /** "Tue 24 Nov, 14:00" / "11月24日（火）14:00" */
    String time(Instant moment, Locale language, ZoneId zone) {
        return DateTimeFormatter
                .ofPattern(language.getLanguage().equals("ja") ? "M月d日（E）H:mm" : "EEE d MMM, H:mm", language)
                .format(moment.atZone(zone));
    }

    private String how(HelpWay way, Locale language) {
        return say(language, "help.text.how." + way.name().toLowerCase(Locale.ROOT));
    }

    /** Texts are personal and short: the first word of the name the person gave. */
    static String firstName(Person person) {
        return firstName(person.name());
    }

    static String firstName(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        int wide = stripped.indexOf('\u3000');
        int cut = space < 0 ? wide : wide < 0 ? space : Math.min(space, wide);
        return cut > 0 ? stripped.substring(0, cut) : stripped;
    }

    private static String shortened(String details) {
        return details.length() <= 60 ? details : details.substring(0, 59) + "...";
    }

    private String say(Locale language, String key, Object... parameters) {
        return texts.getTranslation(key, language, parameters);
    }
}
