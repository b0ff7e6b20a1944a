package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomoni.help.internal.HelpTexting.AIKO;
import static org.tomoni.help.internal.HelpTexting.HANAKO;
import static org.tomoni.help.internal.HelpTexting.TOM;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpOffers;
import org.tomoni.help.HelpQueue;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.LessonPlace;
import org.tomoni.help.Rating;
import org.tomoni.help.TimelineEntry;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.PhoneSimulator;

/**
 * A request followed the way people live it, through the running waves and the phone simulator: Hanako (a
 * Japanese-speaking learner in Setagaya) is stuck; Aiko (Japanese and English) and Tom (English and Japanese), on
 * duty in Setagaya, get offers by text; the first YES with its code wins, the other is thanked, Hanako is told who
 * is coming, DONE closes it and Hanako's "3" rates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
class HelpFlowIT {

    @Autowired HelpDesk desk;
    @Autowired HelpOffers offers;
    @Autowired HelpQueue queue;
    @Autowired PhoneSimulator simulator;
    @Autowired SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aStuckLearnerGetsTheVolunteerWhoAnswersFirstAndRatesTheHelp() {
        HelpTexting phones = HelpTexting.from(simulator);

        signInAs("demo-learner");
        HelpRequest asked = desk.ask(new HelpAsk(HelpKind.HELP, Skill.VIDEO_CALLS, HelpWay.PHONE, HelpTime.NOW,
                "画面が真っ黒です", new LessonPlace(new LessonId("video-calls"), 3, Device.IPHONE)));

        String offerToAiko = phones.awaitText(AIKO, "「はい ");
        assertThat(offerToAiko).as("in Aiko's language: who, where, what, when, how")
                .contains("Hanakoさん", "世田谷区", "ビデオ通話", "今すぐ", "電話で");
        String offerToTom = phones.awaitText(TOM, "Reply YES ");
        assertThat(offerToTom).contains("Hanako", "Setagaya", "video calls", "now", "by phone");
        assertThat(HelpTexting.codeIn(offerToAiko)).isNotEqualTo("");

        simulator.text(AIKO, "はい " + HelpTexting.codeIn(offerToAiko) + "。");

        HelpRequest accepted = awaitStatus(asked, HelpStatus.ACCEPTED);
        assertThat(accepted.helper().name()).isEqualTo("Aiko");
        assertThat(phones.awaitText(AIKO, "お願いします")).as("the details, without the learner's number")
                .contains("ステップ3", "iPhone", "画面が真っ黒です").doesNotContain("1234");
        phones.awaitText(TOM, "Someone else is helping Hanako");
        phones.awaitText(HANAKO, "Aikoさんが10分以内にお電話します");

        simulator.text(TOM, "YES " + HelpTexting.codeIn(offerToTom));
        phones.awaitText(TOM, "There is no request waiting for your answer");

        simulator.text(AIKO, "完了 つながりました");
        HelpRequest done = awaitStatus(asked, HelpStatus.DONE);
        assertThat(done.outcome()).isEqualTo("つながりました");
        phones.awaitText(HANAKO, "役に立ちましたか");

        simulator.text(HANAKO, "３");
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> reread(asked).rating() == Rating.HELPED);
        assertThat(reread(asked).timeline()).extracting(TimelineEntry::what).contains(
                TimelineEntry.Happening.ASKED, TimelineEntry.Happening.OFFERED, TimelineEntry.Happening.ACCEPTED,
                TimelineEntry.Happening.DONE, TimelineEntry.Happening.RATED);
    }

    @Test
    void aLearnerTextsHelpAndTheTopicIsReadFromTheirWords() {
        HelpTexting phones = HelpTexting.from(simulator);

        simulator.text(HANAKO, "助けて LINEが開きません");

        phones.awaitText(HANAKO, "探しています");
        signInAs("demo-learner");
        HelpRequest asked = desk.mine().getFirst();
        assertThat(asked.topic()).isEqualTo(Skill.MESSAGING_APPS);
        assertThat(asked.details()).isEqualTo("LINEが開きません");
        desk.cancel(asked.id());
        assertThat(reread(asked).status()).isEqualTo(HelpStatus.CANCELLED);
    }

    @Test
    void everyoneSeesOnlyTheirOwnPartOfTheQueue() {
        signInAs("demo-learner");
        HelpRequest asked = desk.ask(new HelpAsk(HelpKind.HELP, Skill.PHOTOS, HelpWay.SESSION, HelpTime.LATER_TODAY,
                "", null));

        signInAs("demo-coordinator-kanazawa");
        assertThat(queue.inMyArea(null, false)).extracting(HelpRequest::id).doesNotContain(asked.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> queue.get(asked.id()))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("demo-volunteer-sora");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> offers.accept(asked.id()))
                .as("a volunteer never offered the request cannot take it").isInstanceOf(AccessDeniedException.class);

        signInAs("demo-coordinator");
        assertThat(queue.inMyArea(null, false)).extracting(HelpRequest::id).contains(asked.id());
        queue.cancel(asked.id());
        assertThat(queue.get(asked.id()).status()).isEqualTo(HelpStatus.CANCELLED);
    }

    private HelpRequest awaitStatus(HelpRequest request, HelpStatus status) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> reread(request), found -> found.status() == status);
    }

    private HelpRequest reread(HelpRequest request) {
        var before = securityContext.getContext().getAuthentication();
        signInAs("demo-coordinator");
        try {
            return queue.get(request.id());
        } finally {
            securityContext.getContext().setAuthentication(before);
        }
    }

    private void signInAs(String person) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, List.of()));
        securityContext.setContext(context);
    }
}
