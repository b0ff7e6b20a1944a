package org.tomoni.accounts.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.Invitation;
import org.tomoni.accounts.Invitations;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.Organisation;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonSignedUp;
import org.tomoni.accounts.Role;

/**
 * Invitation links carry a long random token; only its hash is stored, so the link works for the invitee alone and
 * once. A link is good for a week.
 */
@Service
class InvitationService implements Invitations, PersonalDataEraser {

    static final String COLLECTION = "accounts_invitations";
    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MongoTemplate mongo;
    private final Caller caller;
    private final PeopleStore people;
    private final Organisations organisations;
    private final SessionStarter sessions;
    private final AuditTrail audit;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final SecureRandom random = new SecureRandom();

    InvitationService(MongoTemplate mongo, Caller caller, PeopleStore people, Organisations organisations,
                      SessionStarter sessions, AuditTrail audit, PasswordEncoder encoder,
                      ApplicationEventPublisher events, Clock clock, PublicUrl publicUrl) {
        this.mongo = mongo;
        this.caller = caller;
        this.people = people;
        this.organisations = organisations;
        this.sessions = sessions;
        this.audit = audit;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    public Invitation invite(String inviteeName, Role role, OrganisationId organisation) {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        if (!role.isScopedToOrganisation()) {
            throw new IllegalArgumentException("Invitations are for coordinators and teachers");
        }
        if (!me.roles().contains(Role.ADMIN) && !organisation.value().equals(me.organisationId())) {
            throw new AccessDeniedException("A coordinator invites people to their own organisation only");
        }
        Organisation target = organisations.organisation(organisation)
                .orElseThrow(() -> new IllegalArgumentException("Unknown organisation"));
        if (inviteeName.isBlank()) {
            throw new IllegalArgumentException("An invitation names the person invited");
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        StoredInvitation stored = new StoredInvitation(hash(token), inviteeName.strip(),
                role, target.id().value(), me.id(), now, now.plus(VALID_FOR), null, null);
        mongo.insert(stored, COLLECTION);
        audit.record(me, AuditEntry.Action.INVITATION_CREATED, null, role.name() + " for " + target.name());
        return stored.toInvitation(publicUrl.base().resolve("invitation/" + token));
    }

    @Override
    public List<Invitation> recent() {
        PersonDocument me = caller.requireAnyOf(Role.ADMIN, Role.COORDINATOR);
        Query query = me.roles().contains(Role.ADMIN) ? new Query()
                : Query.query(Criteria.where("organisationId").is(me.organisationId()));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(50), StoredInvitation.class,
                COLLECTION).stream().map(stored -> stored.toInvitation(null)).toList();
    }

    @Override
    public Optional<Invitation> open(String token) {
        return findOpen(token).map(stored -> stored.toInvitation(null));
    }

    @Override
    public Acceptance accept(String token, String name, String email, String password) {
        Optional<StoredInvitation> invitation = findOpen(token);
        if (invitation.isEmpty()) {
            return new Acceptance.NoLongerOpen();
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            return new Acceptance.InvalidEmail();
        }
        MyAccount.PasswordChange strength = Secrets.checkPassword(password);
        if (strength != MyAccount.PasswordChange.SAVED) {
            return new Acceptance.WeakPassword(strength);
        }
        StoredInvitation open = invitation.get();
        Organisation organisation = organisations.organisation(new OrganisationId(open.organisationId()))
                .orElseThrow(() -> new IllegalStateException("The invitation's organisation is gone"));
        Instant now = clock.instant();
        PersonDocument person = new PersonDocument(PersonId.newId().value(), name.isBlank() ? open.inviteeName()
                : name.strip(), Set.of(open.role()), organisation.id().value(), organisation.area().value(), null,
                PeopleStore.normaliseEmail(email), null, Person.Vetting.NOT_NEEDED, encoder.encode(password), null,
                null, null, now, now, null, 0);
        // Claim the invitation first: two tabs accepting at once make one account, not two.
        if (mongo.findAndModify(Query.query(Criteria.where("_id").is(open.id()).and("acceptedAt").is(null)),
                new Update().set("acceptedAt", now).set("acceptedBy", person.id()), StoredInvitation.class,
                COLLECTION) == null) {
            return new Acceptance.NoLongerOpen();
        }
        if (people.insert(person).isPresent()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(open.id())),
                    new Update().unset("acceptedAt").unset("acceptedBy"), COLLECTION);
            return new Acceptance.EmailTaken();
        }
        audit.record(person, AuditEntry.Action.INVITATION_ACCEPTED, null, open.role().name());
        events.publishEvent(new PersonSignedUp(new PersonId(person.id()), person.roles()));
        sessions.start(person, "invitation", false);
        return new Acceptance.Accepted(person.toPerson());
    }

    /** Invitations stay as counts; who sent one, and who joined by one, do not. */
    @Override
    public void erase(Person person) {
        mongo.updateMulti(Query.query(Criteria.where("invitedBy").is(person.id().value())),
                new Update().set("invitedBy", AuditTrail.DELETED_PERSON), COLLECTION);
        mongo.updateMulti(Query.query(Criteria.where("acceptedBy").is(person.id().value())),
                new Update().set("inviteeName", AuditTrail.DELETED_PERSON).set("acceptedBy",
                        AuditTrail.DELETED_PERSON), COLLECTION);
    }

    private Optional<StoredInvitation> findOpen(String token) {
        StoredInvitation stored = mongo.findById(hash(token), StoredInvitation.class, COLLECTION);
        return Optional.ofNullable(stored)
                .filter(invitation -> invitation.acceptedAt() == null)
                .filter(invitation -> clock.instant().isBefore(invitation.expiresAt()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Keyed by the token's hash: opening a link is a lookup by {@code _id}. */
    record StoredInvitation(@Id String id, String inviteeName, Role role, String organisationId,
                            String invitedBy, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
                            @Nullable String acceptedBy) {

        Invitation toInvitation(@Nullable URI link) {
            return new Invitation(id, inviteeName, role, new OrganisationId(organisationId), link, expiresAt,
                    acceptedAt);
        }
    }
}
