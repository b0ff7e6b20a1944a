package org.tomoni.accounts.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.AuditLog;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;

/** Writes and reads the audit log. Entries are only ever added, except that a deleted person's are anonymised. */
@Component
class AuditTrail implements AuditLog {

    static final String COLLECTION = "accounts_audit";
    static final String DELETED_PERSON = "—";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ClientAddress clientAddress;

    AuditTrail(MongoTemplate mongo, Clock clock, ClientAddress clientAddress) {
        this.mongo = mongo;
        this.clock = clock;
        this.clientAddress = clientAddress;
    }

    void record(@Nullable PersonDocument actor, AuditEntry.Action action, @Nullable PersonId subject, String detail) {
        mongo.insert(new AuditEntry(clock.instant(),
                actor == null ? null : new PersonId(actor.id()),
                actor == null ? "" : actor.name(),
                action, subject, detail, clientAddress.current()), COLLECTION);
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<AuditEntry> newest(int limit, AuditEntry.@Nullable Action action) {
        Query query = action == null ? new Query() : Query.query(Criteria.where("action").is(action));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AuditEntry.class, COLLECTION);
    }

    /**
     * The entries about the person, for their own data download. When someone else acted (an administrator who
     * changed their role), the person learns what was done and when, but not that someone's name or address.
     */
    List<AuditEntry> about(PersonId person) {
        return mongo.find(Query.query(new Criteria().orOperator(
                        Criteria.where("actor").is(person), Criteria.where("subject").is(person)))
                .with(Sort.by("at")), AuditEntry.class, COLLECTION).stream()
                .map(entry -> person.equals(entry.actor()) ? entry
                        : new AuditEntry(entry.at(), null, "", entry.action(), entry.subject(), entry.detail(), ""))
                .toList();
    }

    /** Keeps the count of what happened, but nothing that leads back to the person. */
    void anonymise(PersonId person) {
        mongo.updateMulti(Query.query(Criteria.where("actor").is(person)),
                new Update().set("actor", null).set("actorName", DELETED_PERSON).set("clientAddress", ""),
                COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("subject").is(person)),
                new Update().set("subject", null).set("clientAddress", ""), COLLECTION);
    }
}
