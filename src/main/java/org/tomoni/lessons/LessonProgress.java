package org.tomoni.lessons;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * How far one learner got in one lesson. A value: every change returns a new progress, so the same rules hold
 * whether it is kept in the learner's account or, before they sign in, in their browser.
 *
 * @param currentStep the step to show when the learner comes back, counting from 0
 * @param stepsDone   steps read, practised or answered rightly
 * @param answers     the learner's answers to the checks, one per check step
 * @param timeSpent   time on the lesson's screens, each visit to a step counted up to {@link #LONGEST_VISIT}
 */
public record LessonProgress(LessonId lesson, int currentStep, Set<Integer> stepsDone, List<CheckAnswer> answers,
                             Duration timeSpent, Instant startedAt, Instant lastSeenAt, @Nullable Instant completedAt) {

    /** A tablet left on a step over lunch has not been learning for an hour. */
    public static final Duration LONGEST_VISIT = Duration.ofMinutes(10);

    public LessonProgress {
        // Progress also arrives from browsers, where anything may have been stored: refuse what cannot be true.
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(timeSpent, "timeSpent");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        if (currentStep < 0 || timeSpent.isNegative()) {
            throw new IllegalArgumentException("A step or a time cannot be negative");
        }
        stepsDone = Set.copyOf(stepsDone);
        answers = List.copyOf(answers);
    }

    /**
     * The same progress within what a lesson of this many steps allows: a step that no longer exists (the author
     * shortened the lesson) or never could (a hand-edited browser) is dropped, and the place is the nearest real step.
     */
    public LessonProgress fittedTo(int steps) {
        int last = Math.max(0, steps - 1);
        Set<Integer> done = new TreeSet<>();
        stepsDone.stream().filter(step -> step >= 0 && step <= last).forEach(done::add);
        List<CheckAnswer> kept = answers.stream().filter(answer -> answer.step() >= 0 && answer.step() <= last)
                .toList();
        return new LessonProgress(lesson, Math.min(currentStep, last), done, kept, timeSpent, startedAt, lastSeenAt,
                completedAt);
    }

    public static LessonProgress start(LessonId lesson, Instant now) {
        return new LessonProgress(lesson, 0, Set.of(), List.of(), Duration.ZERO, now, now, null);
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** The learner moved from the current step to another, having spent the given time on it. */
    public LessonProgress movedTo(int step, Duration onPreviousStep, Instant now) {
        return new LessonProgress(lesson, Math.max(0, step), stepsDone, answers, plus(onPreviousStep), startedAt, now,
                completedAt);
    }

    public LessonProgress stepDone(int step, Instant now) {
        Set<Integer> done = new TreeSet<>(stepsDone);
        done.add(step);
        return new LessonProgress(lesson, currentStep, done, answers, timeSpent, startedAt, now, completedAt);
    }

    /**
     * An answer to a check. The first answer decides the score; later tries are counted, so a teacher can tell
     * "right at once" from "right after three tries", and a right answer marks the step done.
     */
    public LessonProgress answered(int step, int choice, boolean right, Instant now) {
        List<CheckAnswer> updated = new ArrayList<>();
        CheckAnswer previous = answerTo(step).orElse(null);
        for (CheckAnswer answer : answers) {
            if (answer.step() != step) {
                updated.add(answer);
            }
        }
        updated.add(previous == null
                ? new CheckAnswer(step, choice, right, right, 1)
                : new CheckAnswer(step, choice, right, previous.rightFirstTime(), previous.tries() + 1));
        updated.sort(Comparator.comparingInt(CheckAnswer::step));
        LessonProgress answered = new LessonProgress(lesson, currentStep, stepsDone, updated, timeSpent, startedAt,
                now, completedAt);
        return right ? answered.stepDone(step, now) : answered;
    }

    /** Finished: the last step was reached and left with "Finish". A second finish keeps the first date. */
    public LessonProgress finished(Duration onLastStep, Instant now) {
        return new LessonProgress(lesson, currentStep, stepsDone, answers, plus(onLastStep), startedAt, now,
                completedAt == null ? now : completedAt);
    }

    public LessonProgress withTimeAtMost(Duration most) {
        return timeSpent.compareTo(most) <= 0 ? this
                : new LessonProgress(lesson, currentStep, stepsDone, answers, most, startedAt, lastSeenAt, completedAt);
    }

    public Optional<CheckAnswer> answerTo(int step) {
        return answers.stream().filter(answer -> answer.step() == step).findFirst();
    }

    /** Checks answered rightly at the first try, out of the checks answered. */
    public Score score() {
        int right = (int) answers.stream().filter(CheckAnswer::rightFirstTime).count();
        return new Score(right, answers.size());
    }

    /** How much of a lesson with this many steps is done, from 0 to 100; a finished lesson is 100. */
    public int percentOf(int steps) {
        if (completed() || steps <= 0) {
            return completed() ? 100 : 0;
        }
        return Math.min(100, (int) Math.round(100.0 * stepsDone.size() / steps));
    }

    /**
     * Joins what a browser kept before sign-in with what the account already holds: nothing learned is lost, and
     * the learner comes back to whichever place they saw last.
     */
    public LessonProgress mergedWith(LessonProgress other) {
        LessonProgress newer = other.lastSeenAt.isBefore(lastSeenAt) ? this : other;
        LessonProgress older = newer == this ? other : this;
        Set<Integer> done = new TreeSet<>(stepsDone);
        done.addAll(other.stepsDone);
        List<CheckAnswer> merged = new ArrayList<>(older.answers);
        for (CheckAnswer answer : newer.answers) {
            merged.removeIf(kept -> kept.step() == answer.step());
            merged.add(answer);
        }
        merged.sort(Comparator.comparingInt(CheckAnswer::step));
        Instant firstCompleted = completedAt == null ? other.completedAt
                : other.completedAt == null || completedAt.isBefore(other.completedAt) ? completedAt : other.completedAt;
        return new LessonProgress(lesson, newer.currentStep, done, merged, timeSpent.plus(other.timeSpent),
                startedAt.isBefore(other.startedAt) ? startedAt : other.startedAt, newer.lastSeenAt, firstCompleted);
    }

    private Duration plus(Duration visit) {
        if (visit.isNegative()) {
            return timeSpent;
        }
        return timeSpent.plus(visit.compareTo(LONGEST_VISIT) > 0 ? LONGEST_VISIT : visit);
    }

    /**
     * @param rightFirstTime whether the first answer was right; the score counts this
     * @param tries          answers given so far
     */
    public record CheckAnswer(int step, int choice, boolean right, boolean rightFirstTime, int tries) {
    }

    public record Score(int rightFirstTime, int questions) {
    }
}
