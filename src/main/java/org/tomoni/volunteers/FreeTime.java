package org.tomoni.volunteers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One weekly window a volunteer is usually free: Tuesday afternoons, say. */
public record FreeTime(DayOfWeek day, PartOfDay part) {

    public boolean covers(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        return local.getDayOfWeek() == day && part.contains(local.toLocalTime());
    }
}
