package org.tomoni.volunteers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.FreeTime;
import org.tomoni.volunteers.PartOfDay;

/**
 * Two nodes on one store, each with its own copy of the candidates: what a volunteer changes through one node is
 * what the other weighs on its next read — duty, breaks, offers — even when it has fallen far behind the area's
 * change feed or the index was written anew. The demo's Aiko Suzuki (Setagaya, on duty, video calls) is changed
 * here, so this class gets a store of its own.
 */
@SpringBootTest(properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@DirtiesContext
class CandidateCacheIT {

    private static final PersonId AIKO = new PersonId("demo-volunteer-aiko");
    private static final CandidateQuery ON_DUTY_FOR_VIDEO_CALLS = new CandidateQuery(
            Set.of(new AreaId("setagaya")), Skill.VIDEO_CALLS, Language.JAPANESE, true, Set.of());

    @Autowired CandidateCache thisNode;
    @Autowired CandidateIndex index;
    @Autowired CandidateChanges changes;
    @Autowired VolunteerStore store;
    @Autowired PersonLookup people;

    private CandidateCache otherNode;

    @BeforeEach
    void anotherNodeOnTheSameStore() {
        otherNode = new CandidateCache(index, changes, store);
        assertThat(aiko(otherNode)).as("listed before anything changes").isPresent();
        assertThat(aiko(thisNode)).isPresent();
    }

    @Test
    void dutyAndBreaksChangedThroughOneNodeAreWhatTheOtherWeighsNext() {
        Instant inAWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS);
        store.pauseUntil(AIKO, inAWeek);
        store.refreshCandidacy(people.byId(AIKO).orElseThrow());

        assertThat(aiko(otherNode)).as("off duty during a break: no longer listed for 'now'").isEmpty();
        assertThat(otherNode.candidates(new CandidateQuery(Set.of(new AreaId("setagaya")), Skill.VIDEO_CALLS,
                Language.JAPANESE, false, Set.of(new FreeTime(DayOfWeek.MONDAY, PartOfDay.AFTERNOON)))))
                .filteredOn(candidate -> candidate.id().equals(AIKO)).singleElement()
                .satisfies(candidate -> assertThat(candidate.pausedUntil()).isEqualTo(inAWeek));

        store.setDuty(AIKO, true);
        store.refreshCandidacy(people.byId(AIKO).orElseThrow());
        assertThat(aiko(otherNode)).as("back on duty").hasValueSatisfying(candidate -> {
            assertThat(candidate.onDuty()).isTrue();
            assertThat(candidate.pausedUntil()).isNull();
        });
    }

    @Test
    void aNodeFarBehindTheFeedReadsTheAreaAfresh() {
        int offersBefore = aiko(otherNode).orElseThrow().record().offers();
        Instant last = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < CandidateChanges.KEPT + 5; i++) {
            last = last.plusSeconds(1);
            store.offered(List.of(aiko(otherNode).orElseThrow()), last);
        }

        Candidate seen = aiko(otherNode).orElseThrow();
        assertThat(seen.record().offers()).isEqualTo(offersBefore + CandidateChanges.KEPT + 5);
        assertThat(seen.record().lastOfferedAt()).isEqualTo(last);
    }

    @Test
    void anIndexWrittenAnewIsReadAfresh() {
        store.holdUntil(AIKO, Instant.now().plus(Duration.ofDays(3)));
        // as CandidateIndexRepair writes it
        List<VolunteerDocument> all = store.all();
        index.rebuild(all);

        assertThat(aiko(otherNode)).as("a hold ends duty, and the new index says so").isEmpty();
        assertThat(aiko(thisNode)).isEmpty();

        store.holdUntil(AIKO, null);
        store.setDuty(AIKO, true);
        store.refreshCandidacy(people.byId(AIKO).orElseThrow());
        assertThat(aiko(otherNode)).isPresent();
    }

    private static Optional<Candidate> aiko(CandidateCache node) {
        return node.candidates(ON_DUTY_FOR_VIDEO_CALLS).stream().filter(candidate -> candidate.id().equals(AIKO))
                .findFirst();
    }
}
