package org.tomoni.accounts.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.ClassroomId;
import org.tomoni.accounts.PersonId;

/** Classes, found by id or by class code (a key document, like a phone number's). */
@Component
class ClassroomStore {

    /** No 0/O, 1/I/L: a child copying the code from the board cannot mix them up. */
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    ClassroomStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    ClassroomDocument create(String name, String organisationId, PersonId teacher) {
        String id = ClassroomId.newId().value();
        while (true) {
            Optional<ClassroomDocument> created = create(id, name, organisationId, teacher, newCode());
            if (created.isPresent()) {
                return created.get();
            }
            // Another class has this code; draw again.
        }
    }

    /** A class with the given code, unless another class has it already. */
    Optional<ClassroomDocument> create(String id, String name, String organisationId, PersonId teacher,
                                       String code) {
        try {
            mongo.insert(new PeopleStore.Key(codeKey(code), id), PeopleStore.KEYS);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        ClassroomDocument classroom = new ClassroomDocument(id, name, organisationId, List.of(teacher), code,
                List.of());
        mongo.insert(classroom, ClassroomDocument.COLLECTION);
        return Optional.of(classroom);
    }

    Optional<ClassroomDocument> byId(ClassroomId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ClassroomDocument.class, ClassroomDocument.COLLECTION));
    }

    Optional<ClassroomDocument> byCode(String typed) {
        String code = normalise(typed);
        if (code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        PeopleStore.Key key = mongo.findById(codeKey(code), PeopleStore.Key.class, PeopleStore.KEYS);
        return key == null ? Optional.empty() : byId(new ClassroomId(key.personId()));
    }

    List<ClassroomDocument> taughtBy(PersonId teacher) {
        return mongo.find(Query.query(Criteria.where("teacherIds").is(teacher)).with(Sort.by("name")),
                ClassroomDocument.class, ClassroomDocument.COLLECTION);
    }

    List<ClassroomDocument> all() {
        return mongo.find(new Query().with(Sort.by("name")), ClassroomDocument.class, ClassroomDocument.COLLECTION);
    }

    void addStudent(ClassroomId id, PersonId student) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())),
                new Update().addToSet("studentIds", student), ClassroomDocument.COLLECTION);
    }

    void removePerson(PersonId person) {
        mongo.updateMulti(new Query(), new Update().pull("studentIds", person).pull("teacherIds", person),
                ClassroomDocument.COLLECTION);
    }

    /** Children type codes in lower case, with spaces or a dash, or with full-width letters on a Japanese keyboard. */
    static String normalise(String typed) {
        StringBuilder code = new StringBuilder();
        java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(code::appendCodePoint);
        return code.toString().toUpperCase(Locale.ROOT);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String codeKey(String code) {
        return "class:" + code;
    }
}
