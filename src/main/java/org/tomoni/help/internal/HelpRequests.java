package org.tomoni.help.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.Rating;
import org.tomoni.help.TimelineEntry;
import org.tomoni.storage.DurableWrites;

/**
 * The help requests collection. Each change is one {@code findAndModify} whose query states what must still be
 * true (still finding a helper, offered to this volunteer, not declined by them...), so of two racing changes
 * exactly one applies; the other gets {@code null} and reads what happened instead. Changes that promise
 * something to a person are flushed to disk before anyone is told.
 */
@Component
class HelpRequests {

    private static final int LISTED = 100;

    private final MongoTemplate mongo;
    private final DurableWrites durable;

    HelpRequests(MongoTemplate mongo, DurableWrites durable) {
        this.mongo = mongo;
        this.durable = durable;
    }

    void insert(HelpRequestDocument request) {
        mongo.insert(request);
        durable.flush();
    }

    Optional<HelpRequestDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, HelpRequestDocument.class));
    }

    /** Records wave {@code wave}'s offers, once: only if the previous wave is the last one recorded. */
    Optional<HelpRequestDocument> recordWave(String id, int wave, List<OfferEntry> offers, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.FINDING).and("wave").is(wave - 1),
                new Update().set("wave", wave).push("offers").each(offers.toArray()).push("timeline", entry));
    }

    /** A coordinator's offer by hand: not to someone already asked. */
    Optional<HelpRequestDocument> addOffer(String id, OfferEntry offer, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.FINDING).and("offers.volunteer").ne(offer.volunteer())
                        .and("declinedBy").ne(offer.volunteer()),
                new Update().push("offers", offer).push("timeline", entry));
    }

    /** The first valid YES: only while nobody has the request, and only from someone offered it who did not say no. */
    Optional<HelpRequestDocument> accept(String id, String volunteer, String name, Instant at, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.FINDING).and("offers.volunteer").is(volunteer)
                        .and("declinedBy").ne(volunteer),
                helperSet(volunteer, name, at).push("timeline", entry));
    }

    /**
     * A coordinator gives the request to someone, replacing the helper they saw (none, or the one named): if a
     * volunteer said YES in the meantime, nothing changes and the coordinator sees the new helper instead.
     */
    Optional<HelpRequestDocument> assign(String id, @Nullable String replacing, String volunteer, String name,
                                         Instant at, TimelineEntry entry) {
        Update update = helperSet(volunteer, name, at).push("timeline", entry);
        if (replacing != null && !replacing.equals(volunteer)) {
            update.addToSet("declinedBy", replacing);
        }
        return change(byId(id).and("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED).and("helper").is(replacing),
                update);
    }

    Optional<HelpRequestDocument> decline(String id, String volunteer, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.FINDING).and("offers.volunteer").is(volunteer)
                        .and("declinedBy").ne(volunteer),
                new Update().addToSet("declinedBy", volunteer).push("timeline", entry));
    }

    /**
     * The helper cannot do it: the request looks for someone else, and they are not asked again. The waves start
     * afresh from the next one ({@code waveBase}), and a later failure escalates again.
     */
    Optional<HelpRequestDocument> release(String id, String helper, int wave, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.ACCEPTED).and("helper").is(helper),
                new Update().set("status", HelpStatus.FINDING).unset("helper").unset("helperName")
                        .unset("acceptedAt").set("waveBase", wave).set("escalated", false)
                        .addToSet("declinedBy", helper).push("timeline", entry));
    }

    /** Remembers which offer a call was about, so the key pressed answers that offer. */
    void callPlaced(String id, String callId, String volunteer) {
        mongo.updateFirst(Query.query(byId(id)), new Update().set("calls." + callId, volunteer),
                HelpRequestDocument.class);
    }

    Optional<HelpRequestDocument> withCall(String callId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("calls." + callId).exists(true)),
                HelpRequestDocument.class));
    }

    /** Requests still open, or closed in the last day: what a restarted node checks everyone was told about. */
    List<HelpRequestDocument> recent(Instant since) {
        return mongo.find(Query.query(new Criteria().orOperator(
                where("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED), where("closedAt").gte(since))),
                HelpRequestDocument.class);
    }

    List<HelpRequestDocument> whereVolunteerIsAsked(String volunteer) {
        return mongo.find(Query.query(new Criteria().orOperator(where("offers.volunteer").is(volunteer),
                where("helper").is(volunteer)).and("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED)),
                HelpRequestDocument.class);
    }

    Optional<HelpRequestDocument> cancel(String id, Instant at, TimelineEntry entry) {
        return change(byId(id).and("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED),
                new Update().set("status", HelpStatus.CANCELLED).set("closedAt", at).push("timeline", entry));
    }

    Optional<HelpRequestDocument> done(String id, String helper, String outcome, Instant at, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.ACCEPTED).and("helper").is(helper),
                new Update().set("status", HelpStatus.DONE).set("closedAt", at).set("outcome", outcome)
                        .push("timeline", entry));
    }

    Optional<HelpRequestDocument> rate(String id, String learner, Rating rating, TimelineEntry entry) {
        return change(byId(id).and("learner").is(learner).and("status").is(HelpStatus.DONE).and("rating").is(null),
                new Update().set("rating", rating).push("timeline", entry));
    }

    /** Flags it for the coordinators, once. */
    Optional<HelpRequestDocument> escalate(String id, TimelineEntry entry) {
        return change(byId(id).and("status").is(HelpStatus.FINDING).and("escalated").is(false),
                new Update().set("escalated", true).push("timeline", entry));
    }

    void note(String id, TimelineEntry entry) {
        mongo.updateFirst(Query.query(byId(id)), new Update().push("timeline", entry), HelpRequestDocument.class);
    }

    List<HelpRequestDocument> byIds(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), HelpRequestDocument.class);
    }

    List<HelpRequestDocument> helpedBy(String volunteer, HelpStatus status) {
        return mongo.find(Query.query(where("helper").is(volunteer).and("status").is(status))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), HelpRequestDocument.class);
    }

    List<HelpRequestDocument> offeredTo(String volunteer) {
        return mongo.find(Query.query(new Criteria().orOperator(where("offers.volunteer").is(volunteer),
                        where("helper").is(volunteer))).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LISTED),
                HelpRequestDocument.class);
    }

    List<HelpRequestDocument> ofLearner(String learner) {
        return mongo.find(Query.query(where("learner").is(learner))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LISTED), HelpRequestDocument.class);
    }

    /**
     * @param areas  null for every area
     * @param status null for open ones and those closed in the last day
     */
    List<HelpRequestDocument> inAreas(@Nullable Collection<String> areas, @Nullable HelpStatus status,
                                      boolean escalatedOnly, Instant now) {
        Criteria criteria = areas == null ? new Criteria() : where("area").in(areas);
        if (status != null) {
            criteria.and("status").is(status);
        } else {
            criteria.orOperator(where("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED),
                    where("closedAt").gte(now.minusSeconds(86_400)));
        }
        if (escalatedOnly) {
            criteria.and("escalated").is(true);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LISTED),
                HelpRequestDocument.class);
    }

    List<HelpRequestDocument> openIn(@Nullable Collection<String> areas) {
        Criteria criteria = where("status").in(HelpStatus.FINDING, HelpStatus.ACCEPTED);
        if (areas != null) {
            criteria.and("area").in(areas);
        }
        return mongo.find(Query.query(criteria), HelpRequestDocument.class);
    }

    void removeOfLearner(String learner) {
        mongo.remove(Query.query(where("learner").is(learner)), HelpRequestDocument.class);
    }

    private Optional<HelpRequestDocument> change(Criteria precondition, Update update) {
        HelpRequestDocument changed = mongo.findAndModify(Query.query(precondition), update,
                FindAndModifyOptions.options().returnNew(true), HelpRequestDocument.class);
        if (changed != null) {
            durable.flush();
        }
        return Optional.ofNullable(changed);
    }

    private static Update helperSet(String volunteer, String name, Instant at) {
        return new Update().set("status", HelpStatus.ACCEPTED).set("helper", volunteer).set("helperName", name)
                .set("acceptedAt", at);
    }

    private static Criteria byId(String id) {
        return where("_id").is(id);
    }
}
