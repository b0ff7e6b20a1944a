package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.tomoni.TomoniApplication;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.TimelineEntry;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.PhoneSimulator;

/**
 * The whole app stops in the middle of a wave and starts again on the same data (embedded file store, phone
 * simulator): the request is still there, its wave goes out, and no volunteer gets the same offer twice.
 */
class HelpRestartIT {

    @TempDir
    Path data;

    @Test
    void aWaveClaimedButNotRunBeforeTheStopRunsAfterIt() {
        String id;
        try (ConfigurableApplicationContext app = start(0)) {
            id = ask(app);
            app.getBean(WaveJobs.class).claimNext("node-that-stops", Duration.ofMillis(1)).orElseThrow();
        }
        try (ConfigurableApplicationContext app = start(2)) {
            HelpTexting phones = HelpTexting.all(app.getBean(PhoneSimulator.class));
            String code = awaitOffer(app, id, "demo-volunteer-aiko");
            phones.awaitText(HelpTexting.AIKO, code);
            assertThat(offersTo(phones, code)).isEqualTo(1);
        }
    }

    @Test
    void aWaveTextedJustBeforeTheStopIsNotTextedAgain() {
        String id;
        String code;
        try (ConfigurableApplicationContext app = start(0)) {
            id = ask(app);
            assertThat(app.getBean(OfferWaves.class).runNext()).isTrue();
            code = awaitOffer(app, id, "demo-volunteer-aiko");
            // The node stopped after texting, before moving the job on: the job is due again under its old lease.
            app.getBean(MongoTemplate.class).getCollection(WaveJob.COLLECTION).updateOne(new Document("_id", id),
                    new Document("$set", new Document("step", 1).append("dueAt", Date.from(Instant.now()))
                            .append("leaseOwner", "node-that-stops")
                            .append("leaseUntil", Date.from(Instant.now()))));
        }
        try (ConfigurableApplicationContext app = start(2)) {
            HelpTexting phones = HelpTexting.all(app.getBean(PhoneSimulator.class));
            phones.awaitText(HelpTexting.AIKO, code);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> app.getBean(HelpRequests.class).find(id)
                    .orElseThrow().wave() == 1 && app.getBean(MongoTemplate.class).getCollection(WaveJob.COLLECTION)
                    .find(new Document("_id", id).append("step", 2)).first() != null);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> offersTo(phones, code) == 1);
            assertThat(app.getBean(HelpRequests.class).find(id).orElseThrow().offerList()).hasSize(2);
        }
    }

    @Test
    void aHelperWhoGotTheRequestJustBeforeTheStopIsToldAfterIt() {
        String id;
        try (ConfigurableApplicationContext app = start(0)) {
            id = ask(app);
            assertThat(app.getBean(OfferWaves.class).runNext()).isTrue();
            awaitOffer(app, id, "demo-volunteer-aiko");
            // The node stopped right after Aiko's YES was recorded, before anyone was told.
            app.getBean(HelpRequests.class).accept(id, "demo-volunteer-aiko", "Aiko", Instant.now(),
                    new TimelineEntry(Instant.now(), TimelineEntry.Happening.ACCEPTED, "Aiko", "")).orElseThrow();
        }
        try (ConfigurableApplicationContext app = start(2)) {
            HelpTexting phones = HelpTexting.all(app.getBean(PhoneSimulator.class));
            phones.awaitText(HelpTexting.AIKO, "お願いします");
            phones.awaitText(HelpTexting.HANAKO, "Aikoさんが10分以内にお電話します");
            phones.awaitText(HelpTexting.TOM, "Someone else is helping Hanako");
        }
        try (ConfigurableApplicationContext app = start(2)) {
            HelpTexting phones = HelpTexting.all(app.getBean(PhoneSimulator.class));
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    phones.newTextsTo(HelpTexting.AIKO).stream().filter(text -> text.contains("お願いします")).count() == 1);
        }
    }

    private static String ask(ConfigurableApplicationContext app) {
        var learner = app.getBean(PersonLookup.class).byId(new PersonId("demo-learner")).orElseThrow();
        return app.getBean(HelpFlow.class).ask(learner, new HelpAsk(HelpKind.HELP, Skill.VIDEO_CALLS,
                HelpWay.PHONE, HelpTime.NOW, "", null), null).id();
    }

    private static String awaitOffer(ConfigurableApplicationContext app, String id, String volunteer) {
        return Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> app.getBean(HelpRequests.class).find(id).orElseThrow().offerTo(volunteer),
                        Optional::isPresent).orElseThrow().code();
    }

    /** Offers Aiko received at all (a fresh store: this request's only), and that they carry the recorded code. */
    private static long offersTo(HelpTexting phones, String code) {
        var offers = phones.newTextsTo(HelpTexting.AIKO).stream().filter(text -> text.contains("「はい ")).toList();
        assertThat(offers).allMatch(text -> text.contains(code));
        return offers.size();
    }

    private ConfigurableApplicationContext start(int helpWorkers) {
        return new SpringApplicationBuilder(TomoniApplication.class).run("--server.port=0",
                "--tomoni.storage.path=" + data, "--tomoni.help.workers=" + helpWorkers,
                "--tomoni.help.poll=50ms", "--tomoni.messaging.poll-interval=50ms");
    }
}
