package org.tomoni.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tomoni.accounts.ClassList;
import org.tomoni.accounts.CodeRequest;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Picture;
import org.tomoni.accounts.Role;
import org.tomoni.accounts.SignIn;
import org.tomoni.accounts.SignInOutcome;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.shell.Language;
import org.tomoni.testsupport.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way in, called as the sign-in views call it, against the demo people: the right answer signs in, every
 * wrong one gets a specific answer, limits hold, and nothing tells a stranger whether a number has an account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@Import(MovableClock.Config.class)
class SignInIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired SignIn signIn;
    @Autowired CurrentPerson currentPerson;
    @Autowired MovableClock clock;
    @Autowired PhoneSimulator simulator;
    @Autowired org.springframework.security.core.context.SecurityContextHolderStrategy securityContext;
    Texts texts;
    BrowserRequest browser;

    @BeforeEach
    void aFreshBrowser() {
        texts = new Texts(simulator);
        // Each test comes from its own address, so one test's limits never meet another's.
        browser = BrowserRequest.from("10.0.0." + ADDRESSES.getAndIncrement());
    }

    @AfterEach
    void leave() {
        BrowserRequest.end();
        securityContext.clearContext();
    }

    @Test
    void theRightCodeFromTheTextSignsTheLearnerInOnceOnly() {
        int before = texts.to(DemoData.LEARNER_PHONE).size();
        CodeRequest request = signIn.sendCode(DemoData.LEARNER_PHONE, Language.ENGLISH);
        assertThat(request).isEqualTo(new CodeRequest.Sent("•••• ••• 5678", 10));
        String code = texts.awaitCode(DemoData.LEARNER_PHONE, before + 1);
        String sessionBefore = browser.sessionId();

        SignInOutcome outcome = signIn.withCode("090 1234 5678", code, false);

        assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.SignedIn.class,
                signedIn -> assertThat(signedIn.person().name()).isEqualTo("Hanako Yamada"));
        assertThat(currentPerson.signedIn()).get().extracting(person -> person.name()).isEqualTo("Hanako Yamada");
        assertThat(browser.sessionId()).as("a new session id after sign-in").isNotEqualTo(sessionBefore);

        securityContext.clearContext();
        assertThat(signIn.withCode(DemoData.LEARNER_PHONE, code, false))
                .as("a code works once").isInstanceOf(SignInOutcome.CodeNoLongerValid.class);
    }

    @Test
    void aCodeTypedWithFullWidthDigitsAndSpacesStillWorks() {
        int before = texts.to("090-1111-2222").size();
        signIn.sendCode("090-1111-2222", Language.JAPANESE);
        String code = texts.awaitCode("090-1111-2222", before + 1);
        String fullWidth = code.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", (a, b) -> a + b + " ");

        assertThat(signIn.withCode("09011112222", fullWidth, false)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(texts.awaitText("090-1111-2222", before + 1)).startsWith("Tomoni：番号は");
    }

    @Test
    void aWrongCodeSaysHowManyTriesAreLeftAndAnExpiredCodeAsksForANewOne() {
        int before = texts.to(DemoData.LEARNER_PHONE).size();
        signIn.sendCode(DemoData.LEARNER_PHONE, Language.ENGLISH);
        String code = texts.awaitCode(DemoData.LEARNER_PHONE, before + 1);

        assertThat(signIn.withCode(DemoData.LEARNER_PHONE, otherThan(code), false))
                .isEqualTo(new SignInOutcome.Wrong(4));
        clock.advance(Duration.ofMinutes(11));
        assertThat(signIn.withCode(DemoData.LEARNER_PHONE, code, false))
                .isInstanceOf(SignInOutcome.CodeNoLongerValid.class);
        assertThat(currentPerson.signedIn()).isEmpty();
    }

    @Test
    void fiveWrongCodesKillTheCodeAndPauseSignInForTheNumber() {
        String number = "090-3333-4444";
        int before = texts.to(number).size();
        signIn.sendCode(number, Language.ENGLISH);
        String code = texts.awaitCode(number, before + 1);
        for (int tries = 4; tries >= 0; tries--) {
            assertThat(signIn.withCode(number, otherThan(code), false)).isEqualTo(new SignInOutcome.Wrong(tries));
        }

        assertThat(signIn.withCode(number, code, false)).isEqualTo(new SignInOutcome.Throttled(15));
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn.withCode(number, code, false))
                .as("even after the pause, that code is dead").isInstanceOf(SignInOutcome.CodeNoLongerValid.class);
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAndItsOwnerATextHowToJoin() {
        String stranger = "080-9999-0001";

        assertThat(signIn.sendCode(stranger, Language.ENGLISH)).isEqualTo(new CodeRequest.Sent("•••• ••• 0001", 10));
        assertThat(texts.awaitText(stranger, 1)).contains("has no account").doesNotContainPattern("\\d{6}");
        assertThat(signIn.withCode(stranger, "123456", false))
                .as("the same answer as a wrong code for a number with an account").isEqualTo(new SignInOutcome.Wrong(4));
    }

    @Test
    void badNumbersAndLandlinesAreToldApart() {
        assertThat(signIn.sendCode("12", Language.ENGLISH)).isInstanceOf(CodeRequest.InvalidNumber.class);
        assertThat(signIn.sendCode("hello", Language.ENGLISH)).isInstanceOf(CodeRequest.InvalidNumber.class);
        assertThat(signIn.sendCode("03-1234-5678", Language.ENGLISH)).isInstanceOf(CodeRequest.CannotReceiveTexts.class);
        assertThat(signIn.withCode("12", "123456", false)).isInstanceOf(SignInOutcome.InvalidNumber.class);
    }

    @Test
    void aNumberGetsThreeCodesInFifteenMinutes() {
        String number = "080-7777-0002";
        for (int i = 0; i < 3; i++) {
            assertThat(signIn.sendCode(number, Language.ENGLISH)).isInstanceOf(CodeRequest.Sent.class);
        }
        assertThat(signIn.sendCode(number, Language.ENGLISH)).isEqualTo(new CodeRequest.Throttled(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn.sendCode(number, Language.ENGLISH)).isInstanceOf(CodeRequest.Sent.class);
    }

    @Test
    void thePinSignsInAndAWrongOneIsAnsweredLikeAnUnknownNumber() {
        assertThat(signIn.withPin(DemoData.LEARNER_PHONE, "0000", false)).isEqualTo(new SignInOutcome.Wrong(4));
        assertThat(signIn.withPin("080-5555-0003", "2580", false)).isEqualTo(new SignInOutcome.Wrong(4));
        assertThat(signIn.withPin(DemoData.LEARNER_PHONE, DemoData.LEARNER_PIN, true))
                .isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(browser.response().getCookie("tomoni-device"))
                .as("remember this tablet").isNotNull()
                .satisfies(cookie -> assertThat(cookie.getMaxAge()).isEqualTo(90 * 24 * 3600));
    }

    @Test
    void fivePasswordsWrongPauseThatAccountButNotOthers() {
        for (int tries = 4; tries >= 0; tries--) {
            assertThat(signIn.withPassword("teacher@tomoni.example", "guess-" + tries))
                    .isEqualTo(new SignInOutcome.Wrong(tries));
        }
        assertThat(signIn.withPassword("teacher@tomoni.example", DemoData.STAFF_PASSWORD))
                .isEqualTo(new SignInOutcome.Throttled(15));
        assertThat(signIn.withPassword(" Coordinator@Tomoni.example ", DemoData.STAFF_PASSWORD))
                .isInstanceOfSatisfying(SignInOutcome.SignedIn.class,
                        signedIn -> assertThat(signedIn.person().roles()).containsExactly(Role.COORDINATOR));
        assertThat(signIn.withPassword("nobody@tomoni.example", DemoData.STAFF_PASSWORD))
                .isEqualTo(new SignInOutcome.Wrong(4));
    }

    @Test
    void aStudentPicksTheirNameAndTheirPicturesInOrder() {
        ClassList list = signIn.classList(" sakura ").orElseThrow();
        assertThat(list.students()).extracting(ClassList.Student::name).containsExactly("Aoi", "Haruto", "Mei");
        ClassList.Student aoi = list.students().getFirst();

        assertThat(signIn.withPictures("SAKURA", aoi.id(), List.of(Picture.SUN, Picture.CAT, Picture.TREE)))
                .isEqualTo(new SignInOutcome.Wrong(4));
        assertThat(signIn.withPictures("SAKURA", aoi.id(), DemoData.STUDENT_PICTURES))
                .isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aStudentWithoutPicturesChoosesThemOnceAndThenSignsInWithThem() {
        ClassList.Student mei = signIn.classList("SAKURA").orElseThrow().students().get(2);
        List<Picture> chosen = List.of(Picture.FISH, Picture.FISH, Picture.STAR);

        assertThat(signIn.withPictures("SAKURA", mei.id(), chosen)).isInstanceOf(SignInOutcome.PicturesNotChosen.class);
        assertThat(signIn.choosePictures("SAKURA", mei.id(), chosen)).isInstanceOf(SignInOutcome.SignedIn.class);

        BrowserRequest.from("10.1.0.1");
        assertThat(signIn.choosePictures("SAKURA", mei.id(), List.of(Picture.CAT, Picture.CAT, Picture.CAT)))
                .as("nobody else can choose them again").isInstanceOf(SignInOutcome.Wrong.class);
        assertThat(signIn.withPictures("SAKURA", mei.id(), chosen)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aStudentOfAnotherClassOrAWrongClassCodeGetsNowhere() {
        ClassList.Student aoi = signIn.classList("SAKURA").orElseThrow().students().getFirst();

        assertThat(signIn.classList("ZZZZZZ")).isEmpty();
        assertThat(signIn.classList("")).isEmpty();
        assertThat(signIn.withPictures("ZZZZZZ", aoi.id(), DemoData.STUDENT_PICTURES))
                .isInstanceOf(SignInOutcome.Wrong.class);
    }

    @Test
    void tenWrongPicturePasswordsLockTheStudentUntilTheTeacherResetsThem() {
        ClassList.Student haruto = signIn.classList("SAKURA").orElseThrow().students().get(1);
        List<Picture> chosen = List.of(Picture.DOG, Picture.CAR, Picture.APPLE);
        List<Picture> wrong = List.of(Picture.CAR, Picture.DOG, Picture.APPLE);
        assertThat(signIn.choosePictures("SAKURA", haruto.id(), chosen)).isInstanceOf(SignInOutcome.SignedIn.class);

        aFreshBrowser();
        for (int round = 0; round < 2; round++) {
            for (int tries = 4; tries >= 0; tries--) {
                assertThat(signIn.withPictures("SAKURA", haruto.id(), wrong)).isEqualTo(new SignInOutcome.Wrong(tries));
            }
            clock.advance(Duration.ofMinutes(15));
        }

        assertThat(signIn.withPictures("SAKURA", haruto.id(), chosen))
                .as("even the right pictures: the teacher must reset").isInstanceOf(SignInOutcome.AskYourTeacher.class);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
