package org.tomoni.lessons.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonProgress;

/** The lessons module's own collections: progress per learner and lesson, and each learner's settings. */
@Component
class ProgressStore {

    private final MongoTemplate mongo;

    ProgressStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<LessonProgress> find(PersonId person, LessonId lesson) {
        return Optional.ofNullable(mongo.findById(ProgressDocument.idOf(person, lesson), ProgressDocument.class))
                .map(ProgressDocument::toProgress);
    }

    List<LessonProgress> allOf(PersonId person) {
        return mongo.find(ofPerson(person), ProgressDocument.class).stream()
                .map(ProgressDocument::toProgress)
                .sorted(Comparator.comparing(LessonProgress::lastSeenAt).reversed())
                .toList();
    }

    /** One replace by {@code _id}: a single-document write, whichever node or tab makes it. */
    void save(PersonId person, LessonProgress progress) {
        mongo.save(ProgressDocument.of(person, progress));
    }

    LearnerSettings settingsOf(PersonId person) {
        LearnerSettingsDocument saved = mongo.findById(person.value(), LearnerSettingsDocument.class);
        return saved == null ? LearnerSettings.DEFAULTS : saved.toSettings();
    }

    void save(PersonId person, LearnerSettings settings) {
        mongo.save(new LearnerSettingsDocument(person.value(), settings.device(), settings.furigana(),
                settings.easyJapanese(), settings.speechRate()));
    }

    void forget(PersonId person) {
        mongo.remove(ofPerson(person), ProgressDocument.class);
        mongo.remove(Query.query(Criteria.where("_id").is(person.value())), LearnerSettingsDocument.class);
    }

    /** By id prefix, which an index on {@code _id} serves on every MongoDB. */
    private static Query ofPerson(PersonId person) {
        return Query.query(Criteria.where("_id").regex("^" + Pattern.quote(person.value() + "/")));
    }
}
