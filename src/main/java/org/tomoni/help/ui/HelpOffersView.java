package org.tomoni.help.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.Role;
import org.tomoni.help.HelpOffers;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.Offer;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.Volunteers;

/**
 * The volunteer's help requests on screen — the same answers as "YES 4821" by text: requests offered to them,
 * the ones they are helping with (Tomoni connects the call, so no number is shown), and recently closed ones;
 * above them, what they have done so far. The page asks every few seconds and redraws only on a change.
 */
@Route("help-offers")
@Menu(order = 21, title = "nav.help-offers")
@RolesAllowed(Role.Names.VOLUNTEER)
@StyleSheet("styles/help.css")
class HelpOffersView extends Div implements HasDynamicTitle, LocaleChangeObserver, OfferCard.Actions {

    private static final int REFRESH_MILLIS = 5000;

    private final HelpOffers offers;
    private final Volunteers volunteers;
    private final LessonLibrary library;
    private final H1 heading = new H1();
    private final Paragraph news = new Paragraph();
    private final Section record = new Section();
    private final Div lists = new Div();
    private String shown = "";
    private ZoneId zone = HelpWords.JAPAN;

    HelpOffersView(HelpOffers offers, Volunteers volunteers, LessonLibrary library) {
        this.offers = offers;
        this.volunteers = volunteers;
        this.library = library;
        addClassNames("page", "help-offers");
        news.addClassName("notice");
        news.getElement().setAttribute("role", "status");
        news.getElement().setAttribute("tabindex", "-1");
        record.addClassName("account-section");
        record.getElement().setAttribute("aria-labelledby", "track-record-heading");
        add(heading, news, lists, record);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        LiveUpdates.untilDetached(this, event.getUI(), REFRESH_MILLIS, () -> refresh(false));
        LiveUpdates.whenZoneKnown(event.getUI(), known -> {
            zone = known;
            refresh(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.offers.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("help.offers.heading"));
        news.setText("");
        refresh(true);
    }

    @Override
    public void accept(HelpRequest request) {
        attempt(() -> told(offers.accept(request.id())
                ? getTranslation("help.offers.accepted", request.learnerName())
                : getTranslation("help.offers.too-late")));
    }

    @Override
    public void decline(HelpRequest request) {
        attempt(() -> {
            offers.decline(request.id());
            told(getTranslation("help.offers.declined"));
        });
    }

    @Override
    public void call(HelpRequest request) {
        attempt(() -> {
            offers.callLearner(request.id());
            told(getTranslation("help.offers.calling", request.learnerName()));
        });
    }

    @Override
    public void done(HelpRequest request, String outcome) {
        attempt(() -> {
            offers.done(request.id(), outcome.strip());
            told(getTranslation("help.offers.closed", request.learnerName()));
        });
    }

    /** The request may have moved on since the page showed it (taken, cancelled, released): say so plainly. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException | IllegalStateException | IllegalArgumentException movedOn) {
            told(getTranslation("help.offers.moved-on"));
        }
    }

    private void told(String text) {
        refresh(true);
        news.setText(text);
        news.getElement().callJsFunction("focus");
    }

    private void refresh(boolean always) {
        if (!always && getUI().map(UI::hasModalComponent).orElse(false)) {
            // A question is open (cancel?): redrawing now would take it away under the person's finger.
            return;
        }
        Volunteer me = volunteers.me();
        List<HelpRequest> mine = offers.mine();
        StringBuilder signature = new StringBuilder();
        mine.forEach(request -> signature.append(request.id().value()).append(':')
                .append(stageOf(request, me.id())).append(':').append(request.status()).append(';'));
        signature.append(me.record());
        if (!always && signature.toString().equals(shown)) {
            return;
        }
        boolean news = !shown.isEmpty() && !always;
        shown = signature.toString();
        draw(me, mine);
        if (news) {
            // Something came in or changed while the volunteer was looking: said once, politely.
            this.news.setText(getTranslation("help.offers.updated"));
        }
    }

    private void draw(Volunteer me, List<HelpRequest> mine) {
        List<OfferCard> offered = new ArrayList<>();
        List<OfferCard> helping = new ArrayList<>();
        List<OfferCard> closed = new ArrayList<>();
        for (HelpRequest request : mine) {
            OfferCard.Stage stage = stageOf(request, me.id());
            String place = request.place() == null ? null : HelpWords.place(this, library, request.place());
            OfferCard card = new OfferCard(request, stage, closedBecause(request, me.id()), place, zone, this);
            switch (stage) {
                case OFFERED -> offered.add(card);
                case HELPING -> helping.add(card);
                case CLOSED -> closed.add(card);
            }
        }
        lists.removeAll();
        lists.add(group("help.offers.offered", "help.offers.offered.none", offered),
                group("help.offers.helping", "help.offers.helping.none", helping));
        if (!closed.isEmpty()) {
            lists.add(group("help.offers.recent", "help.offers.recent", closed));
        }
        record.removeAll();
        record.add(new TrackRecordFacts(me.record()));
    }

    private Section group(String headingKey, String noneKey, List<OfferCard> cards) {
        Section group = new Section();
        String id = headingKey.replace('.', '-');
        H2 title = new H2(getTranslation(headingKey));
        title.setId(id);
        group.getElement().setAttribute("aria-labelledby", id);
        group.add(title);
        if (cards.isEmpty()) {
            group.add(new Paragraph(getTranslation(noneKey)));
        } else {
            cards.forEach(group::add);
        }
        return group;
    }

    static OfferCard.Stage stageOf(HelpRequest request, PersonId me) {
        if (request.status() == HelpStatus.ACCEPTED && request.helper() != null
                && request.helper().id().equals(me)) {
            return OfferCard.Stage.HELPING;
        }
        Optional<Offer> offer = request.offerTo(me);
        if (request.status() == HelpStatus.FINDING && offer.isPresent() && offer.get().state() == Offer.State.OPEN) {
            return OfferCard.Stage.OFFERED;
        }
        return OfferCard.Stage.CLOSED;
    }

    /** Why a request is no longer the volunteer's to answer, in one kind sentence. */
    private String closedBecause(HelpRequest request, PersonId me) {
        boolean mine = request.helper() != null && request.helper().id().equals(me);
        if (request.status() == HelpStatus.DONE && mine) {
            return getTranslation("help.offers.closed.done-by-you");
        }
        if (request.status() == HelpStatus.CANCELLED) {
            return getTranslation("help.offers.closed.cancelled");
        }
        if (request.offerTo(me).map(offer -> offer.state() == Offer.State.DECLINED).orElse(false)) {
            return getTranslation("help.offers.closed.declined");
        }
        return getTranslation("help.offers.closed.someone-else");
    }
}
