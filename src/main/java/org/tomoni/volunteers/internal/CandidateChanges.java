package org.tomoni.volunteers.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each area's change feed: a counter and the ids of the volunteers changed last, bumped after every change that
 * matching looks at (profile, duty, breaks, approval, track record). A node keeps its copy of an area's candidates
 * ({@link CandidateCache}) current by reading this one small document by {@code _id} and then only the volunteers
 * it names. The epoch is new whenever the feed starts again (a new store, a rebuilt index), so a copy taken from
 * another store is never mistaken for a current one.
 */
@Component
class CandidateChanges {

    static final String COLLECTION = "volunteers_changes";
    /** Enough for a busy area between two matches; a copy further behind is read again whole. */
    static final int KEPT = 200;

    private final MongoTemplate mongo;
    /** Per area, how many changes this node has written: a node's own changes show in its copy at once. */
    private final Map<String, AtomicLong> writtenHere = new ConcurrentHashMap<>();

    CandidateChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Called after the volunteer's document was written, so a reader who sees the count sees the change. */
    void changed(@Nullable String area, String volunteer) {
        if (area != null) {
            changed(area, List.of(volunteer));
        }
    }

    /** Several volunteers of one area at once: one change each, in one update. */
    void changed(String area, List<String> volunteers) {
        mongo.upsert(Query.query(where("_id").is(area)), new Update()
                .inc("rev", volunteers.size())
                .push("ids").slice(-KEPT).each(volunteers.toArray())
                .setOnInsert("epoch", UUID.randomUUID().toString()), COLLECTION);
        writtenHere.computeIfAbsent(area, any -> new AtomicLong()).incrementAndGet();
    }

    /** How many changes to the area this node has written so far. */
    long writtenHere(String area) {
        AtomicLong written = writtenHere.get(area);
        return written == null ? 0 : written.get();
    }

    /** Where the area's feed stands now; an area nobody changed yet has no epoch and count 0. */
    Feed of(String area) {
        Document found = mongo.findById(area, Document.class, COLLECTION);
        if (found == null) {
            return new Feed(null, 0, List.of());
        }
        Number rev = found.get("rev", Number.class);
        return new Feed(found.getString("epoch"), rev == null ? 0 : rev.longValue(),
                found.getList("ids", String.class, List.of()));
    }

    /**
     * Starts the areas' feeds again under a new epoch, after their index was written anew: every node then reads
     * those areas afresh, even one that read them while they were being written.
     */
    void restart(Collection<String> areas) {
        for (String area : areas) {
            writtenHere.computeIfAbsent(area, any -> new AtomicLong()).incrementAndGet();
            mongo.upsert(Query.query(where("_id").is(area)), new Update()
                    .set("rev", 0L)
                    .set("ids", List.of())
                    .set("epoch", UUID.randomUUID().toString()), COLLECTION);
        }
    }

    /**
     * @param epoch   null while nothing in the area has changed since the feed started
     * @param changed the ids of the last changes, oldest first; the last one is change number {@code rev}
     */
    record Feed(@Nullable String epoch, long rev, List<String> changed) {

        /** The volunteers changed after change {@code known}, or null when the feed no longer reaches back so far. */
        @Nullable List<String> since(long known) {
            long missed = rev - known;
            if (missed < 0 || missed > changed.size()) {
                return null;
            }
            return changed.subList(changed.size() - (int) missed, changed.size());
        }
    }
}
