package org.tomoni.lessons.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Audience;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCatalogue;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.StartingPoint;

/** "Not sure where to start?": three friendly questions, then a few lessons to begin with. */
final class StartingPointDialog extends Dialog {

    private final LessonCatalogue catalogue;
    private final @Nullable LearnerState learner;
    private final Function<Lesson, LessonCard> cards;
    private final RadioButtonGroup<Audience> who = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> interest = new RadioButtonGroup<>();
    private final RadioButtonGroup<Integer> experience = new RadioButtonGroup<>();
    private final Paragraph problem = new Paragraph();
    private final Div suggestions = new Div();

    StartingPointDialog(LessonCatalogue catalogue, @Nullable LearnerState learner,
                        Function<Lesson, LessonCard> cards) {
        this.catalogue = catalogue;
        this.learner = learner;
        this.cards = cards;
        addClassName("starting-point");
        setHeaderTitle(getTranslation("lessons.guide.heading"));

        who.setLabel(getTranslation("lessons.guide.who"));
        who.setItems(Audience.SENIOR, Audience.YOUTH);
        who.setItemLabelGenerator(audience -> getTranslation("lessons.guide.who." + audience.name().toLowerCase()));
        who.addValueChangeListener(change -> refreshInterests());
        interest.setLabel(getTranslation("lessons.guide.interest"));
        interest.setItemLabelGenerator(topic -> getTranslation("lessons.topic." + topic));
        experience.setLabel(getTranslation("lessons.guide.experience"));
        experience.setItems(1, 2, 3);
        experience.setItemLabelGenerator(level -> getTranslation("lessons.guide.experience." + level));
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        suggestions.addClassName("suggestions");
        suggestions.getElement().setAttribute("aria-live", "polite");
        refreshInterests();

        Button suggest = new Button(getTranslation("lessons.guide.suggest"), click -> suggest());
        suggest.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button(getTranslation("lessons.guide.close"), click -> close());
        add(new Paragraph(getTranslation("lessons.guide.lead")), who, interest, experience, problem, suggestions);
        getFooter().add(close, suggest);
    }

    private void refreshInterests() {
        List<String> topics = catalogue.topics(who.getValue());
        interest.setItems(topics);
    }

    private void suggest() {
        if (who.isEmpty() || interest.isEmpty() || experience.isEmpty()) {
            problem.setText(getTranslation("lessons.guide.answer-all"));
            return;
        }
        problem.setText("");
        Set<LessonId> finished = learner == null ? Set.of() : learner.finished();
        List<Lesson> lessons = catalogue.recommend(
                new StartingPoint(who.getValue(), interest.getValue(), experience.getValue()), finished);
        suggestions.removeAll();
        if (lessons.isEmpty()) {
            suggestions.add(new Paragraph(getTranslation("lessons.guide.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("lesson-cards");
        lessons.forEach(lesson -> {
            LessonCard card = cards.apply(lesson);
            // The lesson opens behind a modal dialog otherwise.
            card.getElement().addEventListener("click", click -> close());
            list.add(new ListItem(card));
        });
        H3 results = new H3(getTranslation("lessons.guide.results"));
        results.getElement().setAttribute("tabindex", "-1");
        suggestions.add(results, list);
        results.getElement().callJsFunction("focus");
    }
}
