package org.tomoni.help.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.Messages;

/**
 * "Is this a scam?": someone may be about to pay, so the calm advice comes first (it helps even before anyone
 * answers), then one box and one button that asks a helper to call now. Scam checks go out in a bigger, faster
 * wave than other requests.
 */
@Route("help/scam")
@AnonymousAllowed
@StyleSheet("styles/help.css")
class ScamCheckView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final HelpDesk helpDesk;
    private final Messages messages;
    private final H1 heading = new H1();
    private final Section advice = new Section();
    private final Div content = new Div();

    ScamCheckView(HelpDesk helpDesk, Messages messages) {
        this.helpDesk = helpDesk;
        this.messages = messages;
        addClassNames("page", "scam-check");
        advice.addClassNames("notice", "scam-advice");
        advice.getElement().setAttribute("aria-labelledby", "scam-advice-heading");
        add(heading, advice, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.scam.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("help.scam.heading"));
        advice.removeAll();
        H2 adviceHeading = new H2(getTranslation("help.scam.advice.heading"));
        adviceHeading.setId("scam-advice-heading");
        UnorderedList rules = new UnorderedList(new ListItem(getTranslation("help.scam.advice.do-not-pay")),
                new ListItem(getTranslation("help.scam.advice.do-not-press")),
                new ListItem(getTranslation("help.scam.advice.do-not-call")),
                new ListItem(getTranslation("help.scam.advice.not-your-fault")));
        advice.add(adviceHeading, rules);
        render();
    }

    private void render() {
        content.removeAll();
        HelpDesk.Eligibility eligibility = helpDesk.eligibility();
        if (!eligibility.canAsk()) {
            content.add(new SignInPrompt(messages.tomoniNumber()));
            return;
        }
        TextArea message = new TextArea(getTranslation("help.scam.message"));
        message.setHelperText(getTranslation("help.scam.message.help"));
        message.setMaxLength(HelpAsk.LONGEST_DETAILS);
        message.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        message.addClassName("wide-field");
        Paragraph problem = new Paragraph();
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        Button ask = new Button(getTranslation("help.scam.ask"));
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        ask.addClassName("big-action");
        ask.setDisableOnClick(true);
        ask.addClickListener(click -> {
            try {
                helpDesk.ask(new HelpAsk(HelpKind.SCAM_CHECK, Skill.SCAM_CHECKS, HelpWay.PHONE, HelpTime.NOW,
                        message.getValue(), null));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                ask.setEnabled(true);
                // No phone number on the account, say: the Tomoni number still works, and the text stays.
                problem.setText(getTranslation("help.ask.refused", messages.tomoniNumber().formattedForOwner()));
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(MyHelpView.class));
        });
        content.add(new H2(getTranslation("help.scam.ask.heading")), message, problem, ask);
    }
}
