package org.tomoni.lessons.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Audience;
import org.tomoni.lessons.CatalogueQuery;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCatalogue;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonProgress;

/**
 * All lessons as big cards, for older adults and for young people, with a few plain filters, a search box, and a
 * guide for those who do not know where to begin.
 */
@Route("lessons")
@Menu(order = 10, title = "nav.lessons")
@AnonymousAllowed
@StyleSheet("styles/lessons.css")
class LessonCatalogueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private static final String ANY = "";

    private final LessonCatalogue catalogue;
    private final LearnerStates learnerStates;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Button guide = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
    private final RadioButtonGroup<String> audience = new RadioButtonGroup<>();
    private final Select<String> topic = new Select<>();
    private final Select<String> level = new Select<>();
    private final TextField search = new TextField();
    private final Button clear = new Button();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private @Nullable LearnerState learner;

    LessonCatalogueView(LessonCatalogue catalogue, LearnerStates learnerStates) {
        this.catalogue = catalogue;
        this.learnerStates = learnerStates;
        addClassNames("page", "lesson-catalogue");
        lead.addClassName("lead");
        guide.addClassName("starting-guide");
        guide.addClickListener(click -> new StartingPointDialog(catalogue, learner, this::localised).open());

        audience.setItems(ANY, Audience.SENIOR.name(), Audience.YOUTH.name());
        audience.setValue(ANY);
        audience.addClassName("audience-choice");
        level.setItems(ANY, "1", "2", "3");
        level.setValue(ANY);
        topic.setValue(ANY);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("lesson-search");
        audience.addValueChangeListener(change -> {
            refreshTopics();
            show();
        });
        topic.addValueChangeListener(change -> show());
        level.addValueChangeListener(change -> show());
        search.addValueChangeListener(change -> show());
        clear.addClickListener(click -> {
            audience.setValue(ANY);
            topic.setValue(ANY);
            level.setValue(ANY);
            search.clear();
        });

        Div filters = new Div(audience, topic, level, search);
        filters.addClassName("filters");
        count.addClassName("result-count");
        count.getElement().setAttribute("role", "status");
        results.addClassName("catalogue-results");
        add(heading, lead, guide, filters, count, results);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        learnerStates.load(attachEvent.getUI(), state -> {
            learner = state;
            show();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.catalogue.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lessons.catalogue.heading"));
        lead.setText(getTranslation("lessons.catalogue.lead"));
        guide.setText(getTranslation("lessons.guide.open"));
        audience.setLabel(getTranslation("lessons.catalogue.audience"));
        audience.setItemLabelGenerator(value -> getTranslation(value.isEmpty() ? "lessons.catalogue.audience.all"
                : "lessons.audience." + value.toLowerCase(Locale.ROOT)));
        topic.setLabel(getTranslation("lessons.catalogue.topic"));
        level.setLabel(getTranslation("lessons.catalogue.level"));
        level.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("lessons.catalogue.level.all")
                : getTranslation("lessons.level." + value));
        search.setLabel(getTranslation("lessons.catalogue.search"));
        search.setHelperText(getTranslation("lessons.catalogue.search.helper"));
        clear.setText(getTranslation("lessons.catalogue.clear"));
        refreshTopics();
        show();
    }

    private void refreshTopics() {
        String chosen = topic.getValue();
        List<String> topics = catalogue.topics(chosenAudience());
        topic.setItems(concat(ANY, topics));
        topic.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("lessons.catalogue.topic.all")
                : localisedTopic(value));
        topic.setValue(topics.contains(chosen) ? chosen : ANY);
    }

    private void show() {
        if (learner == null) {
            return;
        }
        CatalogueQuery query = new CatalogueQuery(chosenAudience(), topic.getValue() == null
                || topic.getValue().isEmpty() ? null : topic.getValue(),
                level.getValue() == null || level.getValue().isEmpty() ? null : Integer.valueOf(level.getValue()),
                search.getValue(), language());
        List<Lesson> found = catalogue.find(query);
        results.removeAll();
        count.setText(getTranslation(found.size() == 1 ? "lessons.catalogue.count.one" : "lessons.catalogue.count",
                found.size()));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("lessons.catalogue.none"));
            results.add(none, clear);
            return;
        }
        Map<Audience, List<Lesson>> byAudience = found.stream()
                .collect(Collectors.groupingBy(lesson -> lesson.info().audience(), TreeMap::new,
                        Collectors.toList()));
        Map<LessonId, LessonProgress> progress = learner.progressByLesson();
        byAudience.forEach((group, lessons) -> results.add(section(group, lessons, progress)));
    }

    private Section section(Audience group, List<Lesson> lessons, Map<LessonId, LessonProgress> progress) {
        H2 title = new H2(getTranslation("lessons.catalogue.for." + group.name().toLowerCase(Locale.ROOT)));
        String id = "lessons-for-" + group.name().toLowerCase(Locale.ROOT);
        title.setId(id);
        UnorderedList cards = new UnorderedList();
        cards.addClassName("lesson-cards");
        for (Lesson lesson : lessons) {
            cards.add(new ListItem(card(lesson, progress.get(lesson.id()))));
        }
        Section section = new Section(title, cards);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private LessonCard localised(Lesson lesson) {
        return card(lesson, learner == null ? null : learner.progress(lesson.id()).orElse(null));
    }

    private LessonCard card(Lesson lesson, @Nullable LessonProgress progress) {
        LessonLanguage language = learner == null ? language() : learner.languageOf(lesson, getLocale());
        return new LessonCard(lesson, lesson.text(language).or(() -> lesson.text(LessonLanguage.ENGLISH))
                .orElseThrow(), progress);
    }

    private @Nullable Audience chosenAudience() {
        String value = audience.getValue();
        return value == null || value.isEmpty() ? null : Audience.valueOf(value);
    }

    private LessonLanguage language() {
        return LessonLanguage.forPage(getLocale());
    }

    private String localisedTopic(String value) {
        return getTranslation("lessons.topic." + value);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
