package org.tomoni.help.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonalDataSection;

/**
 * A learner's help requests and the requests a volunteer was offered are part of "download my data". A deleted
 * learner's requests go with them, and their open requests stop (jobs dropped, so nobody is texted about them).
 */
@Component
class HelpDataKept implements PersonalDataSection {

    private final HelpRequests requests;
    private final WaveJobs jobs;

    HelpDataKept(HelpRequests requests, WaveJobs jobs) {
        this.requests = requests;
        this.jobs = jobs;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Object dataOf(Person person) {
        return Map.of("asked", requests.ofLearner(person.id().value()),
                "offered", requests.offeredTo(person.id().value()));
    }

    @EventListener
    void on(PersonDeleted deleted) {
        requests.ofLearner(deleted.person().value()).forEach(request -> jobs.drop(request.id()));
        requests.removeOfLearner(deleted.person().value());
    }
}
