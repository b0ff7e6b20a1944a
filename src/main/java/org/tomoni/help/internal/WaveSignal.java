package org.tomoni.help.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.tomoni.storage.DueJobs;

/** Hands a request's wave job to this node's wave workers the moment it is due, so they claim it by its id. */
@Component
class WaveSignal {

    private final DueJobs due = new DueJobs();

    void due(String request) {
        due.due(request);
    }

    void dueAt(String request, Instant at) {
        due.dueAt(request, at);
    }

    /** Jobs were made due without a hand-over (after a restart): a worker searches for them now. */
    void lookAround() {
        due.lookAround();
    }

    DueJobs jobs() {
        return due;
    }
}
