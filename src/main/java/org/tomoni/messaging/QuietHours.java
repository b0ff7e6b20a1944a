package org.tomoni.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours in which a person does not want non-urgent texts or calls, in their own time zone. The span may cross
 * midnight (21:00 to 08:00).
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public static QuietHours nightsInJapan() {
        return new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), JAPAN);
    }

    public boolean contains(Instant moment) {
        LocalTime time = moment.atZone(zone).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** The moment itself when it is outside quiet hours, otherwise the moment they end. */
    public Instant nextAllowed(Instant moment) {
        if (!contains(moment)) {
            return moment;
        }
        ZonedDateTime local = moment.atZone(zone);
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
