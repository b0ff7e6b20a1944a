package org.tomoni.help.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.LessonPlace;
import org.tomoni.lessons.Skill;

/**
 * The four questions of "Get help" — what, how, when, and in your own words — and the one button. The form only
 * checks the answers and hands a {@link HelpAsk} to its listener; it never asks the help desk itself. A wrong or
 * missing answer is said next to its question, and everything typed stays.
 */
final class AskForm extends Div {

    /** The topics most older learners ask about, in the order they usually meet them. */
    static final List<Skill> TOPICS = List.of(Skill.TOUCH_SCREEN, Skill.VIDEO_CALLS, Skill.MESSAGING_APPS,
            Skill.PHOTOS, Skill.WEB_SEARCH, Skill.MAPS, Skill.GOVERNMENT_ONLINE, Skill.CLINIC_BOOKING,
            Skill.PASSWORDS);

    /** A topic card; no skill means "something else" (a radio group cannot hold null itself). */
    record Topic(@Nullable Skill skill) {
    }

    private final ChoiceCards<Topic> topic = new ChoiceCards<>();
    private final ChoiceCards<HelpWay> way = new ChoiceCards<>();
    private final ChoiceCards<HelpTime.When> when = new ChoiceCards<>();
    private final DatePicker day = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final Div moment = new Div(day, time);
    private final TextArea details = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final Button ask = new Button();
    private final @Nullable LessonPlace place;
    private final Clock clock;
    private ZoneId zone = HelpWords.JAPAN;

    AskForm(HelpDesk.Eligibility eligibility, @Nullable Skill suggested, @Nullable LessonPlace place, Clock clock,
            Consumer<HelpAsk> onAsk) {
        this.place = place;
        this.clock = clock;
        addClassName("ask-form");

        List<Topic> topics = new ArrayList<>();
        if (suggested != null && !TOPICS.contains(suggested)) {
            // The lesson's own topic comes first even when it is not one of the usual ones.
            topics.add(new Topic(suggested));
        }
        TOPICS.forEach(skill -> topics.add(new Topic(skill)));
        topics.add(new Topic(null));
        topic.setItems(topics);
        topic.setItemLabelGenerator(choice -> choice.skill() == null ? getTranslation("help.topic.other")
                : getTranslation("lessons.skill." + choice.skill().code()));
        topic.setLabel(getTranslation("help.ask.topic"));
        topic.setErrorMessage(getTranslation("help.ask.topic.missing"));
        if (suggested != null) {
            topic.setValue(new Topic(suggested));
        }

        way.setItems(eligibility.ways());
        way.setItemLabelGenerator(each -> HelpWords.way(this, each)
                + " — " + getTranslation("help.way." + each.name().toLowerCase(Locale.ROOT) + ".more"));
        way.setLabel(getTranslation("help.ask.way", eligibility.areaName()));
        way.setErrorMessage(getTranslation("help.ask.way.missing"));
        if (eligibility.ways().size() == 1) {
            way.setValue(eligibility.ways().getFirst());
        }

        when.setItems(HelpTime.When.values());
        when.setItemLabelGenerator(each -> getTranslation(switch (each) {
            case NOW -> "help.when.now";
            case LATER_TODAY -> "help.when.later-today";
            case AT -> "help.when.at";
        }));
        when.setLabel(getTranslation("help.ask.when"));
        when.setValue(HelpTime.When.NOW);
        when.addValueChangeListener(change -> moment.setVisible(change.getValue() == HelpTime.When.AT));
        day.setLabel(getTranslation("help.ask.day"));
        time.setLabel(getTranslation("help.ask.time"));
        moment.addClassName("form-row");
        moment.setVisible(false);

        details.setLabel(getTranslation("help.ask.details"));
        details.setMaxLength(HelpAsk.LONGEST_DETAILS);
        details.setValueChangeMode(ValueChangeMode.TIMEOUT);
        details.addClassName("wide-field");
        details.addValueChangeListener(change -> count());
        count();

        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        ask.setText(getTranslation("help.ask.button"));
        ask.addThemeVariants(ButtonVariant.PRIMARY);
        ask.addClassName("big-action");
        // A second tap while the first is on its way would text a second wave of volunteers.
        ask.setDisableOnClick(true);
        ask.addClickListener(click -> {
            try {
                read().ifPresent(onAsk);
            } finally {
                ask.setEnabled(true);
            }
        });

        add(topic, way, when, moment, details, problem, ask);
    }

    /** The learner's own clock, once the browser has said which it is. */
    void useZone(ZoneId zone) {
        this.zone = zone;
        day.setMin(LocalDate.now(clock.withZone(zone)));
    }

    /** A problem the help desk found after the form's own checks, said where the learner is looking. */
    void refused(String text) {
        problem.setText(text);
    }

    private void count() {
        details.setHelperText(getTranslation("help.ask.details.count", details.getValue().length(),
                HelpAsk.LONGEST_DETAILS));
    }

    private Optional<HelpAsk> read() {
        topic.setInvalid(topic.getValue() == null);
        way.setInvalid(way.getValue() == null);
        HelpTime chosen = chosenTime();
        boolean invalid = topic.isInvalid() || way.isInvalid() || chosen == null;
        if (invalid) {
            problem.setText(getTranslation("help.ask.problems"));
            if (topic.isInvalid()) {
                topic.getElement().callJsFunction("focus");
            } else if (way.isInvalid()) {
                way.getElement().callJsFunction("focus");
            } else if (day.isInvalid()) {
                day.focus();
            } else {
                time.focus();
            }
            return Optional.empty();
        }
        problem.setText("");
        return Optional.of(new HelpAsk(HelpKind.HELP, topic.getValue().skill(), way.getValue(), chosen,
                details.getValue(), place));
    }

    /** The time asked for, or null (with the reason next to the picker) when a picked time is missing or past. */
    private @Nullable HelpTime chosenTime() {
        day.setInvalid(false);
        time.setInvalid(false);
        HelpTime.When choice = when.getValue() == null ? HelpTime.When.NOW : when.getValue();
        if (choice != HelpTime.When.AT) {
            return choice == HelpTime.When.NOW ? HelpTime.NOW : HelpTime.LATER_TODAY;
        }
        if (day.getValue() == null || day.isInvalid()) {
            day.setErrorMessage(getTranslation("help.ask.day.missing"));
            day.setInvalid(true);
            return null;
        }
        if (time.getValue() == null) {
            time.setErrorMessage(getTranslation("help.ask.time.missing"));
            time.setInvalid(true);
            return null;
        }
        Instant at = LocalDateTime.of(day.getValue(), time.getValue()).atZone(zone).toInstant();
        if (!at.isAfter(clock.instant())) {
            time.setErrorMessage(getTranslation("help.ask.time.past"));
            time.setInvalid(true);
            return null;
        }
        return HelpTime.at(at);
    }
}
