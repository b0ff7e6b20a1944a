package org.tomoni.volunteers.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.VolunteerProfile;

/** The volunteers module's own collection; every change is one update of named fields by {@code _id}. */
@Component
class VolunteerStore {

    private final MongoTemplate mongo;

    VolunteerStore(MongoTemplate mongo) {
        this.mongo = mongo;
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

    void note(PersonId person, String note) {
        set(person, new Update().set("note", note));
    }

    void forget(PersonId person) {
        mongo.remove(Query.query(Criteria.where("_id").is(person.value())), VolunteerDocument.class);
    }

    private void set(PersonId person, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(person.value())), update, VolunteerDocument.class);
    }
}
