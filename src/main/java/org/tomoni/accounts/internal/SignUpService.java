package org.tomoni.accounts.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonSignedUp;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.accounts.SignUp;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.accounts.Area;
import org.tomoni.shell.Language;

/**
 * Sign-up proves the number with a code before anything is stored. A number that already has an account gets a code
 * all the same, and confirming it signs into that account: the page never tells a stranger whose number it is.
 */
@Service
class SignUpService implements SignUp {

    private final PeopleStore people;
    private final Organisations organisations;
    private final SignInCodes codes;
    private final SignInTexts texts;
    private final Throttle throttle;
    private final SessionStarter sessions;
    private final AuditTrail audit;
    private final CodeRecipients recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignUpService(PeopleStore people, Organisations organisations, SignInCodes codes, SignInTexts texts,
                  Throttle throttle, SessionStarter sessions, AuditTrail audit, CodeRecipients recipients,
                  ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.codes = codes;
        this.texts = texts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Area> areas() {
        return organisations.areas();
    }

    @Override
    public CodeRequest start(String name, AreaId area, String typedNumber, Role role, Language language) {
        if (role != Role.LEARNER && role != Role.VOLUNTEER) {
            throw new IllegalArgumentException("Only learners and volunteers sign themselves up");
        }
        if (name.isBlank() || organisations.area(area).isEmpty()) {
            throw new IllegalArgumentException("A name and a known area are needed");
        }
        CodeRecipients.Recipient recipient = recipients.check(typedNumber);
        PhoneNumber phone = recipient.phone();
        if (phone == null) {
            return Objects.requireNonNull(recipient.refusal());
        }
        SignInCodes.IssuedCode code = codes.issue(phone, SignInCodes.Purpose.SIGN_UP,
                new PendingSignUp(name.strip(), role, area.value(), language));
        texts.sendCode(phone, code.code(), code.idempotencyKey(), language);
        return CodeRecipients.sent(phone);
    }

    @Override
    public SignInOutcome confirm(String typedNumber, String code) {
        Optional<PhoneNumber> phone = CodeRecipients.parse(typedNumber);
        if (phone.isEmpty()) {
            return new SignInOutcome.InvalidNumber();
        }
        String personKey = CodeRecipients.phoneKey(phone.get());
        // Counted before the check, as every sign-in attempt is, and taken back when it was no failure.
        long tries = throttle.hit(personKey, Limits.FAILURES_PER_PERSON);
        if (tries > Limits.FAILURES_PER_PERSON.attempts()) {
            return new SignInOutcome.Throttled(Limits.WINDOW.toMinutes());
        }
        SignInCodes.Check check = codes.check(phone.get(), SignInCodes.Purpose.SIGN_UP, code);
        return switch (check.verdict()) {
            case RIGHT -> {
                throttle.clear(personKey, Limits.FAILURES_PER_PERSON);
                yield join(phone.get(), Objects.requireNonNull(check.signUp(), "a sign-up code keeps its sign-up"));
            }
            case WRONG, TOO_MANY_TRIES -> new SignInOutcome.Wrong((int) Math.min(check.triesLeft(),
                    Math.max(0, Limits.FAILURES_PER_PERSON.attempts() - tries)));
            case EXPIRED, NO_CODE -> {
                throttle.refund(personKey, Limits.FAILURES_PER_PERSON);
                yield new SignInOutcome.CodeNoLongerValid();
            }
        };
    }

    private SignInOutcome join(PhoneNumber phone, PendingSignUp signUp) {
        Optional<PersonDocument> existing = people.byPhone(phone);
        if (existing.isPresent()) {
            sessions.start(existing.get(), "SMS code at sign-up", false);
            return new SignInOutcome.SignedIn(existing.get().toPerson(), true);
        }
        var now = clock.instant();
        PersonDocument person = new PersonDocument(PersonId.newId().value(), signUp.name(), Set.of(signUp.role()),
                null, signUp.areaId(), phone.e164(), null, null,
                signUp.role() == Role.VOLUNTEER ? Person.Vetting.AWAITING : Person.Vetting.NOT_NEEDED,
                // No preferences yet: the first page after sign-up moves this device's choices into the account.
                null, null, null, null, now, now, null, 0);
        if (people.insert(person).isPresent()) {
            // Someone signed up with this number a moment ago, in another tab: that account is theirs.
            return people.byPhone(phone).<SignInOutcome>map(other -> {
                sessions.start(other, "SMS code at sign-up", false);
                return new SignInOutcome.SignedIn(other.toPerson(), true);
            }).orElseGet(SignInOutcome.CodeNoLongerValid::new);
        }
        audit.record(person, AuditEntry.Action.SIGNED_UP, null, signUp.role().name());
        events.publishEvent(new PersonSignedUp(new PersonId(person.id()), person.roles()));
        sessions.start(person, "SMS code at sign-up", false);
        return new SignInOutcome.SignedIn(person.toPerson(), false);
    }
}
