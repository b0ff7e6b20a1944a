package org.tomoni.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.People;
import org.tomoni.accounts.PersonId;
import org.tomoni.testsupport.EventsSeen;

/** Who may add or change an area, checked by the service whatever a page shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tomoni.storage.in-memory=true", "vaadin.devmode.devTools.enabled=false"})
@Import(EventsSeen.class)
class AreaChangesIT {

    @Autowired People people;
    @Autowired PeopleStore store;
    @Autowired SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void aCoordinatorKeepsTheirOwnAreaRightAndNoOtherAndAddsNone() {
        signIn("demo-coordinator-kanazawa");

        Area kanazawa = people.saveArea(new AreaId("kanazawa"), "Kanazawa, Ishikawa", "石川県金沢市", 36.5613, 136.6562, false);

        assertThat(kanazawa.latitude()).isEqualTo(36.5613);
        assertThatThrownBy(() -> people.saveArea(new AreaId("setagaya"), "Setagaya", "世田谷区", 35.6, 139.6, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.saveArea(null, "Nowhere", "どこでもない", 35.0, 139.0, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorsNewAreaGetsAnIdFromItsNameAndImpossibleCentresAreRefused() {
        signIn(FirstStart.ADMIN_ID);

        Area added = people.saveArea(null, "Naha, Okinawa", "沖縄県那覇市", 26.2124, 127.6809, true);
        Area again = people.saveArea(null, "Naha, Okinawa", "那覇市（第二）", 26.2, 127.7, false);

        assertThat(added.id()).isEqualTo(new AreaId("naha-okinawa"));
        assertThat(again.id()).isEqualTo(new AreaId("naha-okinawa-2"));
        assertThat(people.areas()).extracting(Area::id).contains(added.id(), again.id());
        assertThatThrownBy(() -> people.saveArea(null, "Moon", "月", 135.0, 10.0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.saveArea(null, " ", "月", 35.0, 10.0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void signIn(String id) {
        PersonDocument person = store.byId(new PersonId(id)).orElseThrow();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new PersonAuthentication(person.id(), person.roles()));
        securityContext.setContext(context);
    }
}
