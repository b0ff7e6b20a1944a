package org.tomoni.help.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;
import org.tomoni.help.HelpOffers;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.Offer;

@Service
class VolunteerHelpOffers implements HelpOffers {

    static final int LONGEST_OUTCOME = 300;

    private final CurrentPerson currentPerson;
    private final HelpRequests requests;
    private final HelpFlow flow;

    VolunteerHelpOffers(CurrentPerson currentPerson, HelpRequests requests, HelpFlow flow) {
        this.currentPerson = currentPerson;
        this.requests = requests;
        this.flow = flow;
    }

    @Override
    public List<HelpRequest> mine() {
        Person me = requireVolunteer();
        return requests.offeredTo(me.id().value()).stream().map(HelpRequestDocument::toRequest)
                .sorted(Comparator.comparingInt((HelpRequest request) -> rank(request, me)))
                .toList();
    }

    @Override
    public boolean accept(HelpRequestId id) {
        Person me = requireVolunteer();
        return flow.accept(offeredToMe(me, id), me);
    }

    @Override
    public void decline(HelpRequestId id) {
        Person me = requireVolunteer();
        flow.decline(offeredToMe(me, id), me);
    }

    @Override
    public void done(HelpRequestId id, String outcome) {
        Person me = requireVolunteer();
        if (outcome.strip().length() > LONGEST_OUTCOME) {
            throw new IllegalArgumentException("An outcome is at most " + LONGEST_OUTCOME + " characters");
        }
        if (!flow.done(helpedByMe(me, id), me, outcome)) {
            throw new IllegalStateException("The request was closed or given to someone else meanwhile");
        }
    }

    @Override
    public void callLearner(HelpRequestId id) {
        Person me = requireVolunteer();
        flow.callLearner(helpedByMe(me, id), me);
    }

    /** Open offers first, then what they are helping with, then the rest. */
    private static int rank(HelpRequest request, Person me) {
        boolean mine = request.helper() != null && request.helper().id().equals(me.id());
        if (request.status() == HelpStatus.FINDING && request.offerTo(me.id())
                .filter(offer -> offer.state() == Offer.State.OPEN).isPresent()) {
            return 0;
        }
        return mine && request.status() == HelpStatus.ACCEPTED ? 1 : 2;
    }

    private HelpRequestDocument offeredToMe(Person me, HelpRequestId id) {
        return requests.find(id.value()).filter(request -> request.offerTo(me.id().value()).isPresent())
                .orElseThrow(() -> new AccessDeniedException("No such request offered to you"));
    }

    private HelpRequestDocument helpedByMe(Person me, HelpRequestId id) {
        return requests.find(id.value()).filter(request -> me.id().value().equals(request.helper())
                        && request.status() == HelpStatus.ACCEPTED)
                .orElseThrow(() -> new AccessDeniedException("You are not helping with this request"));
    }

    private Person requireVolunteer() {
        return currentPerson.signedIn().filter(person -> person.has(Role.VOLUNTEER))
                .orElseThrow(() -> new AccessDeniedException("Only volunteers get help requests"));
    }
}
