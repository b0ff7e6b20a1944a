package org.tomoni.lessons.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCompleted;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonStarted;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonStepCompleted;
import org.tomoni.lessons.LessonText;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.QuizAnswered;

@Service
class LearningService implements Learning {

    private final ProgressStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(ProgressStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public LessonProgress open(@Nullable PersonId learner, Lesson lesson, @Nullable LessonProgress keptInBrowser) {
        Optional<LessonProgress> known = learner == null
                ? Optional.ofNullable(keptInBrowser).filter(kept -> kept.lesson().equals(lesson.id()))
                : store.find(learner, lesson.id());
        if (known.isPresent()) {
            int last = stepCount(lesson) - 1;
            LessonProgress progress = known.get();
            // The lesson may have lost steps since; come back to the nearest that still exists.
            return progress.currentStep() > last ? progress.movedTo(last, Duration.ZERO, now()) : progress;
        }
        Instant now = now();
        LessonProgress started = LessonProgress.start(lesson.id(), now);
        keep(learner, started);
        events.publishEvent(new LessonStarted(learner, lesson.id(), now));
        return started;
    }

    @Override
    public LessonProgress moveTo(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step,
                                 Duration onPreviousStep) {
        Instant now = now();
        int from = progress.currentStep();
        LessonProgress moved = progress.movedTo(Math.min(step, stepCount(lesson) - 1), onPreviousStep, now);
        if (step > from && !stepAt(lesson, from).asksSomething()) {
            moved = done(learner, moved, from, now);
        }
        keep(learner, moved);
        return moved;
    }

    @Override
    public LessonProgress practised(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step) {
        LessonProgress practised = done(learner, progress, step, now());
        keep(learner, practised);
        return practised;
    }

    @Override
    public LessonProgress answered(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step,
                                   int choice) {
        if (!(stepAt(lesson, step) instanceof LessonStep.Check check)) {
            throw new IllegalArgumentException("Step " + step + " of " + lesson.id() + " is not a check");
        }
        Instant now = now();
        boolean right = check.isRight(choice);
        boolean wasDone = progress.stepsDone().contains(step);
        LessonProgress answered = progress.answered(step, choice, right, now);
        keep(learner, answered);
        int tries = answered.answerTo(step).map(LessonProgress.CheckAnswer::tries).orElse(1);
        events.publishEvent(new QuizAnswered(learner, lesson.id(), step, right, tries, now));
        if (right && !wasDone) {
            events.publishEvent(new LessonStepCompleted(learner, lesson.id(), step, now));
        }
        return answered;
    }

    @Override
    public LessonProgress finish(@Nullable PersonId learner, Lesson lesson, LessonProgress progress,
                                 Duration onLastStep) {
        Instant now = now();
        int last = progress.currentStep();
        LessonProgress finished = progress;
        if (!stepAt(lesson, last).asksSomething()) {
            finished = done(learner, finished, last, now);
        }
        boolean firstTime = !finished.completed();
        finished = finished.finished(onLastStep, now);
        keep(learner, finished);
        if (firstTime) {
            LessonProgress.Score score = finished.score();
            events.publishEvent(new LessonCompleted(learner, lesson.id(), score.rightFirstTime(), score.questions(),
                    finished.timeSpent(), now));
        }
        return finished;
    }

    @Override
    public List<LessonProgress> progressOf(PersonId learner) {
        return store.allOf(learner);
    }

    @Override
    public Optional<LessonProgress> progressOf(PersonId learner, LessonId lesson) {
        return store.find(learner, lesson);
    }

    @Override
    public void adopt(PersonId learner, List<LessonProgress> keptInBrowser) {
        for (LessonProgress kept : keptInBrowser) {
            store.save(learner, store.find(learner, kept.lesson()).map(saved -> saved.mergedWith(kept)).orElse(kept));
        }
    }

    @Override
    public LearnerSettings settingsOf(PersonId learner) {
        return store.settingsOf(learner);
    }

    @Override
    public void save(PersonId learner, LearnerSettings settings) {
        store.save(learner, settings);
    }

    private LessonProgress done(@Nullable PersonId learner, LessonProgress progress, int step, Instant now) {
        if (progress.stepsDone().contains(step)) {
            return progress;
        }
        events.publishEvent(new LessonStepCompleted(learner, progress.lesson(), step, now));
        return progress.stepDone(step, now);
    }

    private void keep(@Nullable PersonId learner, LessonProgress progress) {
        if (learner != null) {
            store.save(learner, progress);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    /** Every language tells the same steps, so English, which every lesson has, gives the count and the kinds. */
    private static int stepCount(Lesson lesson) {
        return english(lesson).steps().size();
    }

    private static LessonStep stepAt(Lesson lesson, int step) {
        List<LessonStep> steps = english(lesson).steps();
        if (step < 0 || step >= steps.size()) {
            throw new IllegalArgumentException("Lesson " + lesson.id() + " has no step " + step);
        }
        return steps.get(step);
    }

    private static LessonText english(Lesson lesson) {
        return lesson.text(LessonLanguage.ENGLISH).orElseThrow();
    }
}
