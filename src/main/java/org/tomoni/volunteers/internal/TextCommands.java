package org.tomoni.volunteers.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.accounts.Role;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.SmsReceived;
import org.tomoni.messaging.Urgency;
import org.tomoni.volunteers.Volunteer;

/**
 * A volunteer's texts to the Tomoni number: ON, OFF, PAUSE 7 and STATUS (and their Japanese words), each answered
 * with one short text in the volunteer's language. Other texts are left for the modules they concern. Messaging
 * passes each text on once, and the answer's key is the text's own id, so a redelivered text is never answered
 * twice.
 */
@Component
class TextCommands {

    private static final Logger log = LoggerFactory.getLogger(TextCommands.class);

    private final PersonLookup people;
    private final VolunteerService volunteers;
    private final Messages messages;
    private final I18NProvider texts;

    TextCommands(PersonLookup people, VolunteerService volunteers, Messages messages, I18NProvider texts) {
        this.people = people;
        this.volunteers = volunteers;
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * Never throws: messaging has already marked the text as received, so a failure here would leave the
     * volunteer without an answer and the carrier's retry would be ignored.
     */
    @EventListener
    void on(SmsReceived text) {
        try {
            answer(text);
        } catch (RuntimeException e) {
            log.error("Could not act on a volunteer's text {}", text.carrierId(), e);
        }
    }

    private void answer(SmsReceived text) {
        Optional<VolunteerCommand> command = VolunteerCommand.parse(text.body());
        Optional<Person> volunteer = people.withPhone(text.from()).filter(person -> person.has(Role.VOLUNTEER));
        if (command.isEmpty() || volunteer.isEmpty()) {
            return;
        }
        Person person = volunteer.get();
        Locale language = person.language().locale();
        String answer = switch (command.get()) {
            case VolunteerCommand.On on -> {
                volunteers.setDuty(person, true);
                Volunteer now = volunteers.volunteerOf(person);
                // Only say "on duty" when they really can be asked; otherwise say what stands in the way.
                yield now.standingAt(volunteers.now()) == Volunteer.Standing.ON_DUTY
                        ? say(language, "volunteers.sms.on", firstName(person)) : statusOf(now, language);
            }
            case VolunteerCommand.Off off -> {
                volunteers.setDuty(person, false);
                yield say(language, "volunteers.sms.off");
            }
            case VolunteerCommand.Pause pause when pause.days() >= 1
                    && pause.days() <= VolunteerService.LONGEST_PAUSE_DAYS -> {
                volunteers.pause(person, pause.days());
                yield say(language, "volunteers.sms.paused", pause.days(),
                        date(volunteers.volunteerOf(person), language));
            }
            case VolunteerCommand.Pause outOfRange -> say(language, "volunteers.sms.pause-days",
                    VolunteerService.LONGEST_PAUSE_DAYS);
            case VolunteerCommand.Status status -> statusOf(volunteers.volunteerOf(person), language);
        };
        messages.send(new OutboundSms(text.from(), answer, Urgency.NORMAL, null, "volunteers:" + text.carrierId()));
    }

    private String statusOf(Volunteer volunteer, Locale language) {
        return switch (volunteer.standingAt(volunteers.now())) {
            case AWAITING_CHECK -> say(language, "volunteers.sms.status.awaiting");
            case HELD -> say(language, "volunteers.sms.status.held", date(volunteer.heldUntil(), volunteer,
                    language));
            case PAUSED -> say(language, "volunteers.sms.status.paused", date(volunteer, language));
            case PROFILE_INCOMPLETE -> say(language, "volunteers.sms.status.incomplete");
            case AVAILABLE -> say(language, "volunteers.sms.status.available");
            case ON_DUTY -> say(language, "volunteers.sms.status.on-duty");
        };
    }

    private String date(Volunteer volunteer, Locale language) {
        return date(volunteer.pausedUntil(), volunteer, language);
    }

    /** The day they are back: pauses end at the start of a day in the volunteer's zone. */
    private static String date(@Nullable Instant until, Volunteer volunteer, Locale language) {
        ZoneId zone = volunteer.profile().quietHours().zone();
        return until == null ? ""
                : DateTimeFormatter.ofPattern(language.getLanguage().equals("ja") ? "M月d日（E）" : "EEEE d MMMM",
                        language).format(until.atZone(zone));
    }

    /** Texts are short and personal: the first word of the name the person gave. */
    private static String firstName(Person person) {
        String name = person.name().strip();
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    private String say(Locale language, String key, Object... parameters) {
        return texts.getTranslation(key, language, parameters);
    }
}
