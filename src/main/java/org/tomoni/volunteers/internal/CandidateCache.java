package org.tomoni.volunteers.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.CandidateQuery;

/**
 * This node's copy of the candidates it has read, area by area, so that matching weighs thousands of volunteers
 * without reading thousands of documents for every request. Before an area's copy is used it is brought up to
 * date from the area's {@link CandidateChanges feed}: the volunteers changed since are read again, by {@code _id}.
 * A copy the feed no longer reaches back to, one from another store, or one older than {@link #LONGEST_KEPT} is
 * dropped and read afresh — the last bounds how long a change whose feed entry was lost (a crash between the two
 * writes) can go unseen. An area whose copy was brought up to date less than {@link #FRESH_FOR} ago is used as it
 * is, unless this node changed it since: under load, requests near each other then share one look at the feed,
 * and a change made through another node shows a few milliseconds later. Matching still reads the few it will ask
 * from their documents before asking them.
 */
@Component
class CandidateCache {

    static final Duration LONGEST_KEPT = Duration.ofMinutes(15);
    static final Duration FRESH_FOR = Duration.ofMillis(50);

    private final CandidateIndex index;
    private final CandidateChanges changes;
    private final VolunteerStore store;
    private final Map<String, AreaCopy> areas = new ConcurrentHashMap<>();

    CandidateCache(CandidateIndex index, CandidateChanges changes, VolunteerStore store) {
        this.index = index;
        this.changes = changes;
        this.store = store;
    }

    List<Candidate> candidates(CandidateQuery query) {
        List<Candidate> found = new ArrayList<>();
        for (AreaId area : query.areas()) {
            AreaCopy copy = areas.computeIfAbsent(area.value(), AreaCopy::new);
            copy.lock.lock();
            try {
                catchUp(copy);
                found.addAll(listed(copy, CandidateIndex.entriesFor(query, area)));
            } finally {
                copy.lock.unlock();
            }
        }
        return found;
    }

    /** The feed is read before anything else, so whatever changes while the copy is read is caught up next time. */
    private void catchUp(AreaCopy copy) {
        long writtenHere = changes.writtenHere(copy.area);
        long now = System.nanoTime();
        if (writtenHere == copy.writtenHere && now - copy.caughtUpAt < FRESH_FOR.toNanos()) {
            return;
        }
        copy.writtenHere = writtenHere;
        copy.caughtUpAt = now;
        CandidateChanges.Feed feed = changes.of(copy.area);
        List<String> changed = Objects.equals(feed.epoch(), copy.epoch) ? feed.since(copy.rev) : null;
        if (changed == null || System.nanoTime() - copy.startedAt > LONGEST_KEPT.toNanos()) {
            copy.restart(feed);
            return;
        }
        if (changed.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>(changed);
        Map<String, VolunteerDocument> current = store.candidatesByIds(ids.stream().map(PersonId::new).toList());
        for (String id : ids) {
            copy.candidates.remove(id);
            copy.entries.values().forEach(listed -> listed.remove(id));
            VolunteerDocument volunteer = current.get(id);
            if (volunteer != null && copy.area.equals(volunteer.area())) {
                copy.candidates.put(id, volunteer.candidate());
                // the entries the index lists them under now: the same rule that wrote them
                for (String entry : CandidateIndex.entriesFor(volunteer)) {
                    Set<String> listed = copy.entries.get(entry);
                    if (listed != null) {
                        listed.add(id);
                    }
                }
            }
        }
        copy.rev = feed.rev();
    }

    private List<Candidate> listed(AreaCopy copy, List<String> entries) {
        List<String> unread = entries.stream().filter(entry -> !copy.entries.containsKey(entry)).toList();
        if (!unread.isEmpty()) {
            Map<String, List<String>> read = index.listings(unread);
            for (String entry : unread) {
                copy.entries.put(entry, new HashSet<>(read.getOrDefault(entry, List.of())));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.addAll(copy.entries.get(entry)));
        List<PersonId> missing = ids.stream().filter(id -> !copy.candidates.containsKey(id)).map(PersonId::new)
                .toList();
        if (!missing.isEmpty()) {
            store.candidatesByIds(missing).forEach((id, volunteer) -> copy.candidates.put(id, volunteer.candidate()));
        }
        List<Candidate> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            Candidate candidate = copy.candidates.get(id);
            if (candidate != null) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static final class AreaCopy {

        final String area;
        final ReentrantLock lock = new ReentrantLock();
        final Map<String, Set<String>> entries = new HashMap<>();
        final Map<String, Candidate> candidates = new HashMap<>();
        @Nullable String epoch;
        long rev;
        long startedAt = System.nanoTime();
        long caughtUpAt = startedAt - FRESH_FOR.toNanos();
        long writtenHere = -1;

        AreaCopy(String area) {
            this.area = area;
        }

        void restart(CandidateChanges.Feed feed) {
            entries.clear();
            candidates.clear();
            epoch = feed.epoch();
            rev = feed.rev();
            startedAt = System.nanoTime();
        }
    }
}
