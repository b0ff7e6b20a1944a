package org.tomoni.volunteers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.FreeTime;

/**
 * Bulk-loads volunteers for benchmarks: their documents as the store writes them (through the application's own
 * converter, so field names and types cannot drift), and the index written in one go, as
 * {@link CandidateIndexRepair} does for a restored store.
 */
public final class BenchVolunteers {

    private static final int BATCH = 5_000;

    private BenchVolunteers() {
    }

    /** One volunteer's profile, duty, standing and record, as a benchmark makes them up. */
    public record Seed(String id, Set<Language> languages, Set<Skill> skills, int travelKm, boolean helpsByPhone,
                       Set<FreeTime> freeTimes, String quietFrom, String quietUntil, int perWeek, boolean onDuty,
                       @Nullable Instant pausedUntil, @Nullable Instant heldUntil, String area, boolean approved,
                       int offers, @Nullable Instant lastOfferedAt, List<Instant> recentAccepts, int helped,
                       int helpedWell, int helpedALittle, int didNotHelp) {
    }

    /** Writes the volunteers and the candidate index; returns the number of index entries written. */
    public static int load(ApplicationContext app, List<Seed> seeds) {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        List<VolunteerDocument> volunteers = new ArrayList<>(seeds.size());
        List<Document> batch = new ArrayList<>(BATCH);
        for (Seed seed : seeds) {
            VolunteerDocument volunteer = document(seed);
            volunteers.add(volunteer);
            Document raw = new Document();
            mongo.getConverter().write(volunteer, raw);
            batch.add(raw);
            if (batch.size() == BATCH) {
                mongo.getCollection(VolunteerDocument.COLLECTION).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(VolunteerDocument.COLLECTION).insertMany(batch);
        }
        app.getBean(CandidateIndex.class).rebuild(volunteers);
        return (int) mongo.estimatedCount(CandidateIndex.COLLECTION);
    }

    /** How many volunteers the index lists for the query: what reading every nearby candidate would cost. */
    public static int listed(ApplicationContext app, CandidateQuery query) {
        return app.getBean(CandidateCache.class).candidates(query).size();
    }

    private static VolunteerDocument document(Seed seed) {
        return new VolunteerDocument(seed.id(), seed.languages(), seed.skills(), seed.travelKm(),
                seed.helpsByPhone(), seed.freeTimes(), seed.quietFrom(), seed.quietUntil(), "Asia/Tokyo",
                seed.perWeek(), false, seed.onDuty(), seed.pausedUntil(), seed.heldUntil(), null, seed.area(),
                seed.approved(), seed.offers(), seed.lastOfferedAt(), seed.recentAccepts(), seed.helped(),
                (long) seed.helped() * 25, seed.helpedWell(), seed.helpedALittle(), seed.didNotHelp(),
                null);
    }
}
