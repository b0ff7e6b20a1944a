package org.tomoni.volunteers.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.VolunteerProfile;

/** The volunteers module's own collection; every change is one update of named fields by {@code _id}. */
@Component
class VolunteerStore {

    private static final Duration RECENT_ACCEPTS = Duration.ofDays(28);
    private static final int CANDIDATES_PER_READ = 200;

    private final MongoTemplate mongo;
    private final CandidateIndex index;
    private final CandidateChanges changes;

    VolunteerStore(MongoTemplate mongo, CandidateIndex index, CandidateChanges changes) {
        this.mongo = mongo;
        this.index = index;
        this.changes = changes;
    }

    /** The volunteer's document, created with a starting profile in their language the first time. */
    VolunteerDocument findOrStart(PersonId person, Language language) {
        VolunteerDocument found = mongo.findById(person.value(), VolunteerDocument.class);
        if (found != null) {
            return found;
        }
        try {
            return mongo.insert(VolunteerDocument.startingFor(person.value(), language));
        } catch (DuplicateKeyException startedMeanwhile) {
            return Objects.requireNonNull(mongo.findById(person.value(), VolunteerDocument.class),
                    "volunteer document removed while it was being created");
        }
    }

    Map<String, VolunteerDocument> byIds(Collection<PersonId> people) {
        List<String> ids = people.stream().map(PersonId::value).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), VolunteerDocument.class).stream()
                .collect(Collectors.toMap(VolunteerDocument::id, Function.identity()));
    }

    /**
     * The candidates' documents as matching reads them: without the candidate index entries they are listed under
     * and the coordinators' note, which matching never looks at and which make up most of a document. Matching
     * reads thousands of these per request, so every field left out counts.
     */
    Map<String, VolunteerDocument> candidatesByIds(Collection<PersonId> people) {
        List<String> ids = people.stream().map(PersonId::value).toList();
        Map<String, VolunteerDocument> found = new HashMap<>();
        // In slices: the embedded server checks each document it found against the whole $in list again, so one
        // $in of n ids costs n * n comparisons there (thousands of candidates: over 100 ms); a real MongoDB does
        // not care either way.
        for (int from = 0; from < ids.size(); from += CANDIDATES_PER_READ) {
            Query query = Query.query(Criteria.where("_id").in(
                    ids.subList(from, Math.min(ids.size(), from + CANDIDATES_PER_READ))));
            query.fields().exclude("indexedUnder", "note");
            mongo.find(query, VolunteerDocument.class).forEach(volunteer -> found.put(volunteer.id(), volunteer));
        }
        return found;
    }

    void saveProfile(PersonId person, VolunteerProfile profile) {
        VolunteerDocument fields = VolunteerDocument.of(person.value(), profile);
        set(person, new Update()
                .set("languages", fields.languages())
                .set("skills", fields.skills())
                .set("travelKm", fields.travelKm())
                .set("helpsByPhone", fields.helpsByPhone())
                .set("freeTimes", fields.freeTimes())
                .set("quietFrom", fields.quietFrom())
                .set("quietUntil", fields.quietUntil())
                .set("zone", fields.zone())
                .set("perWeek", fields.perWeek())
                .set("byCall", fields.byCall()));
    }

    void setDuty(PersonId person, boolean onDuty) {
        Update update = new Update().set("onDuty", onDuty);
        if (onDuty) {
            // Coming on duty ends the volunteer's own break ("ON" means "ask me now"), never a coordinator's hold.
            update.unset("pausedUntil");
        }
        set(person, update);
    }

    /** The volunteer's own break. */
    void pauseUntil(PersonId person, @Nullable Instant until) {
        set(person, until == null ? new Update().unset("pausedUntil")
                : new Update().set("pausedUntil", until).set("onDuty", false));
    }

    /** A coordinator's pause, kept apart so that neither side ends the other's. */
    void holdUntil(PersonId person, @Nullable Instant until) {
        set(person, until == null ? new Update().unset("heldUntil")
                : new Update().set("heldUntil", until).set("onDuty", false));
    }

    /** Matching never reads the note, so no node needs to hear of it. */
    void note(PersonId person, String note) {
        mongo.updateFirst(byId(person), new Update().set("note", note), VolunteerDocument.class);
    }

    void forget(PersonId person) {
        VolunteerDocument gone = mongo.findAndRemove(Query.query(Criteria.where("_id").is(person.value())),
                VolunteerDocument.class);
        if (gone != null) {
            index.reindex(withoutCandidacy(gone));
            changes.changed(gone.area(), gone.id());
        }
    }

    /**
     * Copies what matching needs from the person (area, checked by a coordinator) and lists the volunteer in the
     * candidate index under what they are now. Called after every change that matching looks at.
     */
    void refreshCandidacy(Person person) {
        boolean approved = person.has(Role.VOLUNTEER) && person.vetting() != Person.Vetting.AWAITING;
        Update copy = new Update().set("approved", approved);
        if (person.area() == null) {
            copy.unset("area");
        } else {
            copy.set("area", person.area().value());
        }
        VolunteerDocument before = mongo.findAndModify(byId(person.id()), copy, VolunteerDocument.class);
        VolunteerDocument current = mongo.findById(person.id().value(), VolunteerDocument.class);
        if (before == null || current == null) {
            return;
        }
        index.reindex(current);
        if (current.indexedUnder() != null) {
            // the list lives with the index now
            mongo.updateFirst(byId(person.id()), new Update().unset("indexedUnder"), VolunteerDocument.class);
        }
        changes.changed(current.area(), current.id());
        if (!Objects.equals(before.area(), current.area())) {
            changes.changed(before.area(), current.id());
        }
    }

    Optional<VolunteerDocument> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, VolunteerDocument.class));
    }

    List<VolunteerDocument> all() {
        return mongo.findAll(VolunteerDocument.class);
    }

    /** A wave's volunteers in one update, and each of their areas' feeds told once. */
    void offered(Collection<Candidate> volunteers, Instant at) {
        List<String> ids = volunteers.stream().map(volunteer -> volunteer.id().value()).toList();
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
                new Update().inc("offers", 1).max("lastOfferedAt", at), VolunteerDocument.class);
        volunteers.stream().filter(volunteer -> volunteer.area() != null)
                .collect(Collectors.groupingBy(volunteer -> volunteer.area().value(),
                        Collectors.mapping(volunteer -> volunteer.id().value(), Collectors.toList())))
                .forEach(changes::changed);
    }

    /** Keeps four weeks of acceptances: enough for "this week", small enough to read with every match. */
    void accepted(PersonId person, Instant at) {
        set(person, new Update().push("recentAccepts", at));
        set(person, new Update().pull("recentAccepts",
                new Document("$lt", at.minus(RECENT_ACCEPTS))));
    }

    void helped(PersonId person, Duration time) {
        set(person, new Update().inc("helped", 1).inc("minutesHelped", Math.max(1, time.toMinutes())));
    }

    void rated(PersonId person, int rating) {
        String field = switch (rating) {
            case 3 -> "helpedWell";
            case 2 -> "helpedALittle";
            case 1 -> "didNotHelp";
            default -> throw new IllegalArgumentException("A rating is 1, 2 or 3");
        };
        set(person, new Update().inc(field, 1));
    }

    private static VolunteerDocument withoutCandidacy(VolunteerDocument gone) {
        return new VolunteerDocument(gone.id(), gone.languages(), gone.skills(), gone.travelKm(),
                gone.helpsByPhone(), gone.freeTimes(), gone.quietFrom(), gone.quietUntil(), gone.zone(),
                gone.perWeek(), gone.byCall(), false, null, null, null, null, false, null, null, null, null, null,
                null, null, null, gone.indexedUnder());
    }

    private static Query byId(PersonId person) {
        return Query.query(Criteria.where("_id").is(person.value()));
    }

    /** One update by {@code _id}; then the feed of the volunteer's area, which the update never changes. */
    private void set(PersonId person, Update update) {
        Query query = byId(person);
        query.fields().include("area");
        Document before = mongo.findAndModify(query, update, Document.class, VolunteerDocument.COLLECTION);
        if (before != null) {
            changes.changed(before.getString("area"), person.value());
        }
    }
}
