package org.tomoni.accounts.internal;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.MyAccount;
import org.tomoni.accounts.MyAccount.PasswordChange;
import org.tomoni.accounts.MyAccount.PhoneChange;
import org.tomoni.accounts.MyAccount.PinChange;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.shell.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person changing how they sign in: a mobile number proven by a code, a password that needs the old one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
class MyAccountIT {

    @Autowired MyAccount myAccount;
    @Autowired SignIn signIn;
    @Autowired PeopleStore store;
    @Autowired PhoneSimulator simulator;
    @Autowired SecurityContextHolderStrategy securityContext;
    PersonDocument teacher;

    @BeforeEach
    void aTeacherWithoutAPhoneSignsIn() {
        long unique = System.nanoTime();
        teacher = new PersonDocument("teacher-" + unique, "Mika Ono", Set.of(Role.TEACHER), DemoData.SCHOOL.value(),
                DemoData.SETAGAYA.value(), null, "mika" + unique + "@example.jp", null, Person.Vetting.NOT_NEEDED,
                null, null, null, null, Instant.now(), Instant.now(), null, 0);
        store.insert(teacher);
        BrowserRequest.from("10.4.0." + (unique % 200));
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new PersonAuthentication(teacher.id(), teacher.roles()));
        securityContext.setContext(context);
    }

    @AfterEach
    void leave() {
        BrowserRequest.end();
        securityContext.clearContext();
    }

    @Test
    void aNumberProvenByItsCodeBecomesAWayToSignIn() {
        String number = "070-6000-" + (1000 + System.nanoTime() % 9000);
        Texts texts = new Texts(simulator);
        assertThat(myAccount.addPhone(number)).isInstanceOf(CodeRequest.Sent.class);
        String code = texts.awaitCode(number, 1);

        assertThat(myAccount.confirmPhone(number, code.equals("000000") ? "111111" : "000000"))
                .isEqualTo(PhoneChange.WRONG_CODE);
        assertThat(myAccount.confirmPhone(number, code)).isEqualTo(PhoneChange.SAVED);
        assertThat(myAccount.me().phone()).isNotNull();

        BrowserRequest.from("10.4.1.1");
        securityContext.clearContext();
        signIn.sendCode(number, Language.ENGLISH);
        assertThat(signIn.withCode(number, texts.awaitCode(number, 2), false))
                .isInstanceOfSatisfying(SignInOutcome.SignedIn.class,
                        signedIn -> assertThat(signedIn.person().name()).isEqualTo("Mika Ono"));
    }

    @Test
    void anotherAccountsNumberCannotBeTakenOver() {
        Texts texts = new Texts(simulator);
        int before = texts.to(DemoData.LEARNER_PHONE).size();
        myAccount.addPhone(DemoData.LEARNER_PHONE);

        assertThat(myAccount.confirmPhone(DemoData.LEARNER_PHONE, texts.awaitCode(DemoData.LEARNER_PHONE, before + 1)))
                .isEqualTo(PhoneChange.NUMBER_BELONGS_TO_ANOTHER_ACCOUNT);
        assertThat(myAccount.me().phone()).isNull();
        assertThat(myAccount.addPhone("03-1234-5678")).isInstanceOf(CodeRequest.CannotReceiveTexts.class);
    }

    @Test
    void aPinChangeNeedsTheCurrentPinAndEndsOtherSessions() {
        Instant before = store.byId(new PersonId(teacher.id())).orElseThrow().sessionsValidFrom();
        assertThat(myAccount.setPin("", "2580", "2580")).isEqualTo(PinChange.SAVED);
        assertThat(store.byId(new PersonId(teacher.id())).orElseThrow().sessionsValidFrom()).isAfter(before);

        assertThat(myAccount.setPin("0000", "3691", "3691")).isEqualTo(PinChange.CURRENT_IS_WRONG);
        assertThat(myAccount.setPin("2580", "3691", "3691")).isEqualTo(PinChange.SAVED);
    }

    @Test
    void theLastAdministratorCannotDeleteTheirAccount() {
        PersonDocument admin = store.byId(new PersonId(FirstStart.ADMIN_ID)).orElseThrow();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new PersonAuthentication(admin.id(), admin.roles()));
        securityContext.setContext(context);

        assertThatThrownBy(myAccount::deleteMyAccount).isInstanceOf(IllegalStateException.class);
        assertThat(store.byId(new PersonId(FirstStart.ADMIN_ID))).isPresent();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOneOnceThereIsOne() {
        assertThat(myAccount.setPassword("", "short")).isEqualTo(PasswordChange.TOO_SHORT);
        assertThat(myAccount.setPassword("", "chalk and blackboards")).isEqualTo(PasswordChange.SAVED);
        assertThat(myAccount.setPassword("wrong", "another long password")).isEqualTo(PasswordChange.CURRENT_IS_WRONG);
        assertThat(myAccount.setPassword("chalk and blackboards", "another long password"))
                .isEqualTo(PasswordChange.SAVED);

        BrowserRequest.from("10.4.2.1");
        securityContext.clearContext();
        assertThat(signIn.withPassword(teacher.email(), "another long password"))
                .isInstanceOf(SignInOutcome.SignedIn.class);
    }
}
