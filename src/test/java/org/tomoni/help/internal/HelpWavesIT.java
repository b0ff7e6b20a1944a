package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomoni.help.internal.HelpTexting.AIKO;
import static org.tomoni.help.internal.HelpTexting.HANAKO;
import static org.tomoni.help.internal.HelpTexting.TOM;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.TimelineEntry.Happening;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.Channel;
import org.tomoni.messaging.PhoneSimulator;
import org.tomoni.messaging.QuietHours;
import org.tomoni.messaging.SimulatedPhoneEvent;
import org.tomoni.shell.Language;
import org.tomoni.testsupport.MovableClock;
import org.tomoni.volunteers.VolunteerProfile;
import org.tomoni.volunteers.Volunteers;

/**
 * Waves driven step by step (no wave threads) on a clock the test moves: two volunteers a wave, two waves. The
 * sender's rate limit is off: it waits on the clock, which stands still here between the test's moves. The
 * demo's Setagaya volunteers who help with video calls by phone are Aiko and Tom, so wave 1 asks both and wave 2
 * finds nobody new.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false",
                "tomoni.help.workers=0", "tomoni.help.wave-size=2", "tomoni.help.waves=2",
                "tomoni.help.wave-wait=PT5M", "tomoni.messaging.send-rate-per-second=0"})
@Import(MovableClock.Config.class)
class HelpWavesIT {

    @Autowired HelpFlow flow;
    @Autowired OfferWaves waves;
    @Autowired HelpRequests requests;
    @Autowired PersonLookup people;
    @Autowired PhoneSimulator simulator;
    @Autowired MovableClock clock;
    @Autowired Volunteers volunteers;
    @Autowired SecurityContextHolderStrategy securityContext;
    @Autowired MongoTemplate mongo;

    @Test
    void theNextWaveWaitsForTheWaveTimeAndAnEmptyWaveEscalates() {
        HelpTexting phones = HelpTexting.from(simulator);
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);

        assertThat(runDueWaves()).isEqualTo(1);
        HelpRequestDocument first = reread(request);
        assertThat(first.wave()).isEqualTo(1);
        assertThat(first.offerList()).extracting(OfferEntry::name).containsExactlyInAnyOrder("Aiko", "Tom");

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(runDueWaves()).as("the wave still has time to answer").isZero();
        assertThat(reread(request).escalated()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(runDueWaves()).isEqualTo(1);
        HelpRequestDocument escalated = reread(request);
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.timeline()).extracting(entry -> entry.what())
                .contains(Happening.NOBODY_FOUND, Happening.ESCALATED);
        phones.awaitText(HANAKO, "時間がかかっています");

        assertThat(flow.accept(escalated, person("demo-volunteer-tom")))
                .as("an offer still open after escalation can be taken").isTrue();
        assertThat(reread(request).helperName()).isEqualTo("Tom");
    }

    @Test
    void whenEveryoneInTheWaveSaysNoTheNextWaveRunsAtOnce() {
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);
        runDueWaves();

        flow.decline(reread(request), person("demo-volunteer-aiko"));
        assertThat(runDueWaves()).as("one still to answer").isZero();
        flow.decline(reread(request), person("demo-volunteer-tom"));

        assertThat(runDueWaves()).as("no need to wait five minutes").isEqualTo(1);
        assertThat(reread(request).escalated()).isTrue();
        assertThat(flow.accept(reread(request), person("demo-volunteer-aiko")))
                .as("a volunteer who said no cannot take it after all").isFalse();
    }

    @Test
    void ofManySimultaneousYesesExactlyOneWins() throws Exception {
        HelpTexting phones = HelpTexting.from(simulator);
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        HelpRequestDocument offered = reread(request);
        List<Person> volunteers = List.of(person("demo-volunteer-aiko"), person("demo-volunteer-tom"));

        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                Person volunteer = volunteers.get(i % 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    return flow.accept(offered, volunteer);
                }));
            }
            start.countDown();
            long wins = 0;
            for (Future<Boolean> answer : answers) {
                wins += answer.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        }
        HelpRequestDocument accepted = reread(request);
        assertThat(accepted.status()).isEqualTo(HelpStatus.ACCEPTED);
        assertThat(accepted.timeline()).filteredOn(entry -> entry.what() == Happening.ACCEPTED).hasSize(1);
        boolean aikoWon = "demo-volunteer-aiko".equals(accepted.helper());
        String winnersText = aikoWon ? "お願いします" : "is yours";
        String losersText = aikoWon ? "Someone else is helping" : "別の方が手伝う";
        phones.awaitText(aikoWon ? AIKO : TOM, winnersText);
        phones.awaitText(aikoWon ? TOM : AIKO, losersText);
        assertThat(phones.newTextsTo(aikoWon ? AIKO : TOM).stream()
                .filter(text -> text.contains(winnersText))).as("told once").hasSize(1);
    }

    @Test
    void aCoordinatorsAssignmentNeverOverwritesAYesThatCameFirst() {
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        HelpRequestDocument seenByCoordinator = reread(request);

        assertThat(flow.accept(seenByCoordinator, person("demo-volunteer-aiko"))).isTrue();
        assertThat(flow.assign(seenByCoordinator, person("demo-volunteer-tom"), person("demo-coordinator")))
                .as("the coordinator saw nobody helping; Aiko is now").isFalse();
        assertThat(reread(request).helperName()).isEqualTo("Aiko");

        assertThat(flow.assign(reread(request), person("demo-volunteer-tom"), person("demo-coordinator")))
                .as("with the request as it is now, the coordinator may hand it over").isTrue();
        HelpRequestDocument handedOver = reread(request);
        assertThat(handedOver.helperName()).isEqualTo("Tom");
        assertThat(handedOver.declined()).as("Aiko is not asked again").contains("demo-volunteer-aiko");
    }

    @Test
    void aReleasedRequestGetsAFreshRoundOfWavesAndEscalatesAgainWhenNobodyIsLeft() {
        HelpTexting phones = HelpTexting.from(simulator);
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        clock.advance(Duration.ofMinutes(5));
        runDueWaves();
        assertThat(reread(request).escalated()).isTrue();
        assertThat(flow.accept(reread(request), person("demo-volunteer-aiko"))).isTrue();

        assertThat(flow.release(reread(request), person("demo-coordinator"))).isTrue();
        HelpRequestDocument released = reread(request);
        assertThat(released.status()).isEqualTo(HelpStatus.FINDING);
        assertThat(released.escalated()).as("a new round, not the old flag").isFalse();
        phones.awaitText(HANAKO, "都合が悪くなりました");

        assertThat(runDueWaves()).as("the round starts at once, not after the used-up waves").isEqualTo(1);
        assertThat(reread(request).escalated()).as("Tom was asked already and Aiko stepped back").isTrue();
    }

    @Test
    void aReplyCodePicksTheRightOfferAndABareYesTheNewest() {
        HelpRequestDocument older = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        clock.advance(Duration.ofSeconds(1));
        HelpRequestDocument newer = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        String olderCode = reread(older).offerTo("demo-volunteer-tom").orElseThrow().code();
        String newerCode = reread(newer).offerTo("demo-volunteer-tom").orElseThrow().code();
        assertThat(olderCode).as("codes tell a volunteer's open offers apart").isNotEqualTo(newerCode);

        simulator.text(AIKO, "YES");
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reread(newer).status() == HelpStatus.ACCEPTED);
        assertThat(reread(newer).helperName()).as("a bare YES takes the newest open offer").isEqualTo("Aiko");
        assertThat(reread(older).status()).isEqualTo(HelpStatus.FINDING);

        simulator.text(TOM, "yes " + olderCode);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reread(older).status() == HelpStatus.ACCEPTED);
        assertThat(reread(older).helperName()).isEqualTo("Tom");
    }

    @Test
    void aVolunteerWhoPrefersCallsIsRungAndTakesTheRequestByPressingOne() {
        HelpTexting phones = HelpTexting.from(simulator);
        PersonId kenji = new PersonId("demo-volunteer");
        signedInAs(kenji, () -> {
            volunteers.saveMyProfile(new VolunteerProfile(Set.of(Language.JAPANESE), Set.of(Skill.DIGITAL_WELLBEING),
                    0, true, Set.of(), new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, QuietHours.JAPAN), 5,
                    true));
            volunteers.setMyDuty(true);
        });
        HelpRequestDocument request = ask(Skill.DIGITAL_WELLBEING);
        runDueWaves();
        assertThat(reread(request).offerList()).extracting(OfferEntry::name).containsExactly("Kenji");

        SimulatedPhoneEvent call = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> simulator.conversation(HelpTexting.KENJI).stream()
                        .filter(SimulatedPhoneEvent::waitingForKeys).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(call.kind()).isEqualTo(Channel.CALL);
        assertThat(call.text()).contains("Hanako", "1");
        assertThat(simulator.pressKeys(call.id(), "1")).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reread(request).status() == HelpStatus.ACCEPTED);
        assertThat(reread(request).helperName()).isEqualTo("Kenji");
        phones.awaitText(HelpTexting.KENJI, "Hanako");
    }

    private void signedInAs(PersonId person, Runnable action) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.value(), null,
                List.of()));
        securityContext.setContext(context);
        try {
            action.run();
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    void aVolunteerWhoseBreakThisNodeHasNotHeardOfYetIsNotAsked() {
        HelpRequestDocument warmUp = ask(Skill.VIDEO_CALLS);
        runDueWaves();
        assertThat(reread(warmUp).offerList()).extracting(OfferEntry::name).contains("Aiko");
        // Another node wrote Aiko's break and stopped before telling the area's change feed: this node's copy of
        // the candidates still has her free.
        Query aiko = Query.query(Criteria.where("_id").is("demo-volunteer-aiko"));
        mongo.updateFirst(aiko, new Update().set("pausedUntil", clock.instant().plus(Duration.ofDays(2))),
                "volunteers_profiles");
        HelpRequestDocument request = ask(Skill.VIDEO_CALLS);
        try {
            runDueWaves();

            assertThat(reread(request).offerList()).extracting(OfferEntry::name).containsExactly("Tom");
        } finally {
            mongo.updateFirst(aiko, new Update().unset("pausedUntil"), "volunteers_profiles");
            // a change through the app, so every copy of Aiko (this node may have read her paused meanwhile) is
            // brought up to date for the other tests
            signedInAs(new PersonId("demo-volunteer-aiko"), () -> volunteers.setMyDuty(true));
            // no waves of these two left for the other tests to run into
            flow.cancel(reread(warmUp), person("demo-learner"));
            flow.cancel(reread(request), person("demo-learner"));
        }
    }

    private int runDueWaves() {
        int ran = 0;
        while (waves.runNext()) {
            ran++;
        }
        return ran;
    }

    private HelpRequestDocument ask(Skill topic) {
        return flow.ask(person("demo-learner"), new HelpAsk(HelpKind.HELP, topic, HelpWay.PHONE, HelpTime.NOW, "",
                null), null);
    }

    private HelpRequestDocument reread(HelpRequestDocument request) {
        return requests.find(request.id()).orElseThrow();
    }

    private Person person(String id) {
        return people.byId(new PersonId(id)).orElseThrow();
    }
}
