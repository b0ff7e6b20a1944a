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
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.QuizAnswered;

@Service
class LearningService implements Learning {

    private final ProgressStore store;
    private final LessonLibrary library;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(ProgressStore store, LessonLibrary library, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.library = library;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public LessonProgress open(@Nullable PersonId learner, Lesson lesson, @Nullable LessonProgress keptInBrowser) {
        Optional<LessonProgress> known = learner == null
                ? Optional.ofNullable(keptInBrowser).filter(kept -> kept.lesson().equals(lesson.id()))
                : store.find(learner, lesson.id());
        if (known.isPresent()) {
            return known.get().fittedTo(stepCount(lesson));
        }
        Instant now = now();
        LessonProgress started = keep(learner, LessonProgress.start(lesson.id(), now));
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
        return keep(learner, moved);
    }

    @Override
    public LessonProgress practised(@Nullable PersonId learner, Lesson lesson, LessonProgress progress, int step) {
        return keep(learner, done(learner, progress, step, now()));
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
        LessonProgress withAnswer = progress.answered(step, choice, right, now);
        LessonProgress answered = learner == null ? withAnswer
                : store.record(learner, withAnswer, withAnswer.answerTo(step).stream().toList());
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
        boolean firstTime = learner == null ? !finished.completed()
                : store.completeFirstTime(learner, lesson.id(), now);
        finished = keep(learner, finished.finished(onLastStep, now));
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
        // A browser's storage is the visitor's to edit: only lessons that exist, only steps they have, and no
        // more time than the lesson's steps can hold.
        for (LessonProgress kept : keptInBrowser) {
            library.find(kept.lesson()).ifPresent(lesson -> {
                int steps = stepCount(lesson);
                LessonProgress fitted = kept.fittedTo(steps).withTimeAtMost(LessonProgress.LONGEST_VISIT
                        .multipliedBy(steps));
                LessonProgress merged = store.find(learner, lesson.id()).map(saved -> saved.mergedWith(fitted))
                        .orElse(fitted);
                store.record(learner, merged, merged.answers());
            });
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

    /** A signed-in learner's progress is added to their account; the result joins what other tabs did. */
    private LessonProgress keep(@Nullable PersonId learner, LessonProgress progress) {
        return learner == null ? progress : store.record(learner, progress, List.of());
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
