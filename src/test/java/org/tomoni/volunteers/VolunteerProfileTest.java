package org.tomoni.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.QuietHours;
import org.tomoni.shell.Language;

class VolunteerProfileTest {

    /** Tuesday 24 November 2026, 14:00 in Tokyo. */
    private static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-11-24T05:00:00Z");
    private static final Instant TUESDAY_LATE = Instant.parse("2026-11-24T13:30:00Z");

    private final VolunteerProfile tuesdays = new VolunteerProfile(Set.of(Language.JAPANESE),
            Set.of(Skill.VIDEO_CALLS), 2, true, Set.of(new FreeTime(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)),
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), QuietHours.JAPAN), 3, false);

    @Test
    void freeInTheirWindowsButNeverInQuietHours() {
        assertThat(tuesdays.freeAt(TUESDAY_AFTERNOON)).isTrue();
        assertThat(tuesdays.freeAt(TUESDAY_AFTERNOON.plusSeconds(86_400))).as("Wednesday").isFalse();
        assertThat(tuesdays.freeAt(TUESDAY_LATE)).as("22:30, quiet").isFalse();
    }

    @Test
    void aProfileNeedsALanguageASkillAndAWayToHelp() {
        assertThat(tuesdays.complete()).isTrue();
        assertThat(VolunteerProfile.startingWith(Language.ENGLISH).complete()).as("no skills yet").isFalse();
        assertThat(new VolunteerProfile(Set.of(Language.ENGLISH), Set.of(Skill.MAPS), 0, false, Set.of(),
                QuietHours.nightsInJapan(), 1, false).complete()).as("neither in person nor by phone").isFalse();
    }

    @Test
    void limitsAreKeptSensible() {
        assertThatThrownBy(() -> new VolunteerProfile(Set.of(), Set.of(), 31, true, Set.of(),
                QuietHours.nightsInJapan(), 2, false)).hasMessageContaining("0 to 30 km");
        assertThatThrownBy(() -> new VolunteerProfile(Set.of(), Set.of(), 2, true, Set.of(),
                QuietHours.nightsInJapan(), 0, false)).hasMessageContaining("1 to 20");
    }

    @Test
    void theMostLimitingStandingShows() {
        Volunteer base = new Volunteer(PersonId.newId(), "Kenji", new AreaId("setagaya"), Person.Vetting.APPROVED,
                tuesdays, true, null, null, "", TrackRecord.NONE);

        assertThat(base.standingAt(TUESDAY_AFTERNOON)).isEqualTo(Volunteer.Standing.ON_DUTY);
        assertThat(withVetting(base, Person.Vetting.AWAITING).standingAt(TUESDAY_AFTERNOON))
                .isEqualTo(Volunteer.Standing.AWAITING_CHECK);
        Volunteer paused = new Volunteer(base.id(), base.name(), base.area(), base.vetting(), base.profile(), true,
                TUESDAY_AFTERNOON.plusSeconds(3600), null, "", TrackRecord.NONE);
        assertThat(paused.standingAt(TUESDAY_AFTERNOON)).isEqualTo(Volunteer.Standing.PAUSED);
        assertThat(paused.standingAt(TUESDAY_AFTERNOON.plusSeconds(7200))).as("the pause is over")
                .isEqualTo(Volunteer.Standing.ON_DUTY);
        Volunteer held = new Volunteer(base.id(), base.name(), base.area(), base.vetting(), base.profile(), false,
                TUESDAY_AFTERNOON.plusSeconds(3600), TUESDAY_AFTERNOON.plusSeconds(86_400), "", TrackRecord.NONE);
        assertThat(held.standingAt(TUESDAY_AFTERNOON)).as("a coordinator's pause comes first")
                .isEqualTo(Volunteer.Standing.HELD);
    }

    private static Volunteer withVetting(Volunteer volunteer, Person.Vetting vetting) {
        return new Volunteer(volunteer.id(), volunteer.name(), volunteer.area(), vetting, volunteer.profile(),
                volunteer.onDuty(), volunteer.pausedUntil(), volunteer.heldUntil(), volunteer.note(),
                volunteer.record());
    }
}
