package org.tomoni.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LessonProgressTest {

    private static final LessonId LESSON = new LessonId("video-calls");
    private static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    private final LessonProgress started = LessonProgress.start(LESSON, MORNING);

    @Test
    void aNewLessonStartsAtTheFirstStepWithNothingDone() {
        assertThat(started.currentStep()).isZero();
        assertThat(started.stepsDone()).isEmpty();
        assertThat(started.completed()).isFalse();
        assertThat(started.percentOf(9)).isZero();
    }

    @Test
    void aTabletLeftOnAStepCountsAtMostTenMinutes() {
        LessonProgress afterLunch = started.movedTo(1, Duration.ofHours(1), MORNING.plusSeconds(3600))
                .movedTo(2, Duration.ofSeconds(90), MORNING.plusSeconds(3700));

        assertThat(afterLunch.timeSpent()).isEqualTo(Duration.ofMinutes(10).plusSeconds(90));
        assertThat(afterLunch.currentStep()).isEqualTo(2);
    }

    @Test
    void theFirstAnswerDecidesTheScoreAndLaterTriesAreCounted() {
        LessonProgress progress = started
                .answered(4, 0, false, MORNING)
                .answered(4, 2, true, MORNING.plusSeconds(20))
                .answered(7, 1, true, MORNING.plusSeconds(60));

        assertThat(progress.answerTo(4)).hasValueSatisfying(answer -> {
            assertThat(answer.right()).isTrue();
            assertThat(answer.rightFirstTime()).isFalse();
            assertThat(answer.tries()).isEqualTo(2);
        });
        assertThat(progress.score()).isEqualTo(new LessonProgress.Score(1, 2));
        assertThat(progress.stepsDone()).containsExactlyInAnyOrder(4, 7);
    }

    @Test
    void aWrongAnswerDoesNotMarkTheStepDone() {
        assertThat(started.answered(3, 1, false, MORNING).stepsDone()).isEmpty();
    }

    @Test
    void finishingTwiceKeepsTheFirstDate() {
        LessonProgress once = started.finished(Duration.ZERO, MORNING.plusSeconds(600));
        LessonProgress twice = once.finished(Duration.ZERO, MORNING.plusSeconds(9000));

        assertThat(twice.completedAt()).isEqualTo(MORNING.plusSeconds(600));
        assertThat(twice.percentOf(9)).isEqualTo(100);
    }

    @Test
    void percentDoneCountsStepsDone() {
        LessonProgress three = started.stepDone(0, MORNING).stepDone(1, MORNING).stepDone(2, MORNING);

        assertThat(three.percentOf(9)).isEqualTo(33);
        assertThat(three.stepDone(2, MORNING).percentOf(9)).as("a step done twice counts once").isEqualTo(33);
    }

    @Test
    void mergingWhatABrowserKeptLosesNothingAndResumesAtTheLatestPlace() {
        LessonProgress inAccount = started.stepDone(0, MORNING).stepDone(1, MORNING)
                .answered(5, 0, true, MORNING)
                .movedTo(6, Duration.ofMinutes(3), MORNING.plusSeconds(200));
        LessonProgress inBrowser = LessonProgress.start(LESSON, MORNING.plusSeconds(-86_400))
                .stepDone(2, MORNING)
                .answered(5, 1, false, MORNING.plusSeconds(500))
                .movedTo(3, Duration.ofMinutes(2), MORNING.plusSeconds(600));

        LessonProgress merged = inAccount.mergedWith(inBrowser);

        assertThat(merged.stepsDone()).containsExactlyInAnyOrder(0, 1, 2, 5);
        assertThat(merged.currentStep()).as("the browser was used last").isEqualTo(3);
        assertThat(merged.timeSpent()).isEqualTo(Duration.ofMinutes(5));
        assertThat(merged.startedAt()).isEqualTo(MORNING.plusSeconds(-86_400));
        assertThat(merged.answerTo(5)).hasValueSatisfying(answer -> assertThat(answer.choice()).isEqualTo(1));
    }

    @Test
    void mergingKeepsTheEarliestCompletion() {
        LessonProgress finishedEarly = started.finished(Duration.ZERO, MORNING.plusSeconds(100));
        LessonProgress finishedLate = started.finished(Duration.ZERO, MORNING.plusSeconds(900));

        assertThat(finishedLate.mergedWith(finishedEarly).completedAt()).isEqualTo(MORNING.plusSeconds(100));
        assertThat(started.mergedWith(finishedLate).completed()).isTrue();
    }
}
