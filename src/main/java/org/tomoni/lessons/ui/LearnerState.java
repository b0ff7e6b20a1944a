package org.tomoni.lessons.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonProgress;

/** One learner on one page: their settings and progress, kept in their account or, for a visitor, their browser. */
final class LearnerState {

    /** Where a visitor's settings and progress go: their own browser. */
    interface BrowserStorage {

        void save(LearnerSettings settings);

        void save(LessonProgress progress);
    }

    private final Learning learning;
    private final @Nullable PersonId person;
    private final Map<String, LessonProgress> browserProgress;
    private final @Nullable BrowserStorage browser;
    private LearnerSettings settings;

    LearnerState(Learning learning, @Nullable PersonId person, LearnerSettings settings,
                 Map<String, LessonProgress> browserProgress, @Nullable BrowserStorage browser) {
        this.learning = learning;
        this.person = person;
        this.settings = settings;
        this.browserProgress = new HashMap<>(browserProgress);
        this.browser = browser;
    }

    @Nullable PersonId person() {
        return person;
    }

    LearnerSettings settings() {
        return settings;
    }

    void change(LearnerSettings changed) {
        settings = changed;
        if (person != null) {
            learning.save(person, changed);
        } else if (browser != null) {
            browser.save(changed);
        }
    }

    /** What the browser kept about a lesson; a signed-in learner's comes from their account instead. */
    @Nullable LessonProgress keptInBrowser(LessonId lesson) {
        return person == null ? browserProgress.get(lesson.value()) : null;
    }

    Optional<LessonProgress> progress(LessonId lesson) {
        return person != null ? learning.progressOf(person, lesson)
                : Optional.ofNullable(browserProgress.get(lesson.value()));
    }

    /** Most recently seen first. */
    List<LessonProgress> allProgress() {
        Collection<LessonProgress> all = person != null ? learning.progressOf(person) : browserProgress.values();
        return all.stream().sorted(Comparator.comparing(LessonProgress::lastSeenAt).reversed()).toList();
    }

    /** Everything started, by lesson: one read for a whole page of cards. */
    Map<LessonId, LessonProgress> progressByLesson() {
        return allProgress().stream().collect(Collectors.toMap(LessonProgress::lesson, Function.identity(),
                (newer, older) -> newer));
    }

    Set<LessonId> finished() {
        return allProgress().stream().filter(LessonProgress::completed).map(LessonProgress::lesson)
                .collect(Collectors.toSet());
    }

    /** The account already has it (the service saved it); a visitor's browser is told now. */
    void kept(LessonProgress progress) {
        if (person == null && browser != null) {
            browserProgress.put(progress.lesson().value(), progress);
            browser.save(progress);
        }
    }

    /** The lesson's language for this page: the page's own, in easy Japanese when asked for and written. */
    LessonLanguage languageOf(Lesson lesson, Locale pageLocale) {
        if (LessonLanguage.forPage(pageLocale) == LessonLanguage.ENGLISH) {
            return LessonLanguage.ENGLISH;
        }
        return settings.easyJapanese() && lesson.text(LessonLanguage.EASY_JAPANESE).isPresent()
                ? LessonLanguage.EASY_JAPANESE : LessonLanguage.JAPANESE;
    }
}
