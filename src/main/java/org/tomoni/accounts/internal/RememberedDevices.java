package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.Date;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Tablets a person asked Tomoni to remember, as Spring Security's rotating remember-me tokens. A stolen cookie used
 * once makes the real tablet's next visit fail and ends every remembered device of that person.
 */
@Component
class RememberedDevices implements PersistentTokenRepository {

    static final String COLLECTION = "accounts_devices";

    private final MongoTemplate mongo;

    RememberedDevices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        mongo.insert(new Device(token.getSeries(), token.getUsername(), token.getTokenValue(),
                token.getDate().toInstant()), COLLECTION);
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(series)),
                new Update().set("token", tokenValue).set("lastUsed", lastUsed.toInstant()), COLLECTION);
    }

    @Override
    public @Nullable PersistentRememberMeToken getTokenForSeries(String seriesId) {
        Device device = mongo.findById(seriesId, Device.class, COLLECTION);
        return device == null ? null
                : new PersistentRememberMeToken(device.personId(), device.id(), device.token(),
                        Date.from(device.lastUsed()));
    }

    @Override
    public void removeUserTokens(String personId) {
        mongo.remove(Query.query(Criteria.where("personId").is(personId)), COLLECTION);
    }

    long countFor(String personId) {
        return mongo.count(Query.query(Criteria.where("personId").is(personId)), COLLECTION);
    }

    record Device(@Id String id, String personId, String token, Instant lastUsed) {
    }
}
