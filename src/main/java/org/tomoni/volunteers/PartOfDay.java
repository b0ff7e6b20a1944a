package org.tomoni.volunteers;

import java.time.LocalTime;

/** The parts of a day a volunteer can offer, coarse on purpose: nobody plans helping to the minute. */
public enum PartOfDay {
    MORNING(LocalTime.of(9, 0), LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(12, 0), LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(21, 0));

    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }
}
