package org.tomoni.volunteers.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * A volunteer's profile and duty, keyed by their person id. Duty, pause and note are changed field by field, so a
 * text from the volunteer and a coordinator's note at the same moment never overwrite each other.
 */
@Document(VolunteerDocument.COLLECTION)
record VolunteerDocument(@Id String id, Set<Language> languages, Set<Skill> skills, int travelKm,
                         boolean helpsByPhone, Set<FreeTime> freeTimes, String quietFrom, String quietUntil,
                         String zone, int perWeek, boolean byCall, boolean onDuty, @Nullable Instant pausedUntil,
                         @Nullable Instant heldUntil, @Nullable String note) {

    static final String COLLECTION = "volunteers_profiles";

    static VolunteerDocument startingFor(String id, Language language) {
        return of(id, VolunteerProfile.startingWith(language));
    }

    static VolunteerDocument of(String id, VolunteerProfile profile) {
        return new VolunteerDocument(id, profile.languages(), profile.skills(), profile.travelKm(),
                profile.helpsByPhone(), profile.freeTimes(), profile.quietHours().from().toString(),
                profile.quietHours().until().toString(), profile.quietHours().zone().getId(), profile.perWeek(),
                profile.byCall(), false, null, null, null);
    }

    /**
     * Quiet hours are kept as "21:00" with their zone beside them: a LocalTime would be stored as a date-time in
     * whatever zone the writing node runs in, and read back hours off on another.
     */
    VolunteerProfile profile() {
        return new VolunteerProfile(languages, skills, travelKm, helpsByPhone, freeTimes,
                new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietUntil), ZoneId.of(zone)), perWeek,
                byCall);
    }
}
