package org.tomoni.help.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.Rating;

/**
 * One of the learner's requests: what they asked, the plain status, and what they can do now — cancel while it is
 * open, say whether it helped once it is done, or ask again. The card only tells its {@link Actions}; the view
 * talks to the help desk.
 */
final class RequestCard extends Section {

    /** What the learner did on a card. */
    interface Actions {

        void cancel(HelpRequestId id);

        void rate(HelpRequestId id, Rating rating);

        void followUp(HelpRequestId id, String details);
    }

    RequestCard(HelpRequest request, @Nullable String place, ZoneId zone, Actions actions) {
        addClassNames("account-section", "help-request", "status-" + request.status().name().toLowerCase(Locale.ROOT));
        String headingId = "request-" + request.id().value();
        getElement().setAttribute("aria-labelledby", headingId);
        H2 heading = new H2(HelpWords.topic(this, request.kind(), request.topic()));
        heading.setId(headingId);
        Paragraph status = new Paragraph(HelpWords.status(this, request, zone));
        status.addClassName("help-status");
        add(heading, status,
                fact("help.mine.asked", HelpWords.moment(this, request.createdAt(), zone)),
                fact("help.mine.how", HelpWords.way(this, request.way()) + " · "
                        + HelpWords.when(this, request.when(), zone)));
        if (place != null) {
            add(fact("help.mine.where", place));
        }
        if (!request.details().isBlank()) {
            add(fact("help.mine.details", request.details()));
        }
        if (!request.outcome().isBlank()) {
            add(fact("help.mine.outcome", request.outcome()));
        }
        if (request.status().isOpen()) {
            Button cancel = new Button(getTranslation("help.mine.cancel"), click -> confirmCancel(request, actions));
            cancel.setAriaLabel(getTranslation("help.mine.cancel-named", heading.getText()));
            add(actions(cancel));
        }
        if (request.awaitsRating()) {
            add(rating(request, actions));
        } else if (request.rating() != null) {
            add(new Paragraph(getTranslation("help.rating.thanks",
                    getTranslation(ratingKey(request.rating())))));
        }
        if (request.status() == HelpStatus.DONE) {
            add(followUp(request, actions));
        }
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private void confirmCancel(HelpRequest request, Actions actions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("help.mine.cancel.title"));
        dialog.add(new Paragraph(getTranslation("help.mine.cancel.text")));
        Button yes = new Button(getTranslation("help.mine.cancel.yes"), click -> {
            dialog.close();
            actions.cancel(request.id());
        });
        Button no = new Button(getTranslation("help.mine.cancel.no"), click -> dialog.close());
        // Keeping the request is the safe answer, so it is the main button and has the focus.
        no.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(yes, no);
        dialog.open();
        no.focus();
    }

    /** Three big buttons, each a face and words: a face alone means little to a screen reader or a tired eye. */
    private Div rating(HelpRequest request, Actions actions) {
        H3 question = new H3(getTranslation("help.rating.question"));
        Div faces = new Div();
        faces.addClassName("rating-faces");
        for (Rating rating : new Rating[] {Rating.HELPED, Rating.A_LITTLE, Rating.DID_NOT_HELP}) {
            // Icons, not emoji: emoji fonts differ between tablets and some show an empty box.
            Icon face = (switch (rating) {
                case HELPED -> VaadinIcon.SMILEY_O;
                case A_LITTLE -> VaadinIcon.MEH_O;
                case DID_NOT_HELP -> VaadinIcon.FROWN_O;
            }).create();
            face.addClassName("face");
            face.getElement().setAttribute("aria-hidden", "true");
            Button button = new Button(getTranslation(ratingKey(rating)), face,
                    click -> actions.rate(request.id(), rating));
            button.addClassName("rating-button");
            faces.add(button);
        }
        Div rating = new Div(question, faces);
        rating.addClassName("rating");
        return rating;
    }

    private Div followUp(HelpRequest request, Actions actions) {
        Div box = new Div();
        box.addClassName("follow-up");
        TextArea details = new TextArea(getTranslation("help.follow-up.details"));
        details.setMaxLength(HelpAsk.LONGEST_DETAILS);
        details.addClassName("wide-field");
        Button send = new Button(getTranslation("help.follow-up.send"),
                click -> actions.followUp(request.id(), details.getValue()));
        send.setDisableOnClick(true);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(details, actions(send));
        form.setVisible(false);
        Button open = new Button(getTranslation("help.follow-up.open"));
        open.addClickListener(click -> {
            open.setVisible(false);
            form.setVisible(true);
            details.focus();
        });
        box.add(open, form);
        return box;
    }

    private static Div actions(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("form-actions");
        return row;
    }

    static String ratingKey(Rating rating) {
        return switch (rating) {
            case HELPED -> "help.rating.helped";
            case A_LITTLE -> "help.rating.a-little";
            case DID_NOT_HELP -> "help.rating.did-not-help";
        };
    }
}
