package org.tomoni.help.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.tomoni.accounts.Role;
import org.tomoni.help.HelpQueue;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.volunteers.Volunteers;

/**
 * The coordinators' help queue: how many requests are open, waiting and escalated, the requests of their area
 * (every area for administrators), updated every few seconds, and one request at a time opened to see why each
 * volunteer was or was not asked and to step in by hand.
 */
@Route("help-queue")
@Menu(order = 56, title = "help.queue.nav")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@StyleSheet("styles/help-queue.css")
class HelpQueueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    /** Often enough that a coordinator sees a new request within seconds, rarely enough to cost nothing. */
    static final int REFRESH_MILLIS = 5000;
    /** More changes at once than a listener can follow: they hear the numbers instead. */
    private static final int NAMES_TOLD = 3;

    private final HelpQueue queue;
    private final Volunteers volunteers;
    private final RequestFacts facts;
    private final Clock clock;

    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final QueueCounts counts = new QueueCounts();
    private final H2 requestsHeading = new H2();
    private final Select<HelpStatus> status = new Select<>();
    private final Checkbox escalatedOnly = new Checkbox();
    private final Paragraph shown = new Paragraph();
    private final Paragraph news = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final RequestList list;
    private QueueWords words;
    private @Nullable RequestDetail detail;

    HelpQueueView(HelpQueue queue, Volunteers volunteers, LessonLibrary lessons, Clock clock) {
        this.queue = queue;
        this.volunteers = volunteers;
        this.facts = new RequestFacts(lessons);
        this.clock = clock;
        this.words = new QueueWords(this::getTranslation, getLocale());
        this.list = new RequestList(words, this::open);
        addClassNames("page", "help-queue");
        // No choice means every open request and the recently closed ones: the empty entry stands first.
        status.setItems(HelpStatus.values());
        status.setEmptySelectionAllowed(true);
        status.addValueChangeListener(change -> refresh(false));
        escalatedOnly.addValueChangeListener(change -> refresh(false));
        shown.getElement().setAttribute("role", "status");
        // Changes found by the regular check are told politely and never move the focus.
        // The live region is always on the page (an empty one takes no room): a region that appears together
        // with its text is often not read out.
        news.addClassNames("notice", "queue-news");
        Div newsRegion = new Div(news);
        newsRegion.getElement().setAttribute("aria-live", "polite");
        newsRegion.getElement().setAttribute("aria-atomic", "true");
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        Div filters = new Div(status, escalatedOnly);
        filters.addClassName("filters");
        add(heading, lead, counts, requestsHeading, filters, shown, newsRegion, problem, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.queue.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        words = new QueueWords(this::getTranslation, event.getLocale());
        heading.setText(getTranslation("help.queue.heading"));
        lead.setText(getTranslation("help.queue.lead"));
        requestsHeading.setText(getTranslation("help.queue.requests"));
        status.setLabel(getTranslation("help.queue.filter.status"));
        status.setEmptySelectionCaption(getTranslation("help.queue.filter.all"));
        // Select asks for the empty entry's label too, with null.
        status.setItemLabelGenerator(each -> each == null ? getTranslation("help.queue.filter.all")
                : words.status(each));
        escalatedOnly.setLabel(getTranslation("help.queue.filter.escalated"));
        counts.translate(words);
        list.translate(words);
        news.setText("");
        refresh(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        LiveUpdates.untilDetached(this, event.getUI(), REFRESH_MILLIS, () -> refresh(true));
    }

    /** @param tell whether changes are news (a poll) or what the person asked for (a filter, a language) */
    private void refresh(boolean tell) {
        try {
            counts.show(queue.counts());
            List<HelpRequest> requests = queue.inMyArea(status.getValue(), escalatedOnly.getValue());
            RequestList.Changes changes = list.show(requests, clock.instant());
            shown.setText(getTranslation("help.queue.shown", requests.size()));
            problem.setText("");
            if (tell && !changes.none()) {
                news.setText(getTranslation("help.queue.news", words.time(clock.instant()), describe(changes)));
            }
            if (tell && detail != null && detail.isOpened()) {
                detail.checkForChanges();
            }
        } catch (AccessDeniedException refused) {
            // The role was taken away while the page was open: say so once, and stop asking.
            problem.setText(getTranslation("help.queue.error.denied"));
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private String describe(RequestList.Changes changes) {
        List<String> told = new ArrayList<>();
        if (changes.added().size() + changes.changed().size() + changes.gone().size() > NAMES_TOLD) {
            told.add(getTranslation("help.queue.news.counts", changes.added().size(), changes.changed().size(),
                    changes.gone().size()));
        } else {
            changes.added().forEach(each -> told.add(getTranslation("help.queue.news.added", each.learnerName(),
                    words.topic(each.topic()))));
            changes.changed().forEach(each -> told.add(getTranslation(each.escalatedNow()
                    ? "help.queue.news.escalated" : "help.queue.news.changed", each.after().learnerName(),
                    words.status(each.after().status()))));
            changes.gone().forEach(each -> told.add(getTranslation("help.queue.news.gone", each.learnerName())));
        }
        return String.join(" ", told);
    }

    private void open(HelpRequestId id) {
        HelpRequest request;
        try {
            request = queue.get(id);
        } catch (AccessDeniedException | IllegalArgumentException | NoSuchElementException gone) {
            problem.setText(getTranslation("help.queue.error.gone"));
            refresh(false);
            return;
        }
        RequestDetail opened = new RequestDetail(queue, volunteers, facts, words, clock, request,
                () -> refresh(false));
        opened.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                detail = null;
            }
        });
        detail = opened;
        opened.open();
    }
}
