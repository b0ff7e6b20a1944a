package org.tomoni.help.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.LessonPlace;
import org.tomoni.help.Offer;
import org.tomoni.help.Rating;
import org.tomoni.help.TimelineEntry;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;

/**
 * A help request with its offers, declines and timeline in one document: every change (a wave recorded, the first
 * YES, a decline, done) is one atomic update of it with a precondition, so two nodes or two replies can never both
 * win. {@code wave} is the last wave recorded; a wave that is re-run after a crash finds its offers here.
 */
@Document(HelpRequestDocument.COLLECTION)
record HelpRequestDocument(@Id String id, String learner, String learnerName, Language language, String area,
                           HelpKind kind, @Nullable Skill topic, HelpWay way, HelpTime.When when,
                           @Nullable Instant whenAt, String details, @Nullable String lesson,
                           @Nullable Integer step, @Nullable Device device, HelpStatus status, boolean escalated,
                           @Nullable String helper, @Nullable String helperName, Instant createdAt,
                           @Nullable Instant acceptedAt, @Nullable Instant closedAt, @Nullable String outcome,
                           @Nullable Rating rating, @Nullable String followUpOf, int wave,
                           @Nullable List<OfferEntry> offers, @Nullable List<String> declinedBy,
                           @Nullable List<TimelineEntry> timeline, @Nullable Integer waveBase,
                           @Nullable Map<String, String> calls) {

    static final String COLLECTION = "help_requests";

    /** The wave after which the current round of waves began: 0, or the last wave before a helper was released. */
    int firstWaveBefore() {
        return waveBase == null ? 0 : waveBase;
    }

    List<OfferEntry> offerList() {
        return Objects.requireNonNullElse(offers, List.of());
    }

    Set<String> declined() {
        return Set.copyOf(Objects.requireNonNullElse(declinedBy, List.of()));
    }

    /** Everyone asked or who said no: they are not asked again. */
    Set<PersonId> alreadyAsked() {
        Set<String> ids = offerList().stream().map(OfferEntry::volunteer).collect(Collectors.toSet());
        ids.addAll(declined());
        return ids.stream().map(PersonId::new).collect(Collectors.toSet());
    }

    Optional<OfferEntry> offerTo(String volunteer) {
        return offerList().stream().filter(offer -> offer.volunteer().equals(volunteer)).findFirst();
    }

    /** Offers nobody has answered yet, while the request still looks for a helper. */
    List<OfferEntry> openOffers() {
        Set<String> declined = declined();
        return status != HelpStatus.FINDING ? List.of() : offerList().stream()
                .filter(offer -> !declined.contains(offer.volunteer()))
                .toList();
    }

    HelpTime time() {
        return new HelpTime(when, whenAt);
    }

    @Nullable LessonPlace place() {
        return lesson == null || step == null ? null : new LessonPlace(new LessonId(lesson), step, device);
    }

    HelpRequest toRequest() {
        Set<String> declined = declined();
        List<Offer> shown = offerList().stream().map(offer -> new Offer(new PersonId(offer.volunteer()),
                offer.name(), offer.wave(), offer.code(), offer.sentAt(), stateOf(offer, declined))).toList();
        return new HelpRequest(new HelpRequestId(id), new PersonId(learner), learnerName, new AreaId(area), kind,
                topic, way, time(), details, place(), status, escalated,
                helper == null ? null : new HelpRequest.Helper(new PersonId(helper),
                        Objects.requireNonNullElse(helperName, "")),
                createdAt, acceptedAt, closedAt, Objects.requireNonNullElse(outcome, ""), rating,
                followUpOf == null ? null : new HelpRequestId(followUpOf), shown,
                Objects.requireNonNullElse(timeline, List.of()));
    }

    private Offer.State stateOf(OfferEntry offer, Set<String> declined) {
        if (offer.volunteer().equals(helper)) {
            return Offer.State.ACCEPTED;
        }
        if (declined.contains(offer.volunteer())) {
            return Offer.State.DECLINED;
        }
        return status == HelpStatus.FINDING ? Offer.State.OPEN : Offer.State.CLOSED;
    }
}
