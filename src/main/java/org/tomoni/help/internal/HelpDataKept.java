package org.tomoni.help.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonalDataSection;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpWay;
import org.tomoni.help.Rating;
import org.tomoni.lessons.Skill;

/**
 * A person's part of help in "download my data": a learner's own requests, and a volunteer's own offers and
 * answers — never the other people on the same request beyond the first name the person was shown. Leaving Tomoni
 * ends what is open: a learner's requests are cancelled (the volunteers asked are told) and then erased; a
 * volunteer's requests look for someone else and their open offers end.
 */
@Component
class HelpDataKept implements PersonalDataSection {

    private final HelpRequests requests;
    private final HelpFlow flow;
    private final OpenOffers openOffers;

    HelpDataKept(HelpRequests requests, HelpFlow flow, OpenOffers openOffers) {
        this.requests = requests;
        this.flow = flow;
        this.openOffers = openOffers;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Object dataOf(Person person) {
        String id = person.id().value();
        List<Asked> asked = requests.ofLearner(id).stream().map(Asked::of).toList();
        List<Offered> offered = requests.offeredTo(id).stream()
                .filter(request -> !request.learner().equals(id))
                .map(request -> Offered.of(request, id)).toList();
        return Map.of("asked", asked, "offered", offered);
    }

    @EventListener
    void on(PersonDeleted deleted) {
        String id = deleted.person().value();
        for (HelpRequestDocument request : requests.ofLearner(id)) {
            if (request.status().isOpen()) {
                flow.learnerLeft(request);
            }
        }
        requests.removeOfLearner(id);
        flow.volunteerLeft(deleted.person());
        openOffers.forget(id);
    }

    /** A request as its learner made it, and who helped (first name). */
    record Asked(Instant at, HelpKind kind, @Nullable Skill topic, HelpWay way, String details,
                 @Nullable String lesson, @Nullable Integer step, HelpStatus status, @Nullable String helper,
                 @Nullable String outcome, @Nullable Rating rating) {

        static Asked of(HelpRequestDocument request) {
            return new Asked(request.createdAt(), request.kind(), request.topic(), request.way(), request.details(),
                    request.lesson(), request.step(), request.status(), request.helperName(), request.outcome(),
                    request.rating());
        }
    }

    /** An offer as the volunteer got it, and what they answered. */
    record Offered(Instant at, String learner, @Nullable Skill topic, HelpWay way, String code, boolean declined,
                   boolean helped, @Nullable String outcome) {

        static Offered of(HelpRequestDocument request, String volunteer) {
            var offer = request.offerTo(volunteer);
            boolean helped = volunteer.equals(request.helper());
            return new Offered(offer.map(OfferEntry::sentAt).orElse(request.createdAt()), request.learnerName(),
                    request.topic(), request.way(), offer.map(OfferEntry::code).orElse(""),
                    request.declined().contains(volunteer), helped, helped ? request.outcome() : null);
        }
    }
}
