package org.tomoni.help.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.Rating;

@Service
class LearnerHelpDesk implements HelpDesk {

    private final CurrentPerson currentPerson;
    private final PersonLookup people;
    private final HelpRequests requests;
    private final HelpFlow flow;

    LearnerHelpDesk(CurrentPerson currentPerson, PersonLookup people, HelpRequests requests, HelpFlow flow) {
        this.currentPerson = currentPerson;
        this.people = people;
        this.requests = requests;
        this.flow = flow;
    }

    @Override
    public Eligibility eligibility() {
        return currentPerson.signedIn().filter(person -> person.area() != null).map(person -> {
            List<HelpWay> ways = new ArrayList<>();
            if (person.phone() != null) {
                ways.add(HelpWay.PHONE);
            }
            ways.add(HelpWay.SESSION);
            if (flow.homeVisitsIn(person)) {
                ways.add(HelpWay.HOME);
            }
            String areaName = people.areas().stream().filter(area -> area.id().equals(person.area()))
                    .map(area -> area.name(person.language())).findFirst().orElse("");
            return new Eligibility(true, List.copyOf(ways), areaName);
        }).orElse(Eligibility.NOT_SIGNED_IN);
    }

    @Override
    public HelpRequest ask(HelpAsk ask) {
        Person me = requireLearner();
        if (!eligibility().ways().contains(ask.way())) {
            throw new IllegalArgumentException("This way of helping is not available to you");
        }
        return flow.ask(me, ask, null).toRequest();
    }

    @Override
    public List<HelpRequest> mine() {
        Person me = requireLearner();
        return requests.ofLearner(me.id().value()).stream().map(HelpRequestDocument::toRequest).toList();
    }

    @Override
    public void cancel(HelpRequestId id) {
        Person me = requireLearner();
        flow.cancel(myRequest(me, id), me);
    }

    @Override
    public void rate(HelpRequestId id, Rating rating) {
        Person me = requireLearner();
        if (!flow.rate(myRequest(me, id), me.id(), rating)) {
            throw new IllegalStateException("This request is not waiting for your answer");
        }
    }

    @Override
    public HelpRequest followUp(HelpRequestId id, String details) {
        Person me = requireLearner();
        HelpRequestDocument first = myRequest(me, id);
        HelpWay way = eligibility().ways().contains(first.way()) ? first.way() : HelpWay.SESSION;
        HelpAsk again = new HelpAsk(first.kind(), first.topic(), way, HelpTime.NOW, details, first.place());
        return flow.ask(me, again, first.id()).toRequest();
    }

    private HelpRequestDocument myRequest(Person me, HelpRequestId id) {
        return requests.find(id.value()).filter(request -> request.learner().equals(me.id().value()))
                .orElseThrow(() -> new AccessDeniedException("No such request of yours"));
    }

    private Person requireLearner() {
        return currentPerson.signedIn().filter(person -> person.area() != null)
                .orElseThrow(() -> new AccessDeniedException("Sign in with an area to ask for help"));
    }
}
