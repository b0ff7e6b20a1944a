package org.tomoni.accounts.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonalDataSection;
import org.tomoni.accounts.Role;
import org.tomoni.messaging.PhoneNumber;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Service
@PreAuthorize("isAuthenticated()")
class MyAccountService implements MyAccount {

    private final Caller caller;
    private final PeopleStore people;
    private final ClassroomStore classrooms;
    private final RememberedDevices devices;
    private final SignInCodes codes;
    private final SignInTexts texts;
    private final CodeRecipients recipients;
    private final Throttle throttle;
    private final AuditTrail audit;
    private final PasswordEncoder encoder;
    private final List<PersonalDataSection> sections;
    private final List<PersonalDataEraser> erasers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final SessionStarter sessions;

    MyAccountService(Caller caller, PeopleStore people, ClassroomStore classrooms, RememberedDevices devices,
                     SignInCodes codes, SignInTexts texts, CodeRecipients recipients, Throttle throttle, AuditTrail audit, PasswordEncoder encoder,
                     List<PersonalDataSection> sections, List<PersonalDataEraser> erasers,
                     ApplicationEventPublisher events, Clock clock, SessionStarter sessions) {
        this.sessions = sessions;
        this.caller = caller;
        this.people = people;
        this.classrooms = classrooms;
        this.devices = devices;
        this.codes = codes;
        this.texts = texts;
        this.recipients = recipients;
        this.throttle = throttle;
        this.audit = audit;
        this.encoder = encoder;
        this.sections = sections;
        this.erasers = erasers;
        this.events = events;
        this.clock = clock;
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Override
    public Person me() {
        return caller.require().toPerson();
    }

    @Override
    public void rename(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A name must not be blank");
        }
        people.set(idOf(caller.require()), "name", name.strip());
    }

    @Override
    public CodeRequest addPhone(String typedNumber) {
        PersonDocument me = caller.require();
        CodeRecipients.Recipient recipient = recipients.check(typedNumber, "person:" + me.id());
        PhoneNumber phone = recipient.phone();
        if (phone == null) {
            return Objects.requireNonNull(recipient.refusal());
        }
        SignInCodes.IssuedCode code = codes.issue(phone, SignInCodes.Purpose.ADD_PHONE, null, me.id());
        texts.sendCode(phone, code.code(), code.idempotencyKey(), me.toPerson().language());
        return CodeRecipients.sent(phone);
    }

    @Override
    public PhoneChange confirmPhone(String typedNumber, String code) {
        PersonDocument me = caller.require();
        Optional<PhoneNumber> phone = CodeRecipients.parse(typedNumber);
        String personKey = "person:" + me.id();
        if (phone.isEmpty() || throttle.isExhausted(personKey, Limits.FAILURES_PER_PERSON)) {
            return phone.isEmpty() ? PhoneChange.CODE_NO_LONGER_VALID : PhoneChange.TOO_MANY_TRIES;
        }
        SignInCodes.Check check = codes.check(phone.get(), SignInCodes.Purpose.ADD_PHONE, code);
        if (check.verdict() == SignInCodes.Verdict.RIGHT && me.id().equals(check.requestedBy())) {
            if (!people.changePhone(me, phone.get())) {
                return PhoneChange.NUMBER_BELONGS_TO_ANOTHER_ACCOUNT;
            }
            Person before = me.toPerson();
            if (before.phone() != null) {
                // The old number may go to someone else: what was sent to it must not show up in their data.
                codes.forget(before.phone());
                erasers.forEach(eraser -> eraser.eraseNumber(before.phone()));
            }
            sessions.endOtherSessions(me);
            audit.record(me, AuditEntry.Action.PHONE_CHANGED, null, phone.get().masked());
            return PhoneChange.SAVED;
        }
        return switch (check.verdict()) {
            case WRONG, TOO_MANY_TRIES -> throttle.hit(personKey, Limits.FAILURES_PER_PERSON)
                    >= Limits.FAILURES_PER_PERSON.attempts() ? PhoneChange.TOO_MANY_TRIES : PhoneChange.WRONG_CODE;
            default -> PhoneChange.CODE_NO_LONGER_VALID;
        };
    }

    @Override
    public PinChange setPin(String current, String pin, String repeated) {
        PersonDocument me = caller.require();
        if (me.pinHash() != null && !encoder.matches(SignInCodes.digitsOf(current), me.pinHash())) {
            return PinChange.CURRENT_IS_WRONG;
        }
        PinChange verdict = Secrets.checkPin(SignInCodes.digitsOf(pin), SignInCodes.digitsOf(repeated));
        if (verdict == PinChange.SAVED) {
            people.set(idOf(me), "pinHash", encoder.encode(SignInCodes.digitsOf(pin)));
            sessions.endOtherSessions(me);
            audit.record(me, AuditEntry.Action.PIN_CHANGED, null, "set");
        }
        return verdict;
    }

    @Override
    public void removePin() {
        PersonDocument me = caller.require();
        people.set(idOf(me), "pinHash", null);
        audit.record(me, AuditEntry.Action.PIN_CHANGED, null, "removed");
    }

    @Override
    public PasswordChange setPassword(String current, String newPassword) {
        PersonDocument me = caller.require();
        if (me.passwordHash() != null && !encoder.matches(current, me.passwordHash())) {
            return PasswordChange.CURRENT_IS_WRONG;
        }
        PasswordChange verdict = Secrets.checkPassword(newPassword);
        if (verdict == PasswordChange.SAVED) {
            people.set(idOf(me), "passwordHash", encoder.encode(newPassword));
            sessions.endOtherSessions(me);
            audit.record(me, AuditEntry.Action.PASSWORD_CHANGED, null, "");
        }
        return verdict;
    }

    @Override
    public void signOutEverywhere() {
        PersonDocument me = caller.require();
        people.set(idOf(me), "sessionsValidFrom", clock.instant().plusMillis(1));
        devices.removeUserTokens(me.id());
        audit.record(me, AuditEntry.Action.SIGNED_OUT_EVERYWHERE, null, "");
    }

    @Override
    public String myDataAsJson() {
        PersonDocument me = caller.require();
        Person person = me.toPerson();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", AccountData.of(me, devices.countFor(me.id())));
        data.put("auditLog", audit.about(person.id()));
        for (PersonalDataSection section : sections) {
            data.put(section.name(), section.dataOf(person));
        }
        audit.record(me, AuditEntry.Action.DATA_EXPORTED, null, String.join(", ", data.keySet()));
        return json.writeValueAsString(data);
    }

    @Override
    public void deleteMyAccount() {
        PersonDocument me = caller.require();
        if (me.roles().contains(Role.ADMIN) && !people.anyoneElseWith(Role.ADMIN, me.id())) {
            throw new IllegalStateException("Tomoni needs at least one administrator");
        }
        PersonId id = idOf(me);
        audit.record(me, AuditEntry.Action.ACCOUNT_DELETED, null, String.join(",", me.roles().stream()
                .map(Enum::name).sorted().toList()));
        people.set(id, "sessionsValidFrom", clock.instant().plusMillis(1));
        devices.removeUserTokens(me.id());
        classrooms.removePerson(id);
        Person person = me.toPerson();
        if (person.phone() != null) {
            codes.forget(person.phone());
            throttle.forgetKeysOf(CodeRecipients.phoneKey(person.phone()));
        }
        throttle.forgetKeysOf("student:" + me.id());
        throttle.forgetKeysOf("person:" + me.id());
        erasers.forEach(eraser -> eraser.erase(person));
        people.delete(me);
        audit.anonymise(id);
        events.publishEvent(new PersonDeleted(id));
    }

    private static PersonId idOf(PersonDocument person) {
        return new PersonId(person.id());
    }
}
