package org.tomoni.help.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.Rating;
import org.tomoni.lessons.LessonLibrary;

/**
 * The learner's requests, newest first, each with a status in plain words that follows what happens ("Aiko will
 * call you within 10 minutes"). The page asks every few seconds; only a change is redrawn — so a half-typed
 * "ask again" survives — and only a change is announced, once, in the status line.
 */
@Route("my-help")
@Menu(order = 13, title = "nav.my-help")
@PermitAll
@StyleSheet("styles/help.css")
class MyHelpView extends Div implements HasDynamicTitle, LocaleChangeObserver, RequestCard.Actions {

    private static final int REFRESH_MILLIS = 4000;

    private final HelpDesk helpDesk;
    private final LessonLibrary library;
    private final H1 heading = new H1();
    private final Paragraph news = new Paragraph();
    private final RouterLink askLink = new RouterLink();
    private final Div list = new Div();
    /** What each request's status line said last time, to tell a change from a repeat. */
    private Map<HelpRequestId, String> shown = Map.of();
    private List<HelpRequest> requests = List.of();
    private ZoneId zone = HelpWords.JAPAN;
    /** Staff without an area may open the page too (it is in everyone's menu); they have no requests to list. */
    private boolean canAsk;

    MyHelpView(HelpDesk helpDesk, LessonLibrary library) {
        this.helpDesk = helpDesk;
        this.library = library;
        addClassNames("page", "my-help");
        news.addClassName("notice");
        news.getElement().setAttribute("role", "status");
        // After a button press the cards are redrawn: the keyboard continues at the news of what changed.
        news.getElement().setAttribute("tabindex", "-1");
        askLink.setRoute(GetHelpView.class);
        askLink.addClassName("button-link");
        add(heading, news, askLink, list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        LiveUpdates.untilDetached(this, event.getUI(), REFRESH_MILLIS, () -> refresh(false));
        LiveUpdates.whenZoneKnown(event.getUI(), known -> {
            zone = known;
            draw();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.mine.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("help.mine.heading"));
        askLink.setText(getTranslation("help.mine.ask"));
        news.setText("");
        canAsk = helpDesk.eligibility().canAsk();
        refresh(true);
    }

    @Override
    public void cancel(HelpRequestId id) {
        helpDesk.cancel(id);
        told("help.mine.cancelled");
    }

    @Override
    public void rate(HelpRequestId id, Rating rating) {
        try {
            helpDesk.rate(id, rating);
            told("help.rating.saved");
        } catch (IllegalStateException alreadyAnswered) {
            told("help.rating.already");
        }
    }

    @Override
    public void followUp(HelpRequestId id, String details) {
        try {
            helpDesk.followUp(id, details);
            told("help.follow-up.sent");
        } catch (IllegalArgumentException tooLong) {
            told("help.follow-up.too-long");
        }
    }

    /** After the learner's own action: say what was done, redraw, and put the keyboard at the news. */
    private void told(String key) {
        refresh(true);
        news.setText(getTranslation(key));
        news.getElement().callJsFunction("focus");
    }

    /** Redraws when a status changed (or when asked), and announces what changed; a quiet poll does nothing. */
    private void refresh(boolean always) {
        if (!always && getUI().map(UI::hasModalComponent).orElse(false)) {
            // A question is open (cancel?): redrawing now would take it away under the person's finger.
            return;
        }
        List<HelpRequest> now = canAsk ? helpDesk.mine() : List.of();
        Map<HelpRequestId, String> statuses = new HashMap<>();
        now.forEach(request -> statuses.put(request.id(), signature(request)));
        boolean changed = !statuses.equals(shown);
        if (changed && !shown.isEmpty()) {
            now.stream().filter(request -> shown.containsKey(request.id())
                            && !Objects.equals(shown.get(request.id()), statuses.get(request.id())))
                    .findFirst()
                    .ifPresent(request -> news.setText(HelpWords.status(this, request, zone)));
        }
        shown = statuses;
        requests = now;
        if (changed || always) {
            draw();
        }
    }

    private void draw() {
        list.removeAll();
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("help.mine.none")));
            return;
        }
        requests.forEach(request -> list.add(new RequestCard(request,
                request.place() == null ? null : HelpWords.place(this, library, request.place()), zone, this)));
    }

    /** What the learner sees change: the status line, and whether the rating question is still open. */
    private String signature(HelpRequest request) {
        return HelpWords.status(this, request, zone) + "|" + request.rating() + "|" + request.outcome();
    }
}
