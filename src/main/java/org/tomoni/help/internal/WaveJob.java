package org.tomoni.help.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The next thing to do for a request still looking for a helper: wave {@code step}, or escalation once the waves
 * are used up. One per request (its {@code _id} is the request's), so two nodes can never hold two jobs for the
 * same request; a node claims it with a lease, and a node that dies lets the lease run out for another to resume.
 */
@Document(WaveJob.COLLECTION)
record WaveJob(@Id String id, int step, Instant dueAt, @Nullable String leaseOwner, @Nullable Instant leaseUntil) {

    static final String COLLECTION = "help_jobs";
}
