package org.tomoni.accounts.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonSignedUp;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.accounts.SignUp;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.shell.Language;
import org.tomoni.testsupport.EventsSeen;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Japan's APPI for a person who joined by themselves: they can read everything Tomoni keeps about them, and after
 * they delete their account nothing in the accounts module leads back to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@Import(EventsSeen.class)
class PersonalDataIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @Autowired SignUp signUp;
    @Autowired MyAccount myAccount;
    @Autowired PhoneSimulator simulator;
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy securityContext;
    @Autowired MongoTemplate mongo;
    @Autowired EventsSeen events;
    String number;
    String name;

    @BeforeEach
    void aNewPhone() {
        number = "080-4444-0" + NUMBERS.getAndIncrement();
        // The browser tests share this application: a name of its own keeps this person apart from theirs.
        name = "Sora " + NUMBERS.get();
        BrowserRequest.from("10.3.0." + NUMBERS.get());
    }

    @AfterEach
    void leave() {
        BrowserRequest.end();
        securityContext.clearContext();
    }

    @Test
    void aVolunteerJoinsWithTheirNumberAndWaitsForACheck() {
        Person volunteer = join(name, Role.VOLUNTEER);

        assertThat(volunteer.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(volunteer.vetting()).isEqualTo(Person.Vetting.AWAITING);
        assertThat(volunteer.area()).isEqualTo(DemoData.SETAGAYA);
        assertThat(myAccount.me().id()).isEqualTo(volunteer.id());
        assertThat(events.stream(PersonSignedUp.class)).anySatisfy(joined ->
                assertThat(joined.person()).isEqualTo(volunteer.id()));
    }

    @Test
    void joiningAgainWithTheSameNumberSignsIntoTheAccountItHas() {
        Person first = join(name, Role.LEARNER);
        BrowserRequest.from("10.3.1.1");

        signUp.start("Somebody Else", DemoData.SETAGAYA, number, Role.LEARNER, Language.ENGLISH);
        SignInOutcome again = signUp.confirm(number, new Texts(simulator).awaitCode(number, 2));

        assertThat(again).isInstanceOfSatisfying(SignInOutcome.SignedIn.class, signedIn -> {
            assertThat(signedIn.existingAccount()).isTrue();
            assertThat(signedIn.person().id()).isEqualTo(first.id());
            assertThat(signedIn.person().name()).isEqualTo(name);
        });
    }

    @Test
    void signUpRefusesABadNumberAndAWrongCodeWithoutStoringAnyone() {
        assertThat(signUp.start("Sora", DemoData.SETAGAYA, "12-34", Role.LEARNER, Language.ENGLISH))
                .isInstanceOf(org.tomoni.accounts.CodeRequest.InvalidNumber.class);
        signUp.start("Sora", DemoData.SETAGAYA, number, Role.LEARNER, Language.ENGLISH);
        String code = new Texts(simulator).awaitCode(number, 1);

        assertThat(signUp.confirm(number, code.equals("000000") ? "111111" : "000000"))
                .isEqualTo(new SignInOutcome.Wrong(4));
        assertThat(mongo.exists(Query.query(Criteria.where("phone").is(e164())), PersonDocument.COLLECTION))
                .isFalse();
    }

    @Test
    void aPersonSeesEverythingKeptAboutThemAndTheDownloadIsLogged() {
        Person me = join(name, Role.LEARNER);
        myAccount.setPin("", "2580", "2580");

        String json = myAccount.myDataAsJson();

        assertThat(json).contains("\"name\" : \"" + name + "\"", e164(), "\"hasPin\" : true",
                "SIGNED_UP", "SIGNED_IN", "PIN_CHANGED", "setagaya", "\"messages\"", "Tomoni: your code is")
                .doesNotContain("pinHash", "$argon2");
        assertThat(mongo.find(Query.query(Criteria.where("action").is(AuditEntry.Action.DATA_EXPORTED)),
                AuditEntry.class, AuditTrail.COLLECTION)).anySatisfy(entry ->
                assertThat(entry.actor()).isEqualTo(me.id()));
    }

    @Test
    void afterDeletionNothingInAccountsLeadsBackToThePerson() {
        Person me = join(name, Role.LEARNER);
        myAccount.setPin("", "2580", "2580");

        myAccount.deleteMyAccount();

        assertThat(mongo.findById(me.id().value(), PersonDocument.class, PersonDocument.COLLECTION)).isNull();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("accounts_") || collection.startsWith("messaging_")
                    && !collection.equals("messaging_opt_outs")) {
                assertThat(mongo.getCollection(collection).find().map(Object::toString).into(new java.util.ArrayList<>()))
                        .as(collection).noneSatisfy(document -> assertThat(document)
                                .containsAnyOf(e164(), name, me.id().value()));
            }
        }
        assertThat(mongo.count(Query.query(Criteria.where("action").is(AuditEntry.Action.ACCOUNT_DELETED)),
                AuditTrail.COLLECTION)).as("the anonymous count remains").isPositive();
        assertThat(events.stream(PersonDeleted.class)).contains(new PersonDeleted(me.id()));

        BrowserRequest.from("10.3.2.1");
        assertThat(join("Sora Again", Role.LEARNER).id()).as("the number is free again").isNotEqualTo(me.id());
    }

    private Person join(String name, Role role) {
        Texts texts = new Texts(simulator);
        int before = texts.to(number).size();
        signUp.start(name, new AreaId("setagaya"), number, role, Language.ENGLISH);
        SignInOutcome outcome = signUp.confirm(number, texts.awaitCode(number, before + 1));
        assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
        return ((SignInOutcome.SignedIn) outcome).person();
    }

    private String e164() {
        return org.tomoni.messaging.PhoneNumber.parse(number).e164();
    }
}
