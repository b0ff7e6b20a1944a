package org.tomoni.lessons.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonProgress.CheckAnswer;

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

    /**
     * Adds one tab's view of the progress to what is kept, in one atomic update: steps done only grow, the time
     * never shrinks, the first start and the first completion stay, and only the answers given now are set.
     * Another tab or tablet of the same learner therefore never undoes what this one did, or the other way round.
     * Returns what is kept now.
     */
    LessonProgress record(PersonId person, LessonProgress change, Collection<CheckAnswer> answersGiven) {
        ProgressDocument document = ProgressDocument.of(person, change);
        Update update = new Update()
                .set("person", document.person())
                .set("lesson", document.lesson())
                .set("currentStep", document.currentStep())
                .set("lastSeenAt", document.lastSeenAt())
                .max("secondsSpent", document.secondsSpent())
                .min("startedAt", document.startedAt());
        update.addToSet("stepsDone").each(change.stepsDone().toArray());
        answersGiven.forEach(answer -> update.set("answers." + answer.step(), answer));
        if (document.completedAt() != null) {
            update.min("completedAt", document.completedAt());
        }
        ProgressDocument kept = mongo.findAndModify(byId(document.id()), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), ProgressDocument.class);
        return kept == null ? change : kept.toProgress();
    }

    /** Claims the lesson's first completion: true for exactly one caller, however many tabs finish at once. */
    boolean completeFirstTime(PersonId person, LessonId lesson, Instant at) {
        Query notYet = byId(ProgressDocument.idOf(person, lesson)).addCriteria(Criteria.where("completedAt").is(null));
        return mongo.updateFirst(notYet, new Update().set("completedAt", at), ProgressDocument.class)
                .getModifiedCount() == 1;
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

    /**
     * By id prefix, which an index on {@code _id} serves on every MongoDB. Person ids are UUIDs (letters, digits
     * and hyphens), so the prefix needs no quoting, and an unquoted prefix is what MongoDB can use the index for.
     */
    private static Query ofPerson(PersonId person) {
        if (!person.value().matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Unexpected person id: " + person.value());
        }
        return Query.query(Criteria.where("_id").regex("^" + person.value() + "/"));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
