package org.tomoni.volunteers.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AreaId;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.FreeTime;

/**
 * The shortlist matching reads instead of every volunteer: one small document per area, skill, language and
 * availability ({@code setagaya|video-calls|ja|duty}, {@code setagaya|any|ja|MONDAY-MORNING}) holding the ids of
 * the volunteers who fit it. Every lookup goes by {@code _id}, the one index every MongoDB serves — the embedded
 * server included. Only approved volunteers with a complete profile and an area are listed.
 * <p>
 * Entries are kept one document at a time, without a transaction, so an entry can briefly be stale; matching
 * checks each volunteer's own fields, and the next change to the volunteer puts the index right.
 */
@Component
class CandidateIndex {

    static final String COLLECTION = "volunteers_candidates";
    private static final String ANY_SKILL = "any";
    private static final String ON_DUTY = "duty";

    private final MongoTemplate mongo;

    CandidateIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists the volunteer under what they are now, and nowhere else. Returns the entries. */
    List<String> reindex(VolunteerDocument volunteer) {
        Set<String> wanted = entriesFor(volunteer);
        Set<String> had = new HashSet<>(volunteer.indexEntries());
        for (String entry : had) {
            if (!wanted.contains(entry)) {
                mongo.updateFirst(Query.query(where("_id").is(entry)), new Update().pull("ids", volunteer.id()),
                        COLLECTION);
            }
        }
        for (String entry : wanted) {
            if (!had.contains(entry)) {
                mongo.upsert(Query.query(where("_id").is(entry)), new Update().addToSet("ids", volunteer.id()),
                        COLLECTION);
            }
        }
        return List.copyOf(wanted);
    }

    /** The ids listed under any of the query's entries. */
    Set<String> idsFor(CandidateQuery query) {
        Set<String> ids = new LinkedHashSet<>();
        for (Document entry : mongo.find(Query.query(where("_id").in(entriesFor(query))), Document.class,
                COLLECTION)) {
            entry.getList("ids", String.class, List.of()).forEach(ids::add);
        }
        return ids;
    }

    boolean isEmpty() {
        return mongo.estimatedCount(COLLECTION) == 0;
    }

    /** Writes the whole index from the volunteers' documents, for a new store or after a bulk load. */
    void rebuild(Collection<VolunteerDocument> volunteers) {
        mongo.dropCollection(COLLECTION);
        Map<String, List<String>> entries = new HashMap<>();
        for (VolunteerDocument volunteer : volunteers) {
            for (String entry : entriesFor(volunteer)) {
                entries.computeIfAbsent(entry, key -> new ArrayList<>()).add(volunteer.id());
            }
        }
        List<Document> documents = entries.entrySet().stream()
                .map(entry -> new Document("_id", entry.getKey()).append("ids", entry.getValue()))
                .toList();
        if (!documents.isEmpty()) {
            mongo.getCollection(COLLECTION).insertMany(documents);
        }
    }

    static Set<String> entriesFor(VolunteerDocument volunteer) {
        Set<String> entries = new HashSet<>();
        if (volunteer.area() == null || !Boolean.TRUE.equals(volunteer.approved())
                || !volunteer.profile().complete()) {
            return entries;
        }
        List<String> skills = new ArrayList<>(volunteer.skills().stream().map(Skill::code).toList());
        skills.add(ANY_SKILL);
        List<String> times = new ArrayList<>(volunteer.freeTimes().stream().map(CandidateIndex::slot).toList());
        if (volunteer.onDuty()) {
            times.add(ON_DUTY);
        }
        for (String skill : skills) {
            for (Language language : volunteer.languages()) {
                for (String time : times) {
                    entries.add(entry(volunteer.area(), skill, language, time));
                }
            }
        }
        return entries;
    }

    static List<String> entriesFor(CandidateQuery query) {
        List<String> times = new ArrayList<>(query.freeTimes().stream().map(CandidateIndex::slot).toList());
        if (query.onDutyNow()) {
            times.add(ON_DUTY);
        }
        String skill = query.skill() == null ? ANY_SKILL : query.skill().code();
        List<String> entries = new ArrayList<>();
        for (AreaId area : query.areas()) {
            for (String time : times) {
                entries.add(entry(area.value(), skill, query.language(), time));
            }
        }
        return entries;
    }

    private static String entry(String area, String skill, Language language, String time) {
        return area + "|" + skill + "|" + language.locale().getLanguage() + "|" + time;
    }

    private static String slot(FreeTime time) {
        return time.day() + "-" + time.part();
    }
}
