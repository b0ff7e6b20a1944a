package org.tomoni.lessons.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tomoni.lessons.Audience;
import org.tomoni.lessons.CatalogueQuery;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCatalogue;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;
import org.tomoni.lessons.StartingPoint;

@Service
class CatalogueService implements LessonCatalogue {

    /** The topic every newcomer needs before the others make sense. */
    private static final String FIRST_STEPS = "basics";
    private static final int RECOMMENDED = 3;

    private final LessonLibrary library;

    CatalogueService(LessonLibrary library) {
        this.library = library;
    }

    @Override
    public List<Lesson> find(CatalogueQuery query) {
        List<String> words = words(query.words());
        return library.all().stream()
                .filter(lesson -> query.audience() == null || fitsAudience(lesson, query.audience()))
                .filter(lesson -> query.topic() == null || lesson.info().topic().equals(query.topic()))
                .filter(lesson -> query.level() == null || lesson.info().level() == query.level())
                .filter(lesson -> words.isEmpty() || words.stream().allMatch(searchable(lesson, query.language())::contains))
                .sorted(easiestFirst())
                .toList();
    }

    @Override
    public List<String> topics(@Nullable Audience audience) {
        return library.all().stream()
                .filter(lesson -> audience == null || fitsAudience(lesson, audience))
                .map(lesson -> lesson.info().topic())
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public List<Lesson> recommend(StartingPoint start, Set<LessonId> finished) {
        Stream<Lesson> open = library.all().stream()
                .filter(lesson -> fitsAudience(lesson, start.audience()))
                .filter(lesson -> !finished.contains(lesson.id()))
                .filter(lesson -> lesson.info().level() <= Math.max(1, start.experience()))
                // Someone on a tablet every day knows how to switch it on.
                .filter(lesson -> start.experience() < 3 || !lesson.info().topic().equals(FIRST_STEPS));
        // Someone who has never used a tablet learns to hold one before anything else; then what they asked for.
        Comparator<Lesson> order = Comparator
                .comparing((Lesson lesson) -> start.experience() > 1 || !lesson.info().topic().equals(FIRST_STEPS))
                .thenComparing(lesson -> !lesson.info().topic().equals(start.interest()))
                .thenComparing(easiestFirst());
        return open.sorted(order).limit(RECOMMENDED).toList();
    }

    @Override
    public Optional<Lesson> nextAfter(LessonId id, Set<LessonId> finished) {
        Optional<Lesson> current = library.find(id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Lesson done = current.get();
        return library.all().stream()
                .filter(lesson -> !lesson.id().equals(id) && !finished.contains(lesson.id()))
                .filter(lesson -> fitsAudience(lesson, done.info().audience()))
                .min(Comparator
                        .comparing((Lesson lesson) -> !lesson.info().topic().equals(done.info().topic()))
                        .thenComparing(lesson -> Math.abs(lesson.info().level() - done.info().level()))
                        .thenComparing(easiestFirst()));
    }

    private static boolean fitsAudience(Lesson lesson, Audience audience) {
        return audience == Audience.ALL || lesson.info().audience() == audience
                || lesson.info().audience() == Audience.ALL;
    }

    private static Comparator<Lesson> easiestFirst() {
        return Comparator.comparingInt((Lesson lesson) -> lesson.info().level())
                .thenComparingInt(lesson -> lesson.info().minutes())
                .thenComparing(lesson -> lesson.id().value());
    }

    private static String searchable(Lesson lesson, LessonLanguage language) {
        StringBuilder text = new StringBuilder(lesson.info().topic()).append(' ')
                .append(String.join(" ", lesson.info().skills()));
        Stream.of(language, LessonLanguage.ENGLISH).distinct()
                .flatMap(each -> lesson.text(each).stream())
                .forEach(written -> append(text, written));
        return normalise(text.toString());
    }

    private static void append(StringBuilder text, LessonText written) {
        text.append(' ').append(written.title().text());
        for (LessonStep step : written.steps()) {
            text.append(' ').append(step.title().text());
        }
    }

    private static List<String> words(String typed) {
        String normalised = normalise(typed).strip();
        return normalised.isEmpty() ? List.of() : List.of(normalised.split("\\s+"));
    }

    /** Full-width letters, capitals and hyphens do not matter to someone typing on a tablet. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
