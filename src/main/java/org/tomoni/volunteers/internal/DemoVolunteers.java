package org.tomoni.volunteers.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.storage.StartupWork;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.PartOfDay;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * Profiles for the demo's helpers (created by the accounts demo data): on duty, with no quiet hours, so that a
 * visitor trying "I'm stuck" at any hour sees an offer go out on the phone simulator. Kenji keeps an empty profile
 * for the visitor to fill in.
 */
@Component
@Order(1)
class DemoVolunteers implements StartupWork {

    private final PersonLookup people;
    private final VolunteerStore store;

    DemoVolunteers(PersonLookup people, VolunteerStore store) {
        this.people = people;
        this.store = store;
    }

    @Override
    public String description() {
        return "prepare the demo volunteers";
    }

    @Override
    public void run() {
        seed("demo-volunteer-aiko", new VolunteerProfile(Set.of(Language.JAPANESE, Language.ENGLISH),
                EnumSet.of(Skill.TOUCH_SCREEN, Skill.POWER_ON_OFF, Skill.VIDEO_CALLS, Skill.PHOTOS,
                        Skill.MESSAGING_APPS, Skill.MAPS, Skill.WEB_SEARCH, Skill.SCAM_CHECKS),
                5, true, weekdays(PartOfDay.AFTERNOON), alwaysAwake(), 10, false));
        seed("demo-volunteer-tom", new VolunteerProfile(Set.of(Language.ENGLISH, Language.JAPANESE),
                EnumSet.of(Skill.GOVERNMENT_ONLINE, Skill.CLINIC_BOOKING, Skill.PASSWORDS, Skill.PHISHING,
                        Skill.SCAM_CHECKS, Skill.WEB_SEARCH, Skill.VIDEO_CALLS),
                3, true, weekdays(PartOfDay.EVENING), alwaysAwake(), 10, false));
        seed("demo-volunteer-sora", new VolunteerProfile(Set.of(Language.JAPANESE),
                EnumSet.allOf(Skill.class), 10, true, weekdays(PartOfDay.MORNING), alwaysAwake(), 10, false));
    }

    private void seed(String id, VolunteerProfile profile) {
        PersonId volunteer = new PersonId(id);
        people.byId(volunteer).filter(person -> store.byId(id).isEmpty()).ifPresent(person -> {
            store.findOrStart(volunteer, person.language());
            store.saveProfile(volunteer, profile);
            store.setDuty(volunteer, true);
            store.refreshCandidacy(person);
        });
    }

    private static Set<FreeTime> weekdays(PartOfDay part) {
        Set<FreeTime> times = new HashSet<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            times.add(new FreeTime(day, part));
        }
        return times;
    }

    private static QuietHours alwaysAwake() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, QuietHours.JAPAN);
    }
}
