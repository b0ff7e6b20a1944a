package org.tomoni.help.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.tomoni.help.HelpRequest;

/**
 * One request as the volunteer sees it: who (first name only), what, how, when, where in a lesson and the
 * learner's own words, with the answers that fit its state. The card tells its {@link Actions}; the view talks to
 * the help offers.
 */
final class OfferCard extends Section {

    /** How far the volunteer is with this request. */
    enum Stage {
        OFFERED,
        HELPING,
        CLOSED
    }

    /** What the volunteer did on a card. */
    interface Actions {

        void accept(HelpRequest request);

        void decline(HelpRequest request);

        void call(HelpRequest request);

        void done(HelpRequest request, String outcome);
    }

    static final int LONGEST_OUTCOME = 300;

    OfferCard(HelpRequest request, Stage stage, String closedBecause, @Nullable String place, ZoneId zone,
              Actions actions) {
        addClassNames("account-section", "help-offer");
        String headingId = "offer-" + request.id().value();
        getElement().setAttribute("aria-labelledby", headingId);
        String topic = HelpWords.topic(this, request.kind(), request.topic());
        H3 heading = new H3(getTranslation("help.offers.who-what", request.learnerName(), topic));
        heading.setId(headingId);
        add(heading, fact("help.offers.how", HelpWords.way(this, request.way()) + " · "
                + HelpWords.when(this, request.when(), zone)));
        if (place != null) {
            add(fact("help.offers.where", place));
        }
        if (!request.details().isBlank()) {
            add(fact("help.offers.details", request.details()));
        }
        switch (stage) {
            case OFFERED -> {
                Button yes = named(new Button(getTranslation("help.offers.accept"), click -> actions.accept(request)),
                        "help.offers.accept-named", request);
                yes.addThemeVariants(ButtonVariant.PRIMARY);
                add(row(yes, named(new Button(getTranslation("help.offers.decline"),
                        click -> actions.decline(request)), "help.offers.decline-named", request)));
            }
            case HELPING -> {
                Button call = new Button(getTranslation("help.offers.call", request.learnerName()),
                        click -> actions.call(request));
                call.addThemeVariants(ButtonVariant.PRIMARY);
                TextField outcome = new TextField(getTranslation("help.offers.outcome"));
                outcome.setMaxLength(LONGEST_OUTCOME);
                outcome.setHelperText(getTranslation("help.offers.outcome.help"));
                outcome.addClassName("wide-field");
                Button done = named(new Button(getTranslation("help.offers.done"),
                        click -> actions.done(request, outcome.getValue())), "help.offers.done-named", request);
                add(new Paragraph(getTranslation("help.offers.call.how")), row(call), outcome, row(done));
            }
            case CLOSED -> add(new Paragraph(closedBecause));
        }
    }

    private Button named(Button button, String key, HelpRequest request) {
        button.setAriaLabel(getTranslation(key, request.learnerName()));
        return button;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + " ");
        label.addClassName("fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private static Div row(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("form-actions");
        return row;
    }
}
