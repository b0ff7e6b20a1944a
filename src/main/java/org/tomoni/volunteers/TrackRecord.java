package org.tomoni.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a volunteer has done for learners: the "talent list with ratings and track records" coordinators keep, and
 * what the volunteer sees of themselves. Ratings are the learners' answers to "Did this help?".
 *
 * @param offers         help requests offered to them
 * @param lastOfferedAt  when they were last asked, so that work is shared fairly
 * @param recentAccepts  when they took a request, for the last few weeks: their weekly limit counts these
 * @param helped         requests they saw through to the end
 * @param minutesHelped  time from taking a request to closing it, summed
 * @param helpedWell     learners who answered "yes, it helped"
 * @param helpedALittle  "a little"
 * @param didNotHelp     "no"
 */
public record TrackRecord(int offers, @Nullable Instant lastOfferedAt, List<Instant> recentAccepts, int helped,
                          long minutesHelped, int helpedWell, int helpedALittle, int didNotHelp) {

    public static final TrackRecord NONE = new TrackRecord(0, null, List.of(), 0, 0, 0, 0, 0);

    public TrackRecord {
        recentAccepts = List.copyOf(recentAccepts);
    }

    public long acceptedSince(Instant since) {
        return recentAccepts.stream().filter(accepted -> accepted.isAfter(since)).count();
    }

    public int ratings() {
        return helpedWell + helpedALittle + didNotHelp;
    }

    /** 1 (did not help) to 3 (helped), or 0 with no ratings yet. */
    public double averageRating() {
        int ratings = ratings();
        return ratings == 0 ? 0 : (3.0 * helpedWell + 2.0 * helpedALittle + didNotHelp) / ratings;
    }

    public Duration timeHelped() {
        return Duration.ofMinutes(minutesHelped);
    }
}
