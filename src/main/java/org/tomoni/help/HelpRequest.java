package org.tomoni.help;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.Skill;

/**
 * A request for help as the people involved see it. It never carries the learner's phone number or address: the
 * volunteer reaches the learner through a bridged call or at a session.
 *
 * @param learnerName the learner's first name
 * @param helper      the volunteer who took it, once someone has
 * @param followUpOf  the request this one continues
 */
public record HelpRequest(HelpRequestId id, PersonId learner, String learnerName, AreaId area, HelpKind kind,
                          @Nullable Skill topic, HelpWay way, HelpTime when, String details,
                          @Nullable LessonPlace place, HelpStatus status, boolean escalated,
                          @Nullable Helper helper, Instant createdAt, @Nullable Instant acceptedAt,
                          @Nullable Instant closedAt, String outcome, @Nullable Rating rating,
                          @Nullable HelpRequestId followUpOf, List<Offer> offers, List<TimelineEntry> timeline) {

    public HelpRequest {
        offers = List.copyOf(offers);
        timeline = List.copyOf(timeline);
    }

    public Optional<Offer> offerTo(PersonId volunteer) {
        return offers.stream().filter(offer -> offer.volunteer().equals(volunteer)).findFirst();
    }

    /** Finished, and the learner has not said yet whether it helped. */
    public boolean awaitsRating() {
        return status == HelpStatus.DONE && rating == null;
    }

    /** @param name first name only */
    public record Helper(PersonId id, String name) {
    }
}
