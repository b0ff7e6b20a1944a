package org.tomoni.help.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.storage.DurableWrites;

/**
 * The wave jobs collection: small (one document per request still looking for a helper), claimed with a lease by
 * one atomic update. Every change after a claim names the node holding it, so a node whose lease ran out cannot
 * undo the work of the node that took over. A new job is flushed to disk at once (the request must not be lost);
 * claims and steps are not: one lost in a crash only makes the job run its step again, and a step run twice
 * texts nobody twice.
 */
@Component
class WaveJobs {

    private final MongoTemplate mongo;
    private final DurableWrites durable;
    private final Clock clock;

    WaveJobs(MongoTemplate mongo, DurableWrites durable, Clock clock) {
        this.mongo = mongo;
        this.durable = durable;
        this.clock = clock;
    }

    /** The first wave of a new request; asking twice keeps the first. */
    void start(String request, Instant dueAt) {
        start(request, 1, dueAt);
    }

    /** A job from {@code step}, unless the request has one already. */
    void start(String request, int step, Instant dueAt) {
        try {
            mongo.insert(new WaveJob(request, step, dueAt, null, null));
            durable.flush();
        } catch (DuplicateKeyException already) {
            // the request's job exists: it carries on from where it is
        }
    }

    /** Starts again from {@code step} (a helper released the request); a node running the old step loses its hold. */
    void restart(String request, int step, Instant dueAt) {
        mongo.upsert(Query.query(where("_id").is(request)), new Update().set("step", step).set("dueAt", dueAt)
                .unset("leaseOwner").unset("leaseUntil"), WaveJob.class);
        durable.flush();
    }

    /** The request's job, if it is due and nobody holds it: one lookup by {@code _id}. */
    Optional<WaveJob> claim(String request, String node, Duration lease) {
        Instant now = clock.instant();
        return claim(Query.query(where("_id").is(request).and("dueAt").lte(now).orOperator(
                where("leaseUntil").is(null), where("leaseUntil").lt(now))), node, lease, now);
    }

    /** The job due first, found by searching the collection. */
    Optional<WaveJob> claimNext(String node, Duration lease) {
        Instant now = clock.instant();
        return claim(Query.query(where("dueAt").lte(now).orOperator(where("leaseUntil").is(null),
                where("leaseUntil").lt(now))).with(Sort.by("dueAt")), node, lease, now);
    }

    private Optional<WaveJob> claim(Query due, String node, Duration lease, Instant now) {
        WaveJob claimed = mongo.findAndModify(due,
                new Update().set("leaseOwner", node).set("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true), WaveJob.class);
        return Optional.ofNullable(claimed);
    }

    /** The next step, later; only the node holding the job may move it on. */
    boolean next(WaveJob job, String node, int step, Instant dueAt) {
        boolean moved = mongo.updateFirst(heldBy(job, node), new Update().set("step", step).set("dueAt", dueAt)
                .unset("leaseOwner").unset("leaseUntil"), WaveJob.class).getModifiedCount() == 1;
        return moved;
    }

    void finish(WaveJob job, String node) {
        mongo.remove(heldBy(job, node), WaveJob.class);
    }

    /** Every offer of the wave was declined: no need to wait for the rest of its time. */
    void hurry(String request) {
        mongo.updateFirst(Query.query(where("_id").is(request)), new Update().set("dueAt", clock.instant()),
                WaveJob.class);
    }

    /** The request found a helper or closed: nothing more to do for it. */
    void drop(String request) {
        mongo.remove(Query.query(where("_id").is(request)), WaveJob.class);
    }

    private static Query heldBy(WaveJob job, String node) {
        return Query.query(Criteria.where("_id").is(job.id()).and("leaseOwner").is(node));
    }
}
