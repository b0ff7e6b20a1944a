package org.tomoni.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.tomoni.lessons.Audience;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;
import org.tomoni.lessons.Skill;
import org.tomoni.lessons.Topic;

/** The lessons Tomoni ships: all load, enough of them for each audience, and every one complete in both languages. */
class ShippedLessonsTest {

    private static final ContentLibrary.Loaded SHIPPED = ContentLibrary.load(Path.of("content"));

    @Test
    void everyLessonLoadsWithoutAProblem() {
        assertThat(SHIPPED.problems()).isEmpty();
    }

    @Test
    void thereAreEnoughLessonsForOlderAdultsAndForYoungPeople() {
        assertThat(count(Audience.SENIOR)).isGreaterThanOrEqualTo(8);
        assertThat(count(Audience.YOUTH)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyLessonHasSixToTwelveStepsWithPracticeAndACheckInBothLanguages() {
        for (Lesson lesson : SHIPPED.lessons()) {
            for (LessonLanguage language : List.of(LessonLanguage.ENGLISH, LessonLanguage.JAPANESE)) {
                LessonText text = lesson.text(language).orElseThrow();
                assertThat(text.steps()).as("%s in %s", lesson.id(), language).hasSizeBetween(6, 12);
                assertThat(text.steps()).as("practice in %s", lesson.id())
                        .anyMatch(step -> step instanceof LessonStep.TapPractice
                                || step instanceof LessonStep.TypePractice || step instanceof LessonStep.OrderPractice);
                assertThat(text.steps()).as("check in %s", lesson.id()).anyMatch(LessonStep.Check.class::isInstance);
            }
        }
    }

    @Test
    void everyLessonHasAPicture() {
        for (Lesson lesson : SHIPPED.lessons()) {
            assertThat(lesson.text(LessonLanguage.ENGLISH).orElseThrow().steps()).as("pictures in %s", lesson.id())
                    .anyMatch(step -> step instanceof LessonStep.TapPractice
                            || step instanceof LessonStep.Explanation explanation && explanation.picture() != null);
        }
    }

    @Test
    void everyTopicAndSkillHasANameInBothLanguages() throws IOException {
        for (String language : List.of("en", "ja")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Topic topic : Topic.values()) {
                assertThat(texts).as("topic %s in %s", topic, language).containsKey("lessons.topic." + topic.code());
            }
            for (Skill skill : Skill.values()) {
                assertThat(texts).as("skill %s in %s", skill, language).containsKey("lessons.skill." + skill.code());
            }
        }
    }

    private static long count(Audience audience) {
        return SHIPPED.lessons().stream().filter(lesson -> lesson.info().audience() == audience).count();
    }
}
