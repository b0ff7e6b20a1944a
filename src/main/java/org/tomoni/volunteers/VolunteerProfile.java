package org.tomoni.volunteers;

import java.time.Instant;
import java.util.Set;

import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;

/**
 * What a volunteer offers, in their own words and limits.
 *
 * @param skills       what they can help with, in the words the lessons teach
 * @param travelKm     how far from home they will go to help in person; 0 for not at all
 * @param helpsByPhone they also help over the phone, from anywhere
 * @param freeTimes    when they are usually free; on duty, they may be asked at any time outside quiet hours
 * @param perWeek      at most this many requests a week
 * @param byCall       offers reach them as a voice call rather than a text
 */
public record VolunteerProfile(Set<Language> languages, Set<Skill> skills, int travelKm, boolean helpsByPhone,
                               Set<FreeTime> freeTimes, QuietHours quietHours, int perWeek, boolean byCall) {

    public static final int MOST_KM = 30;
    public static final int MOST_PER_WEEK = 20;

    public VolunteerProfile {
        languages = Set.copyOf(languages);
        skills = Set.copyOf(skills);
        freeTimes = Set.copyOf(freeTimes);
        if (travelKm < 0 || travelKm > MOST_KM) {
            throw new IllegalArgumentException("Travel distance must be 0 to " + MOST_KM + " km");
        }
        if (perWeek < 1 || perWeek > MOST_PER_WEEK) {
            throw new IllegalArgumentException("Requests a week must be 1 to " + MOST_PER_WEEK);
        }
    }

    /**
     * Where a new volunteer starts: their own language, nearby or by phone, quiet at night, two a week. Skills and
     * free times are theirs to choose, so a new profile is not complete until they do.
     */
    public static VolunteerProfile startingWith(Language language) {
        return new VolunteerProfile(Set.of(language), Set.of(), 2, true, Set.of(), QuietHours.nightsInJapan(), 2,
                false);
    }

    /** Free now by their weekly windows, and not in their quiet hours. */
    public boolean freeAt(Instant moment) {
        return !quietHours.contains(moment)
                && freeTimes.stream().anyMatch(window -> window.covers(moment, quietHours.zone()));
    }

    /** A profile can be offered work only when it says what its owner can help with and in which language. */
    public boolean complete() {
        return !languages.isEmpty() && !skills.isEmpty() && (helpsByPhone || travelKm > 0);
    }
}
