package org.tomoni.help.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.accounts.Role;
import org.tomoni.help.Considered;
import org.tomoni.help.HelpQueue;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;

/** A coordinator sees and moves requests of their own area only; an administrator, every area. */
@Service
class CoordinatorHelpQueue implements HelpQueue {

    private final CurrentPerson currentPerson;
    private final PersonLookup people;
    private final HelpRequests requests;
    private final HelpFlow flow;
    private final Matching matching;
    private final Clock clock;

    CoordinatorHelpQueue(CurrentPerson currentPerson, PersonLookup people, HelpRequests requests, HelpFlow flow,
                         Matching matching, Clock clock) {
        this.currentPerson = currentPerson;
        this.people = people;
        this.requests = requests;
        this.flow = flow;
        this.matching = matching;
        this.clock = clock;
    }

    @Override
    public List<HelpRequest> inMyArea(@Nullable HelpStatus status, boolean escalatedOnly) {
        Person me = requireCoordinator();
        return requests.inAreas(areasOf(me), status, escalatedOnly, clock.instant()).stream()
                .map(HelpRequestDocument::toRequest).toList();
    }

    @Override
    public Counts counts() {
        Person me = requireCoordinator();
        List<HelpRequestDocument> open = requests.openIn(areasOf(me));
        return new Counts(open.size(),
                (int) open.stream().filter(request -> request.status() == HelpStatus.FINDING).count(),
                (int) open.stream().filter(request -> request.escalated()
                        && request.status() == HelpStatus.FINDING).count());
    }

    @Override
    public HelpRequest get(HelpRequestId id) {
        return inMyScope(requireCoordinator(), id).toRequest();
    }

    @Override
    public List<Considered> whyVolunteers(HelpRequestId id) {
        Person me = requireCoordinator();
        Set<String> areas = areasOf(me);
        // Volunteers of a neighbouring area are weighed too, but only their own coordinators see who they are.
        return matching.explained(inMyScope(me, id), clock.instant()).stream()
                .map(considered -> areas == null || people.byId(considered.volunteer())
                        .map(person -> person.area() != null && areas.contains(person.area().value()))
                        .orElse(false) ? considered
                        : new Considered(considered.volunteer(), "", considered.km(), considered.excluded(),
                                considered.score(), considered.nearness(), considered.fairness(), considered.record()))
                .toList();
    }

    @Override
    public void offerTo(HelpRequestId id, PersonId volunteer) {
        Person me = requireCoordinator();
        if (!flow.offerTo(inMyScope(me, id), volunteerInScope(me, volunteer), me)) {
            throw new IllegalStateException("The request has a helper already, or this volunteer was asked");
        }
    }

    @Override
    public void assign(HelpRequestId id, PersonId volunteer) {
        Person me = requireCoordinator();
        if (!flow.assign(inMyScope(me, id), volunteerInScope(me, volunteer), me)) {
            throw new IllegalStateException("The request is closed");
        }
    }

    @Override
    public void release(HelpRequestId id) {
        Person me = requireCoordinator();
        if (!flow.release(inMyScope(me, id), me)) {
            throw new IllegalStateException("Nobody is helping with this request now");
        }
    }

    @Override
    public void cancel(HelpRequestId id) {
        Person me = requireCoordinator();
        if (!flow.cancel(inMyScope(me, id), me)) {
            throw new IllegalStateException("The request is closed already");
        }
    }

    private HelpRequestDocument inMyScope(Person me, HelpRequestId id) {
        Set<String> areas = areasOf(me);
        return requests.find(id.value()).filter(request -> areas == null || areas.contains(request.area()))
                .orElseThrow(() -> new AccessDeniedException("No such request in your area"));
    }

    private Person volunteerInScope(Person me, PersonId id) {
        Set<String> areas = areasOf(me);
        Person volunteer = people.byId(id).filter(person -> person.has(Role.VOLUNTEER))
                .filter(person -> areas == null || (person.area() != null && areas.contains(person.area().value())))
                .orElseThrow(() -> new AccessDeniedException("No such volunteer in your area"));
        if (volunteer.vetting() == Person.Vetting.AWAITING) {
            // A coordinator may ask someone on a break (they phoned them), never someone nobody has checked.
            throw new IllegalArgumentException("This volunteer has not been checked yet");
        }
        return volunteer;
    }

    /** Null for an administrator: every area. */
    private static @Nullable Set<String> areasOf(Person me) {
        if (me.has(Role.ADMIN)) {
            return null;
        }
        return me.area() == null ? Set.of() : Set.of(me.area().value());
    }

    private Person requireCoordinator() {
        return currentPerson.signedIn().filter(person -> person.has(Role.COORDINATOR) || person.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only coordinators see the help queue"));
    }
}
