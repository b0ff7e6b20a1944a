package org.tomoni.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours nights = QuietHours.nightsInJapan();

    @Test
    void aTextAtElevenAtNightWaitsUntilEightInTheMorning() {
        Instant late = japan("2026-11-22T23:00");

        assertThat(nights.contains(late)).isTrue();
        assertThat(nights.nextAllowed(late)).isEqualTo(japan("2026-11-23T08:00"));
    }

    @Test
    void aTextAtSixInTheMorningWaitsUntilEightTheSameDay() {
        assertThat(nights.nextAllowed(japan("2026-11-23T06:00"))).isEqualTo(japan("2026-11-23T08:00"));
    }

    @Test
    void duringTheDayNothingWaits() {
        Instant noon = japan("2026-11-23T12:00");

        assertThat(nights.contains(noon)).isFalse();
        assertThat(nights.nextAllowed(noon)).isEqualTo(noon);
        assertThat(nights.contains(japan("2026-11-23T08:00"))).isFalse();
        assertThat(nights.contains(japan("2026-11-23T21:00"))).isTrue();
    }

    @Test
    void aSpanWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), QuietHours.JAPAN);

        assertThat(lunch.nextAllowed(japan("2026-11-23T12:30"))).isEqualTo(japan("2026-11-23T13:00"));
        assertThat(lunch.contains(japan("2026-11-23T13:30"))).isFalse();
    }

    private static Instant japan(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+09:00[Asia/Tokyo]").toInstant();
    }
}
