package org.tomoni.help.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;

/**
 * The list is redrawn every few seconds: rows must stay the same elements (a keyboard user's focus stays on them),
 * and only real changes are reported for the screen-reader announcement.
 */
class RequestListTest {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    private final List<HelpRequestId> opened = new ArrayList<>();
    private final RequestList list = new RequestList(QueueWordsTest.english(), opened::add);

    @Test
    void whatThePageShowsFirstIsNotNews() {
        list.translate(QueueWordsTest.english());
        assertThat(list.show(List.of(request("a", "Hanako", HelpStatus.FINDING, false)), NOW).none()).isTrue();
    }

    @Test
    void rowsAreChangedInPlaceAndOnlyRealChangesAreTold() {
        list.translate(QueueWordsTest.english());
        list.show(List.of(request("a", "Hanako", HelpStatus.FINDING, false)), NOW);
        Element hanakosRow = rows().getFirst();

        RequestList.Changes sameButOlder = list.show(List.of(request("a", "Hanako", HelpStatus.FINDING, false)),
                NOW.plusSeconds(600));
        assertThat(sameButOlder.none()).as("only the age changed").isTrue();
        assertThat(rows().getFirst()).isEqualTo(hanakosRow);
        assertThat(hanakosRow.getTextRecursively()).contains("10 min ago");

        RequestList.Changes next = list.show(List.of(request("b", "Taro", HelpStatus.FINDING, false),
                request("a", "Hanako", HelpStatus.FINDING, true)), NOW.plusSeconds(700));
        assertThat(next.added()).extracting(HelpRequest::learnerName).containsExactly("Taro");
        assertThat(next.changed()).singleElement().satisfies(change -> assertThat(change.escalatedNow()).isTrue());
        assertThat(rows()).hasSize(2);
        assertThat(rows().get(1)).as("Hanako's row moved down, not rebuilt").isEqualTo(hanakosRow);
        assertThat(hanakosRow.getTextRecursively()).contains("Yes, needs a coordinator");

        RequestList.Changes gone = list.show(List.of(request("b", "Taro", HelpStatus.FINDING, false)),
                NOW.plusSeconds(800));
        assertThat(gone.gone()).extracting(HelpRequest::learnerName).containsExactly("Hanako");
        assertThat(rows()).hasSize(1);
    }

    private List<Element> rows() {
        Element body = list.getElement().getChild(0).getChild(1);
        return body.getChildren().toList();
    }

    private static HelpRequest request(String id, String name, HelpStatus status, boolean escalated) {
        return new HelpRequest(new HelpRequestId(id), new PersonId("learner-" + id), name, new AreaId("setagaya"),
                HelpKind.HELP, Skill.MESSAGING_APPS, HelpWay.PHONE, HelpTime.NOW, "", null, status, escalated, null,
                NOW, null, null, "", null, null, List.of(), List.of());
    }
}
