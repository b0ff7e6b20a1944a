package org.tomoni.help.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import org.springframework.security.access.AccessDeniedException;
import org.tomoni.help.HelpQueue;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpStatus;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.Volunteers;

/**
 * One request, opened from the queue: what was asked, what happened, who was offered it, why each volunteer was or
 * was not asked, and the coordinator's moves. A modal dialog: at 320 px it fills the screen, keeps the keyboard
 * inside and gives it back to the "Open" button on close.
 */
class RequestDetail extends Dialog {

    private final HelpQueue queue;
    private final Volunteers volunteers;
    private final RequestFacts facts;
    private final QueueWords words;
    private final Clock clock;
    private final Runnable onChange;
    private final Paragraph message = new Paragraph();
    private final Div outdated = new Div();
    private final Div content = new Div();
    private HelpRequest request;

    RequestDetail(HelpQueue queue, Volunteers volunteers, RequestFacts facts, QueueWords words, Clock clock,
                  HelpRequest request, Runnable onChange) {
        this.queue = queue;
        this.volunteers = volunteers;
        this.facts = facts;
        this.words = words;
        this.clock = clock;
        this.request = request;
        this.onChange = onChange;
        addClassName("request-detail");
        String title = words.translate("help.queue.detail.title", request.learnerName());
        setHeaderTitle(title);
        // Screen readers announce the dialog by this name when it opens.
        setAriaLabel(title);
        // After an action the content is drawn again: the keyboard continues at the message saying what happened.
        message.getElement().setAttribute("tabindex", "-1");
        message.setVisible(false);
        // Someone else's move (a volunteer's YES, a wave) is told politely, never by redrawing under the cursor.
        outdated.addClassName("notice");
        outdated.getElement().setAttribute("role", "status");
        add(message, outdated, content);
        getFooter().add(new Button(words.translate("help.queue.detail.close"), click -> close()));
        draw();
    }

    /** Called on each poll while open: says so when the request moved on, without redrawing. */
    void checkForChanges() {
        if (outdated.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            if (!queue.get(request.id()).equals(request)) {
                Button latest = new Button(words.translate("help.queue.detail.show-latest"), click -> {
                    reload();
                    say(words.translate("help.queue.detail.latest-shown"), false);
                });
                outdated.add(new Paragraph(words.translate("help.queue.detail.changed")), latest);
            }
        } catch (AccessDeniedException | IllegalArgumentException | NoSuchElementException gone) {
            // Shown as it was; an action on it will say plainly why it cannot be done.
        }
    }

    private void draw() {
        content.removeAll();
        outdated.removeAll();
        content.add(facts.of(request, words, clock.instant()));
        if (request.status().isOpen()) {
            content.add(section("help.queue.detail.actions", actions()));
        }
        content.add(section("help.queue.detail.timeline", new RequestTimeline(request.timeline(), words)));
        content.add(section("help.queue.detail.offers", new OffersTable(request.offers(), words)));
        content.add(section("help.queue.detail.why", why()));
    }

    private Component why() {
        try {
            return new WhyVolunteersTable(queue.whyVolunteers(request.id()), words);
        } catch (AccessDeniedException | IllegalStateException | IllegalArgumentException | NoSuchElementException e) {
            return new Paragraph(words.translate("help.queue.why.unavailable"));
        }
    }

    private Component actions() {
        Div actions = new Div();
        actions.addClassName("detail-actions");
        if (request.status() == HelpStatus.FINDING) {
            Select<Volunteer> who = volunteerChoice();
            Button offer = new Button(words.translate("help.queue.action.offer"), click -> chosen(who, volunteer ->
                    act(() -> queue.offerTo(request.id(), volunteer.id()),
                            words.translate("help.queue.done.offered", volunteer.name()),
                            words.translate("help.queue.error.offer-not-sent", volunteer.name()))));
            Button assign = new Button(words.translate("help.queue.action.assign"), click -> chosen(who,
                    this::confirmAssign));
            Div buttons = new Div(offer, assign);
            buttons.addClassName("row-actions");
            actions.add(who, buttons);
        }
        Div buttons = new Div();
        buttons.addClassName("row-actions");
        if (request.status() == HelpStatus.ACCEPTED && request.helper() != null) {
            String helper = request.helper().name();
            buttons.add(new Button(words.translate("help.queue.action.release", helper), click ->
                    act(() -> queue.release(request.id()), words.translate("help.queue.done.released", helper))));
        }
        Button cancel = new Button(words.translate("help.queue.action.cancel"), click -> confirmCancel());
        cancel.addThemeVariants(ButtonVariant.ERROR);
        buttons.add(cancel);
        actions.add(buttons);
        return actions;
    }

    private Select<Volunteer> volunteerChoice() {
        Select<Volunteer> who = new Select<>();
        who.setLabel(words.translate("help.queue.action.volunteer"));
        who.setHelperText(words.translate("help.queue.action.volunteer-help"));
        who.setPlaceholder(words.translate("help.queue.action.choose"));
        who.setErrorMessage(words.translate("help.queue.action.choose-first"));
        List<Volunteer> choices = volunteers.visibleToMe(Volunteers.Filter.EVERYONE).stream()
                .sorted(Comparator.comparing(Volunteer::name)).toList();
        who.setItems(choices);
        // Where each stands, so a coordinator sees at once who is on a break before choosing them.
        who.setItemLabelGenerator(volunteer -> volunteer == null ? "" : words.translate("help.queue.action.choice",
                volunteer.name(), words.translate("volunteers.list.standing."
                        + QueueWords.code(volunteer.standingAt(clock.instant())))));
        who.addClassName("wide-field");
        return who;
    }

    private void chosen(Select<Volunteer> who, java.util.function.Consumer<Volunteer> then) {
        Volunteer volunteer = who.getValue();
        who.setInvalid(volunteer == null);
        if (volunteer == null) {
            who.focus();
            return;
        }
        then.accept(volunteer);
    }

    private void confirmAssign(Volunteer volunteer) {
        confirm(words.translate("help.queue.confirm.assign.header", request.learnerName(), volunteer.name()),
                words.translate("help.queue.confirm.assign.text", volunteer.name()),
                words.translate("help.queue.confirm.assign.yes", volunteer.name()), false,
                () -> act(() -> queue.assign(request.id(), volunteer.id()),
                        words.translate("help.queue.done.assigned", request.learnerName(), volunteer.name())));
    }

    private void confirmCancel() {
        confirm(words.translate("help.queue.confirm.cancel.header", request.learnerName()),
                words.translate("help.queue.confirm.cancel.text"),
                words.translate("help.queue.confirm.cancel.yes"), true,
                () -> act(() -> queue.cancel(request.id()),
                        words.translate("help.queue.done.cancelled", request.learnerName())));
    }

    private void confirm(String header, String text, String yes, boolean destructive, Runnable then) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setConfirmText(yes);
        confirm.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        confirm.setCancelable(true);
        confirm.setCancelText(words.translate("help.queue.confirm.no"));
        confirm.addConfirmListener(yesPressed -> then.run());
        confirm.open();
    }

    /**
     * Runs a move and says in plain words what happened. Someone may have been quicker (a volunteer said YES, another
     * coordinator cancelled): the request is then shown as it is now, with why the move was not made.
     */
    private void act(Runnable move, String done) {
        act(move, done, words.translate("help.queue.error.moved-on"));
    }

    /** @param movedOn what to say when the request was no longer in a state for this move */
    private void act(Runnable move, String done, String movedOn) {
        try {
            move.run();
            say(done, false);
        } catch (AccessDeniedException refused) {
            say(words.translate("help.queue.error.denied"), true);
        } catch (IllegalStateException notNow) {
            say(movedOn, true);
        } catch (IllegalArgumentException | NoSuchElementException notPossible) {
            say(words.translate("help.queue.error.not-possible"), true);
        }
        reload();
        onChange.run();
        message.getElement().callJsFunction("focus");
    }

    private void reload() {
        try {
            request = queue.get(request.id());
        } catch (AccessDeniedException | IllegalArgumentException | NoSuchElementException gone) {
            // Keep showing what we had; the message already says why.
        }
        draw();
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setVisible(true);
        message.setClassName("form-error", problem);
        message.setClassName("form-status", !problem);
        message.getElement().setAttribute("role", problem ? "alert" : "status");
    }

    private Section section(String headingKey, Component body) {
        Section section = new Section(new H3(words.translate(headingKey)), body);
        section.addClassName("detail-section");
        return section;
    }
}
