package org.tomoni.volunteers.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** Per volunteer, the entries they are listed under: what a change has to take them off. */
    static final String LISTED = "volunteers_listed";
    private static final String ANY_SKILL = "any";
    private static final String ON_DUTY = "duty";

    private final MongoTemplate mongo;
    private final CandidateChanges changes;

    CandidateIndex(MongoTemplate mongo, CandidateChanges changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    /** Lists the volunteer under what they are now, and nowhere else. */
    void reindex(VolunteerDocument volunteer) {
        Set<String> wanted = entriesFor(volunteer);
        Set<String> had = listedUnder(volunteer);
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
        if (wanted.isEmpty()) {
            mongo.remove(Query.query(where("_id").is(volunteer.id())), LISTED);
        } else {
            mongo.upsert(Query.query(where("_id").is(volunteer.id())),
                    new Update().set("entries", List.copyOf(wanted)), LISTED);
        }
    }

    /** A store written before the list had a collection of its own kept it in the volunteer's document. */
    private Set<String> listedUnder(VolunteerDocument volunteer) {
        Document listed = mongo.findById(volunteer.id(), Document.class, LISTED);
        return new HashSet<>(listed != null ? listed.getList("entries", String.class, List.of())
                : volunteer.indexEntries());
    }

    /** The ids listed under each of the entries; an entry nobody is listed under is left out. */
    Map<String, List<String>> listings(Collection<String> entries) {
        Map<String, List<String>> listings = new HashMap<>();
        for (Document entry : mongo.find(Query.query(where("_id").in(entries)), Document.class, COLLECTION)) {
            listings.put(entry.getString("_id"), entry.getList("ids", String.class, List.of()));
        }
        return listings;
    }

    boolean isEmpty() {
        return mongo.estimatedCount(COLLECTION) == 0;
    }

    /** Writes the whole index from the volunteers' documents, for a new store or after a bulk load. */
    void rebuild(Collection<VolunteerDocument> volunteers) {
        mongo.dropCollection(COLLECTION);
        mongo.dropCollection(LISTED);
        Map<String, List<String>> entries = new HashMap<>();
        List<Document> listed = new ArrayList<>();
        for (VolunteerDocument volunteer : volunteers) {
            Set<String> entriesOfVolunteer = entriesFor(volunteer);
            for (String entry : entriesOfVolunteer) {
                entries.computeIfAbsent(entry, key -> new ArrayList<>()).add(volunteer.id());
            }
            if (!entriesOfVolunteer.isEmpty()) {
                listed.add(new Document("_id", volunteer.id()).append("entries", List.copyOf(entriesOfVolunteer)));
            }
        }
        if (!listed.isEmpty()) {
            mongo.getCollection(LISTED).insertMany(listed);
        }
        List<Document> documents = entries.entrySet().stream()
                .map(entry -> new Document("_id", entry.getKey()).append("ids", entry.getValue()))
                .toList();
        if (!documents.isEmpty()) {
            mongo.getCollection(COLLECTION).insertMany(documents);
        }
        changes.restart(volunteers.stream().map(VolunteerDocument::area).filter(Objects::nonNull).distinct().toList());
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

    /** The query's entries in one of its areas. */
    static List<String> entriesFor(CandidateQuery query, AreaId area) {
        List<String> times = new ArrayList<>(query.freeTimes().stream().map(CandidateIndex::slot).toList());
        if (query.onDutyNow()) {
            times.add(ON_DUTY);
        }
        String skill = query.skill() == null ? ANY_SKILL : query.skill().code();
        return times.stream().map(time -> entry(area.value(), skill, query.language(), time)).toList();
    }

    private static String entry(String area, String skill, Language language, String time) {
        return area + "|" + skill + "|" + language.locale().getLanguage() + "|" + time;
    }

    private static String slot(FreeTime time) {
        return time.day() + "-" + time.part();
    }
}
