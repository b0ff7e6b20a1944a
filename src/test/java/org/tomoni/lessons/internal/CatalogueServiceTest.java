package org.tomoni.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tomoni.lessons.Audience;
import org.tomoni.lessons.CatalogueQuery;
import org.tomoni.lessons.ContentProblem;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.StartingPoint;

/** Finding lessons among the ones Tomoni ships. */
class CatalogueServiceTest {

    private static final ContentLibrary.Loaded SHIPPED = ContentLibrary.load(Path.of("content"));
    private final CatalogueService catalogue = new CatalogueService(new LessonLibrary() {
        @Override
        public List<Lesson> all() {
            return SHIPPED.lessons();
        }

        @Override
        public Optional<Lesson> find(LessonId id) {
            return SHIPPED.lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
        }

        @Override
        public List<ContentProblem> problems() {
            return SHIPPED.problems();
        }
    });

    @Test
    void searchFindsWordsInTheLearnersLanguageWhateverTheCase() {
        assertThat(ids(catalogue.find(query(null, null, null, "VIDEO call", LessonLanguage.ENGLISH)))).contains("video-calls");
        assertThat(ids(catalogue.find(query(null, null, null, "ビデオ通話", LessonLanguage.JAPANESE)))).contains("video-calls");
        assertThat(ids(catalogue.find(query(null, null, null, "ｐａｓｓｗｏｒｄ", LessonLanguage.ENGLISH))))
                .as("full-width letters from a Japanese keyboard").contains("strong-passwords");
    }

    @Test
    void searchWithNoMatchFindsNothing() {
        assertThat(catalogue.find(query(null, null, null, "submarine", LessonLanguage.ENGLISH))).isEmpty();
    }

    @Test
    void filtersNarrowByAudienceTopicAndLevel() {
        List<Lesson> forYouth = catalogue.find(query(Audience.YOUTH, null, null, "", LessonLanguage.ENGLISH));
        assertThat(forYouth).isNotEmpty().allMatch(lesson -> lesson.info().audience() == Audience.YOUTH);

        List<Lesson> safetyFirstSteps = catalogue.find(query(null, "safety", 1, "", LessonLanguage.ENGLISH));
        assertThat(safetyFirstSteps).isNotEmpty()
                .allMatch(lesson -> lesson.info().topic().equals("safety") && lesson.info().level() == 1);
    }

    @Test
    void topicsAreThoseOfTheAudience() {
        assertThat(catalogue.topics(Audience.SENIOR)).contains("basics", "communication").doesNotContain("kindness");
        assertThat(catalogue.topics(Audience.YOUTH)).contains("kindness").doesNotContain("basics");
    }

    @Test
    void someoneWhoNeverUsedATabletStartsWithTheBasicsAndNothingAboveTheirLevel() {
        List<Lesson> suggested = catalogue.recommend(new StartingPoint(Audience.SENIOR, "communication", 1), Set.of());

        assertThat(suggested).hasSizeBetween(1, 3);
        assertThat(suggested).allMatch(lesson -> lesson.info().level() == 1
                && lesson.info().audience() == Audience.SENIOR);
        assertThat(suggested.getFirst().id().value()).isEqualTo("tablet-basics");
        assertThat(suggested.get(1).info().topic()).as("then what they asked for").isEqualTo("communication");
    }

    @Test
    void someoneWhoUsesATabletDailyGetsWhatTheyAskedForFirst() {
        List<Lesson> suggested = catalogue.recommend(new StartingPoint(Audience.SENIOR, "safety", 3), Set.of());

        assertThat(suggested.getFirst().info().topic()).isEqualTo("safety");
        assertThat(ids(suggested)).doesNotContain("tablet-basics");
    }

    @Test
    void finishedLessonsAreNeverSuggestedAgain() {
        Set<LessonId> finished = Set.of(new LessonId("tablet-basics"), new LessonId("video-calls"));

        assertThat(ids(catalogue.recommend(new StartingPoint(Audience.SENIOR, "communication", 3), finished)))
                .doesNotContain("tablet-basics", "video-calls");
        assertThat(catalogue.nextAfter(new LessonId("tablet-basics"), finished))
                .hasValueSatisfying(next -> assertThat(finished).doesNotContain(next.id()));
    }

    @Test
    void theNextLessonKeepsToTheSameAudience() {
        assertThat(catalogue.nextAfter(new LessonId("strong-passwords"), Set.of()))
                .hasValueSatisfying(next -> assertThat(next.info().audience()).isEqualTo(Audience.YOUTH));
    }

    private static CatalogueQuery query(Audience audience, String topic, Integer level, String words,
                                        LessonLanguage language) {
        return new CatalogueQuery(audience, topic, level, words, language);
    }

    private static List<String> ids(List<Lesson> lessons) {
        return lessons.stream().map(lesson -> lesson.id().value()).toList();
    }
}
