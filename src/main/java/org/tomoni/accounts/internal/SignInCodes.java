package org.tomoni.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.messaging.PhoneNumber;

/**
 * Six-digit codes sent by SMS. One code per number and purpose is live at a time (a new one replaces the old), it
 * works for ten minutes, once, and after five wrong tries it is dead. Only a salted hash is stored, so the store
 * never shows a live code to whoever reads it.
 */
@Component
class SignInCodes {

    static final String COLLECTION = "accounts_codes";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int TRIES = 5;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInCodes(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A new code for the number; the returned value is the only time the code exists in clear. */
    IssuedCode issue(PhoneNumber phone, Purpose purpose, @Nullable PendingSignUp signUp) {
        return issue(phone, purpose, signUp, null);
    }

    /** @param requestedBy for a number being added to an account: whose account */
    IssuedCode issue(PhoneNumber phone, Purpose purpose, @Nullable PendingSignUp signUp,
                     @Nullable String requestedBy) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String salt = HexFormat.of().formatHex(random.generateSeed(8));
        Instant now = clock.instant();
        StoredCode stored = new StoredCode(id(phone, purpose), hash(salt, code), salt, now, now.plus(LIFETIME), 0,
                false, signUp, requestedBy);
        mongo.save(stored, COLLECTION);
        return new IssuedCode(code, java.util.UUID.randomUUID().toString());
    }

    /**
     * Checks a typed code. Each check uses up one try before it compares, so guessing in parallel gains nothing; a
     * right code is marked used in the same kind of conditional update, so it works once even when sent twice.
     */
    Check check(PhoneNumber phone, Purpose purpose, String typed) {
        Instant now = clock.instant();
        String id = id(phone, purpose);
        StoredCode current = mongo.findById(id, StoredCode.class, COLLECTION);
        if (current == null || current.used()) {
            return new Check(Verdict.NO_CODE, 0, null, null);
        }
        if (!now.isBefore(current.expiresAt())) {
            return new Check(Verdict.EXPIRED, 0, null, null);
        }
        StoredCode counted = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("used").is(false).and("tries").lt(TRIES)
                        .and("issuedAt").is(current.issuedAt())),
                new Update().inc("tries", 1),
                FindAndModifyOptions.options().returnNew(true), StoredCode.class, COLLECTION);
        if (counted == null) {
            return new Check(Verdict.TOO_MANY_TRIES, 0, null, null);
        }
        if (!MessageDigest.isEqual(hash(counted.salt(), digitsOf(typed)).getBytes(StandardCharsets.UTF_8),
                counted.hash().getBytes(StandardCharsets.UTF_8))) {
            int left = TRIES - counted.tries();
            return new Check(left > 0 ? Verdict.WRONG : Verdict.TOO_MANY_TRIES, left, null, null);
        }
        StoredCode used = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("used").is(false).and("issuedAt").is(counted.issuedAt())),
                new Update().set("used", true), StoredCode.class, COLLECTION);
        return used == null
                ? new Check(Verdict.NO_CODE, 0, null, null)
                : new Check(Verdict.RIGHT, 0, used.signUp(), used.requestedBy());
    }

    void forget(PhoneNumber phone) {
        for (Purpose purpose : Purpose.values()) {
            mongo.remove(Query.query(Criteria.where("_id").is(id(phone, purpose))), COLLECTION);
        }
    }

    /** Removes codes nobody used; called by the same housekeeping as the throttle. */
    void removeExpired() {
        mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant().minus(LIFETIME))), COLLECTION);
    }

    Optional<Instant> issuedAt(PhoneNumber phone, Purpose purpose) {
        return Optional.ofNullable(mongo.findById(id(phone, purpose), StoredCode.class, COLLECTION))
                .map(StoredCode::issuedAt);
    }

    /** People paste codes with spaces, or type them with full-width digits on a Japanese keyboard. */
    static String digitsOf(String typed) {
        StringBuilder digits = new StringBuilder();
        typed.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.toString();
    }

    private static String id(PhoneNumber phone, Purpose purpose) {
        return purpose.name().toLowerCase() + ":" + phone.e164();
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    enum Purpose {
        SIGN_IN,
        SIGN_UP,
        ADD_PHONE
    }

    enum Verdict {
        RIGHT,
        WRONG,
        EXPIRED,
        TOO_MANY_TRIES,
        NO_CODE
    }

    /**
     * @param signUp      for a sign-up code: what the person told us before the code was sent
     * @param requestedBy for a code that adds a number to an account: whose account
     */
    record Check(Verdict verdict, int triesLeft, @Nullable PendingSignUp signUp, @Nullable String requestedBy) {
    }

    /** @param idempotencyKey makes the SMS for this code go out once; random, so it tells nothing about the number */
    record IssuedCode(String code, String idempotencyKey) {
    }

    record StoredCode(@Id String id, String hash, String salt, Instant issuedAt, Instant expiresAt, int tries,
                      boolean used, @Nullable PendingSignUp signUp, @Nullable String requestedBy) {
    }
}
