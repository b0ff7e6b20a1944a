package org.tomoni.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCompleted;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonStarted;
import org.tomoni.lessons.LessonStepCompleted;
import org.tomoni.lessons.QuizAnswered;
import org.tomoni.testsupport.EventsSeen;

/**
 * Progress through a real lesson ("Your tablet", whose step 8 of 9 asks how to turn it on, the second answer being
 * right): kept in the account for a signed-in learner, never on the server for a visitor, with every event that
 * other modules count on, exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@Import(EventsSeen.class)
class LearningIT {

    private static final int CHECK_STEP = 7;
    private static final int LAST_STEP = 8;

    @Autowired Learning learning;
    @Autowired LessonLibrary library;
    @Autowired EventsSeen events;
    @Autowired MongoTemplate mongo;
    @Autowired ApplicationEventPublisher publisher;

    Lesson tablet;
    PersonId learner;

    @BeforeEach
    void aNewLearner() {
        tablet = library.find(new LessonId("tablet-basics")).orElseThrow();
        learner = PersonId.newId();
        events.clear();
    }

    @Test
    void openingALessonStartsItOnceAndComingBackResumesWhereTheLearnerWas() {
        LessonProgress first = learning.open(learner, tablet, null);
        LessonProgress moved = learning.moveTo(learner, tablet, first, 3, Duration.ofSeconds(40));

        LessonProgress again = learning.open(learner, tablet, null);

        assertThat(again.currentStep()).isEqualTo(3);
        assertThat(again.timeSpent()).isEqualTo(Duration.ofSeconds(40));
        assertThat(events.stream(LessonStarted.class).filter(started -> learner.equals(started.learner())))
                .hasSize(1);
        assertThat(moved.stepsDone()).as("the explanation left forwards").containsExactly(0);
    }

    @Test
    void goingBackDoesNotCountAStepAsRead() {
        LessonProgress atFive = learning.moveTo(learner, tablet, learning.open(learner, tablet, null), 5,
                Duration.ofSeconds(5));
        LessonProgress back = learning.moveTo(learner, tablet, atFive, 4, Duration.ofSeconds(5));

        assertThat(back.stepsDone()).containsExactly(0);
        assertThat(back.currentStep()).isEqualTo(4);
    }

    @Test
    void answersArePublishedWithTheirTriesAndTheStepCompletesOnceWhenRight() {
        LessonProgress progress = learning.open(learner, tablet, null);
        progress = learning.answered(learner, tablet, progress, CHECK_STEP, 0);
        progress = learning.answered(learner, tablet, progress, CHECK_STEP, 1);
        progress = learning.answered(learner, tablet, progress, CHECK_STEP, 1);

        assertThat(events.stream(QuizAnswered.class).map(answer -> answer.right() + "/" + answer.tries()))
                .containsExactly("false/1", "true/2", "true/3");
        assertThat(events.stream(LessonStepCompleted.class).filter(done -> done.step() == CHECK_STEP)).hasSize(1);
        assertThat(progress.score()).isEqualTo(new LessonProgress.Score(0, 1));
    }

    @Test
    void finishingPublishesTheScoreOnceAndIsKeptInTheAccount() {
        LessonProgress progress = learning.open(learner, tablet, null);
        progress = learning.answered(learner, tablet, progress, CHECK_STEP, 1);
        progress = learning.moveTo(learner, tablet, progress, LAST_STEP, Duration.ofSeconds(30));
        learning.finish(learner, tablet, progress, Duration.ofSeconds(20));
        learning.finish(learner, tablet, learning.progressOf(learner, tablet.id()).orElseThrow(), Duration.ZERO);

        assertThat(events.stream(LessonCompleted.class)).singleElement().satisfies(completed -> {
            assertThat(completed.learner()).isEqualTo(learner);
            assertThat(completed.rightFirstTime()).isEqualTo(1);
            assertThat(completed.questions()).isEqualTo(1);
            assertThat(completed.timeSpent()).isEqualTo(Duration.ofSeconds(50));
        });
        assertThat(learning.progressOf(learner)).singleElement()
                .satisfies(kept -> assertThat(kept.completed()).isTrue());
    }

    @Test
    void aVisitorsProgressIsPublishedButNeverStoredOnTheServer() {
        long stored = mongo.getCollection(ProgressDocument.COLLECTION).countDocuments();

        LessonProgress progress = learning.open(null, tablet, null);
        progress = learning.moveTo(null, tablet, progress, 1, Duration.ofSeconds(10));
        LessonProgress resumed = learning.open(null, tablet, progress);

        assertThat(mongo.getCollection(ProgressDocument.COLLECTION).countDocuments()).isEqualTo(stored);
        assertThat(resumed.currentStep()).as("the browser's copy is where a visitor resumes").isEqualTo(1);
        assertThat(events.stream(LessonStarted.class)).singleElement()
                .satisfies(started -> assertThat(started.learner()).isNull());
    }

    @Test
    void signingInMovesWhatTheBrowserKeptIntoTheAccount() {
        learning.open(learner, tablet, null);
        LessonProgress inBrowser = learning.moveTo(null, tablet, learning.open(null, tablet, null), 4,
                Duration.ofSeconds(60));

        learning.adopt(learner, List.of(inBrowser));

        LessonProgress kept = learning.progressOf(learner, tablet.id()).orElseThrow();
        assertThat(kept.currentStep()).as("the browser was used last").isEqualTo(4);
        assertThat(kept.stepsDone()).containsExactly(0);
    }

    @Test
    void twoTabsOfOneLearnerNeverUndoEachOtherAndTheLessonCompletesOnce() {
        LessonProgress opened = learning.open(learner, tablet, null);
        LessonProgress tablet1 = opened;
        LessonProgress phone = opened;

        tablet1 = learning.answered(learner, tablet, tablet1, CHECK_STEP, 1);
        tablet1 = learning.moveTo(learner, tablet, tablet1, LAST_STEP, Duration.ofSeconds(30));
        learning.finish(learner, tablet, tablet1, Duration.ofSeconds(5));
        phone = learning.moveTo(learner, tablet, phone, 2, Duration.ofSeconds(3));
        learning.finish(learner, tablet, phone, Duration.ZERO);

        LessonProgress kept = learning.progressOf(learner, this.tablet.id()).orElseThrow();
        assertThat(kept.completed()).isTrue();
        assertThat(kept.stepsDone()).contains(0, CHECK_STEP, LAST_STEP);
        assertThat(kept.score()).isEqualTo(new LessonProgress.Score(1, 1));
        assertThat(events.stream(LessonCompleted.class).filter(done -> learner.equals(done.learner()))).hasSize(1);
    }

    @Test
    void whatABrowserKeptIsCheckedBeforeItEntersAnAccount() {
        Instant now = Instant.now();
        LessonProgress forged = new LessonProgress(tablet.id(), 99, java.util.Set.of(1, 2, 50, 99), List.of(),
                Duration.ofDays(30), now, now, null);
        LessonProgress unknownLesson = LessonProgress.start(new LessonId("no-such-lesson"), now);

        learning.adopt(learner, List.of(forged, unknownLesson));

        assertThat(learning.progressOf(learner)).singleElement().satisfies(kept -> {
            assertThat(kept.lesson()).isEqualTo(tablet.id());
            assertThat(kept.currentStep()).isEqualTo(LAST_STEP);
            assertThat(kept.stepsDone()).containsExactlyInAnyOrder(1, 2);
            assertThat(kept.timeSpent()).isEqualTo(LessonProgress.LONGEST_VISIT.multipliedBy(9));
        });
    }

    @Test
    void deletingTheAccountForgetsProgressAndSettings() {
        learning.open(learner, tablet, null);
        learning.save(learner, LearnerSettings.DEFAULTS.withDevice(Device.ANDROID));

        publisher.publishEvent(new PersonDeleted(learner));

        assertThat(learning.progressOf(learner)).isEmpty();
        assertThat(learning.settingsOf(learner)).isEqualTo(LearnerSettings.DEFAULTS);
    }

    @Test
    void settingsAreRememberedPerLearner() {
        learning.save(learner, LearnerSettings.DEFAULTS.withDevice(Device.IPHONE).withFurigana(false)
                .withSpeechRate(0.7));

        assertThat(learning.settingsOf(learner)).isEqualTo(new LearnerSettings(Device.IPHONE, false, false, 0.7));
        assertThat(learning.settingsOf(PersonId.newId())).isEqualTo(LearnerSettings.DEFAULTS);
    }
}
