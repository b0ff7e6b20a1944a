package org.tomoni.volunteers.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.TrackRecord;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * A volunteer's profile, duty, track record and the coordinators' note about them, keyed by their person id. Duty,
 * pause, note and record are changed field by field, so a text from the volunteer and a coordinator's note at the
 * same moment never overwrite each other. {@code area} and {@code approved} copy the person's, for matching without
 * reading every person. {@code indexedUnder} is read only from stores written before the candidate index kept that
 * list itself ({@link CandidateIndex#LISTED}); it is removed the next time the volunteer is listed.
 */
@Document(VolunteerDocument.COLLECTION)
record VolunteerDocument(@Id String id, Set<Language> languages, Set<Skill> skills, int travelKm,
                         boolean helpsByPhone, Set<FreeTime> freeTimes, String quietFrom, String quietUntil,
                         String zone, int perWeek, boolean byCall, boolean onDuty, @Nullable Instant pausedUntil,
                         @Nullable Instant heldUntil, @Nullable String note, @Nullable String area,
                         @Nullable Boolean approved, @Nullable Integer offers, @Nullable Instant lastOfferedAt,
                         @Nullable List<Instant> recentAccepts, @Nullable Integer helped,
                         @Nullable Long minutesHelped, @Nullable Integer helpedWell, @Nullable Integer helpedALittle,
                         @Nullable Integer didNotHelp, @Nullable List<String> indexedUnder) {

    static final String COLLECTION = "volunteers_profiles";

    static VolunteerDocument startingFor(String id, Language language) {
        return of(id, VolunteerProfile.startingWith(language));
    }

    static VolunteerDocument of(String id, VolunteerProfile profile) {
        return new VolunteerDocument(id, profile.languages(), profile.skills(), profile.travelKm(),
                profile.helpsByPhone(), profile.freeTimes(), profile.quietHours().from().toString(),
                profile.quietHours().until().toString(), profile.quietHours().zone().getId(), profile.perWeek(),
                profile.byCall(), false, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
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

    TrackRecord record() {
        return new TrackRecord(zeroIfNull(offers), lastOfferedAt,
                Objects.requireNonNullElse(recentAccepts, List.of()), zeroIfNull(helped),
                minutesHelped == null ? 0 : minutesHelped, zeroIfNull(helpedWell), zeroIfNull(helpedALittle),
                zeroIfNull(didNotHelp));
    }

    Candidate candidate() {
        return new Candidate(new PersonId(id), area == null ? null : new AreaId(area), Boolean.TRUE.equals(approved),
                profile(), onDuty, pausedUntil, heldUntil, record());
    }

    List<String> indexEntries() {
        return Objects.requireNonNullElse(indexedUnder, List.of());
    }

    private static int zeroIfNull(@Nullable Integer count) {
        return count == null ? 0 : count;
    }
}
