package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.shell.Preferences;

/**
 * People in MongoDB. A phone number or e-mail address belongs to one person: each is claimed by inserting a key
 * document whose {@code _id} is the number or address, which the embedded server and MongoDB both keep unique, and
 * which makes sign-in lookups go by {@code _id}.
 */
@Component
class PeopleStore {

    static final String KEYS = "accounts_keys";

    private final MongoTemplate mongo;

    PeopleStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new person, or reports which of their number or address already belongs to someone else. */
    Optional<TakenKey> insert(PersonDocument person) {
        if (person.phone() != null && !claim(phoneKey(person.phone()), person.id())) {
            return Optional.of(TakenKey.PHONE);
        }
        if (person.email() != null && !claim(emailKey(person.email()), person.id())) {
            if (person.phone() != null) {
                release(phoneKey(person.phone()), person.id());
            }
            return Optional.of(TakenKey.EMAIL);
        }
        mongo.insert(person, PersonDocument.COLLECTION);
        return Optional.empty();
    }

    Optional<PersonDocument> byId(PersonId id) {
        return Optional.ofNullable(mongo.findById(id.value(), PersonDocument.class, PersonDocument.COLLECTION));
    }

    Optional<PersonDocument> byPhone(PhoneNumber phone) {
        return owner(phoneKey(phone.e164()));
    }

    Optional<PersonDocument> byEmail(String email) {
        return owner(emailKey(email));
    }

    List<PersonDocument> byIds(Collection<PersonId> ids) {
        List<String> values = ids.stream().map(PersonId::value).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(values)).with(Sort.by("name")),
                PersonDocument.class, PersonDocument.COLLECTION);
    }

    /** Everyone, for the people list; the list filters by organisation and area in the caller's scope. */
    List<PersonDocument> all() {
        return mongo.find(new Query().with(Sort.by("name")), PersonDocument.class, PersonDocument.COLLECTION);
    }

    boolean anyoneElseWith(Role role, String personId) {
        return mongo.exists(Query.query(Criteria.where("roles").is(role).and("_id").ne(personId)),
                PersonDocument.COLLECTION);
    }

    /** Staff of one area: few people, read rarely (when a request needs a coordinator). */
    List<PersonDocument> withRoleIn(Role role, AreaId area) {
        return mongo.find(Query.query(Criteria.where("roles").is(role).and("areaId").is(area.value())),
                PersonDocument.class, PersonDocument.COLLECTION);
    }

    boolean anyoneWith(Role role) {
        return mongo.exists(Query.query(Criteria.where("roles").is(role)), PersonDocument.COLLECTION);
    }

    void set(PersonId id, String field, @Nullable Object value) {
        mongo.updateFirst(byIdQuery(id), new Update().set(field, value), PersonDocument.COLLECTION);
    }

    /** Sets a field only if it has no value yet; says whether it did. */
    boolean setIfAbsent(PersonId id, String field, Object value) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id.value()).and(field).is(null)),
                new Update().set(field, value), PersonDocument.class, PersonDocument.COLLECTION) != null;
    }

    void countPictureFailure(PersonId id) {
        mongo.updateFirst(byIdQuery(id), new Update().inc("pictureFailures", 1), PersonDocument.COLLECTION);
    }

    void savePreferences(PersonId id, Preferences preferences) {
        set(id, "preferences", preferences);
    }

    void addRole(PersonId id, Role role) {
        mongo.updateFirst(byIdQuery(id), new Update().addToSet("roles", role), PersonDocument.COLLECTION);
    }

    void removeRole(PersonId id, Role role) {
        mongo.updateFirst(byIdQuery(id), new Update().pull("roles", role), PersonDocument.COLLECTION);
    }

    void recordSignIn(PersonId id, Instant at) {
        set(id, "lastSignInAt", at);
    }

    /** Gives the person a new e-mail address, keeping the old one theirs if the new one is taken. */
    boolean changeEmail(PersonDocument person, String email) {
        String normalised = normaliseEmail(email);
        if (normalised.equals(person.email())) {
            return true;
        }
        if (!claim(emailKey(normalised), person.id())) {
            return false;
        }
        set(new PersonId(person.id()), "email", normalised);
        if (person.email() != null) {
            release(emailKey(person.email()), person.id());
        }
        return true;
    }

    /** Gives the person a mobile number, keeping their old one if the new one belongs to someone else. */
    boolean changePhone(PersonDocument person, PhoneNumber phone) {
        if (phone.e164().equals(person.phone())) {
            return true;
        }
        if (!claim(phoneKey(phone.e164()), person.id())) {
            return false;
        }
        set(new PersonId(person.id()), "phone", phone.e164());
        if (person.phone() != null) {
            release(phoneKey(person.phone()), person.id());
        }
        return true;
    }

    void delete(PersonDocument person) {
        if (person.phone() != null) {
            release(phoneKey(person.phone()), person.id());
        }
        if (person.email() != null) {
            release(emailKey(person.email()), person.id());
        }
        mongo.remove(byIdQuery(new PersonId(person.id())), PersonDocument.COLLECTION);
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<PersonDocument> owner(String key) {
        Key found = mongo.findById(key, Key.class, KEYS);
        return found == null ? Optional.empty() : byId(new PersonId(found.personId()));
    }

    /**
     * A key left behind by a sign-up that stopped between claiming and storing the person points at nobody; it is
     * taken over rather than blocking that number for ever.
     */
    private boolean claim(String key, String personId) {
        try {
            mongo.insert(new Key(key, personId), KEYS);
            return true;
        } catch (DuplicateKeyException taken) {
            Key existing = mongo.findById(key, Key.class, KEYS);
            if (existing != null && byId(new PersonId(existing.personId())).isEmpty()) {
                return mongo.findAndModify(
                        Query.query(Criteria.where("_id").is(key).and("personId").is(existing.personId())),
                        new Update().set("personId", personId), Key.class, KEYS) != null;
            }
            return false;
        }
    }

    private void release(String key, String personId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key).and("personId").is(personId)), KEYS);
    }

    private static Query byIdQuery(PersonId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static String phoneKey(String e164) {
        return "phone:" + e164;
    }

    private static String emailKey(String email) {
        return "email:" + normaliseEmail(email);
    }

    enum TakenKey {
        PHONE,
        EMAIL
    }

    record Key(@Id String id, String personId) {
    }
}
