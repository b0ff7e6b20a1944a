package org.tomoni.accounts.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.ClassList;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Picture;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.messaging.PhoneNumber;
import org.tomoni.shell.Language;

@Service
class SignInService implements SignIn {

    private final PeopleStore people;
    private final ClassroomStore classrooms;
    private final SignInCodes codes;
    private final SignInTexts texts;
    private final Throttle throttle;
    private final SessionStarter sessions;
    private final AuditTrail audit;
    private final ClientAddress clientAddress;
    private final PasswordEncoder encoder;
    private final String hashOfNothing;
    private final CodeRecipients recipients;

    static final int PICTURE_FAILURES_BEFORE_LOCK = 10;

    SignInService(PeopleStore people, ClassroomStore classrooms, SignInCodes codes, SignInTexts texts,
                  Throttle throttle, SessionStarter sessions, AuditTrail audit, ClientAddress clientAddress,
                  PasswordEncoder encoder, CodeRecipients recipients) {
        this.recipients = recipients;
        this.people = people;
        this.classrooms = classrooms;
        this.codes = codes;
        this.texts = texts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.clientAddress = clientAddress;
        this.encoder = encoder;
        this.hashOfNothing = encoder.encode("no one has this password");
    }

    @Override
    public CodeRequest sendCode(String typedNumber, Language language) {
        CodeRecipients.Recipient recipient = recipients.check(typedNumber);
        PhoneNumber phone = recipient.phone();
        if (phone == null) {
            return Objects.requireNonNull(recipient.refusal());
        }
        Optional<PersonDocument> person = people.byPhone(phone);
        SignInCodes.IssuedCode code = codes.issue(phone, SignInCodes.Purpose.SIGN_IN, null);
        if (person.isPresent()) {
            texts.sendCode(phone, code.code(), code.idempotencyKey(), languageOf(person.get(), language));
        } else {
            // The code is kept but not sent: a guess then gets the same answer as for a number with an account.
            texts.sendNoAccount(phone, language);
        }
        return CodeRecipients.sent(phone);
    }

    @Override
    public SignInOutcome withCode(String typedNumber, String code, boolean rememberThisDevice) {
        Optional<PhoneNumber> phone = CodeRecipients.parse(typedNumber);
        if (phone.isEmpty()) {
            return new SignInOutcome.InvalidNumber();
        }
        String personKey = CodeRecipients.phoneKey(phone.get());
        Optional<SignInOutcome> refused = admit(personKey, "code");
        if (refused.isPresent()) {
            return refused.get();
        }
        SignInCodes.Check check = codes.check(phone.get(), SignInCodes.Purpose.SIGN_IN, code);
        return switch (check.verdict()) {
            case RIGHT -> people.byPhone(phone.get())
                    .<SignInOutcome>map(person -> signIn(person, personKey, "SMS code", rememberThisDevice))
                    .orElseGet(() -> new SignInOutcome.CodeNoLongerValid());
            case WRONG, TOO_MANY_TRIES -> failed(personKey, "code", check.triesLeft());
            case EXPIRED, NO_CODE -> notAFailure(personKey, new SignInOutcome.CodeNoLongerValid());
        };
    }

    @Override
    public SignInOutcome withPin(String typedNumber, String pin, boolean rememberThisDevice) {
        Optional<PhoneNumber> phone = CodeRecipients.parse(typedNumber);
        if (phone.isEmpty()) {
            return new SignInOutcome.InvalidNumber();
        }
        String personKey = CodeRecipients.phoneKey(phone.get());
        return checkSecret(personKey, "PIN", () -> people.byPhone(phone.get()).orElse(null),
                PersonDocument::pinHash, SignInCodes.digitsOf(pin), rememberThisDevice);
    }

    @Override
    public SignInOutcome withPassword(String email, String password) {
        String personKey = "email:" + PeopleStore.normaliseEmail(email);
        return checkSecret(personKey, "e-mail and password", () -> people.byEmail(email).orElse(null),
                PersonDocument::passwordHash, password, false);
    }

    @Override
    public Optional<ClassList> classList(String classCode) {
        if (throttle.isExhausted(addressKey(), Limits.CLASS_CODES_PER_ADDRESS)) {
            return Optional.empty();
        }
        Optional<ClassroomDocument> classroom = classrooms.byCode(classCode);
        if (classroom.isEmpty()) {
            throttle.hit(addressKey(), Limits.CLASS_CODES_PER_ADDRESS);
            return Optional.empty();
        }
        List<ClassList.Student> students = people.byIds(classroom.get().studentIds()).stream()
                .map(student -> new ClassList.Student(new PersonId(student.id()), student.name(),
                        student.picturesHash() != null))
                .toList();
        return Optional.of(new ClassList(classroom.get().classCode(), classroom.get().name(), students));
    }

    @Override
    public SignInOutcome withPictures(String classCode, PersonId student, List<Picture> pictures) {
        String personKey = "student:" + student.value();
        Optional<PersonDocument> person = studentOf(classCode, student);
        if (person.isPresent() && person.get().picturesHash() == null) {
            return new SignInOutcome.PicturesNotChosen();
        }
        if (person.isPresent() && person.get().pictureFailures() >= PICTURE_FAILURES_BEFORE_LOCK) {
            return new SignInOutcome.AskYourTeacher();
        }
        SignInOutcome outcome = checkSecret(personKey, "class code and pictures", () -> person.orElse(null),
                PersonDocument::picturesHash, PicturePassword.of(pictures), false);
        if (person.isPresent() && outcome instanceof SignInOutcome.Wrong) {
            // Three of nine pictures is only 729 choices: a student's total of wrong tries is capped as well.
            people.countPictureFailure(student);
        }
        return outcome;
    }

    @Override
    public SignInOutcome choosePictures(String classCode, PersonId student, List<Picture> pictures) {
        if (pictures.size() != Picture.IN_A_PASSWORD) {
            throw new IllegalArgumentException("A picture password has " + Picture.IN_A_PASSWORD + " pictures");
        }
        String personKey = "student:" + student.value();
        Optional<SignInOutcome> refused = admit(personKey, "choosing pictures");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PersonDocument> person = studentOf(classCode, student);
        if (person.isEmpty() || !people.setIfAbsent(student, "picturesHash",
                encoder.encode(PicturePassword.of(pictures)))) {
            return failed(personKey, "choosing pictures", 0);
        }
        return signIn(person.get(), personKey, "class code, pictures chosen", false);
    }

    private Optional<PersonDocument> studentOf(String classCode, PersonId student) {
        return classrooms.byCode(classCode)
                .filter(classroom -> classroom.studentIds().contains(student))
                .flatMap(classroom -> people.byId(student));
    }

    /**
     * Compares a PIN, password or picture password with its hash. Unknown people and people without that secret
     * cost the same hashing work and get the same answer, so the response does not give them away.
     */
    private SignInOutcome checkSecret(String personKey, String method, Supplier<@Nullable PersonDocument> lookup,
                                      java.util.function.Function<PersonDocument, @Nullable String> hashOf,
                                      String typed, boolean rememberThisDevice) {
        Optional<SignInOutcome> refused = admit(personKey, method);
        if (refused.isPresent()) {
            return refused.get();
        }
        PersonDocument person = lookup.get();
        String hash = person == null ? null : hashOf.apply(person);
        boolean right = encoder.matches(typed, hash == null ? hashOfNothing : hash) && hash != null;
        if (!right) {
            audit.record(null, AuditEntry.Action.SIGN_IN_REFUSED, person == null ? null : new PersonId(person.id()),
                    method);
            return new SignInOutcome.Wrong(triesLeft(personKey));
        }
        return signIn(person, personKey, method, rememberThisDevice);
    }

    private SignInOutcome signIn(PersonDocument person, String personKey, String method, boolean remember) {
        throttle.clear(personKey, Limits.FAILURES_PER_PERSON);
        throttle.refund(addressKey(), Limits.FAILURES_PER_ADDRESS);
        if (person.pictureFailures() > 0) {
            people.set(new PersonId(person.id()), "pictureFailures", 0);
        }
        sessions.start(person, method, remember);
        return new SignInOutcome.SignedIn(person.toPerson(), false);
    }

    private SignInOutcome failed(String personKey, String method, int triesLeftWithThisCode) {
        audit.record(null, AuditEntry.Action.SIGN_IN_REFUSED, null, method);
        return new SignInOutcome.Wrong(Math.min(triesLeft(personKey), triesLeftWithThisCode));
    }

    /**
     * Counts the attempt before anything is checked, so attempts sent in parallel cannot all pass a check made
     * before any of them was counted. An attempt that was no failure is taken back.
     */
    private Optional<SignInOutcome> admit(String personKey, String method) {
        long byPerson = throttle.hit(personKey, Limits.FAILURES_PER_PERSON);
        long byAddress = throttle.hit(addressKey(), Limits.FAILURES_PER_ADDRESS);
        if (byPerson > Limits.FAILURES_PER_PERSON.attempts() || byAddress > Limits.FAILURES_PER_ADDRESS.attempts()) {
            audit.record(null, AuditEntry.Action.SIGN_IN_REFUSED, null, method + ", paused after too many tries");
            return Optional.of(new SignInOutcome.Throttled(Limits.WINDOW.toMinutes()));
        }
        return Optional.empty();
    }

    private SignInOutcome notAFailure(String personKey, SignInOutcome outcome) {
        throttle.refund(personKey, Limits.FAILURES_PER_PERSON);
        throttle.refund(addressKey(), Limits.FAILURES_PER_ADDRESS);
        return outcome;
    }

    private int triesLeft(String personKey) {
        long used = throttle.count(personKey, Limits.FAILURES_PER_PERSON);
        return (int) Math.max(0, Limits.FAILURES_PER_PERSON.attempts() - used);
    }

    private String addressKey() {
        return "address:" + clientAddress.current();
    }


    private static Language languageOf(PersonDocument person, Language fallback) {
        return person.preferences() == null ? fallback : person.preferences().language();
    }
}
