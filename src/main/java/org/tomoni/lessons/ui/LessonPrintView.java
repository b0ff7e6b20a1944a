package org.tomoni.lessons.ui;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;

/**
 * The whole lesson on one page in large print, for those who prefer paper: every step in order, both kinds of
 * tablet, the practices as exercises with their answers, and the questions with the right answer marked.
 */
@Route("lessons/:lesson/print")
@AnonymousAllowed
@StyleSheet("styles/lessons.css")
class LessonPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LessonLibrary library;
    private @Nullable Lesson lesson;

    LessonPrintView(LessonLibrary library) {
        this.library = library;
        addClassNames("page", "lesson-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lesson = event.getRouteParameters().get("lesson")
                .filter(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .flatMap(id -> library.find(new LessonId(id)))
                .orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? "" : getTranslation("lessons.print.page-title", text(lesson).title().text());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        if (lesson == null) {
            return;
        }
        LessonText text = text(lesson);
        H1 title = new H1();
        title.getElement().setProperty("innerHTML", text.title().html());
        RouterLink backToLesson = new RouterLink(getTranslation("lessons.print.back"), LessonPlayerView.class,
                new RouteParameters("lesson", lesson.id().value()));
        backToLesson.addClassName("button-link");
        Button print = new Button(getTranslation("lessons.print.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        Div actions = new Div(print, backToLesson);
        actions.addClassNames("form-actions", "no-print");
        add(title, actions);
        for (int i = 0; i < text.steps().size(); i++) {
            add(step(i + 1, text.steps().get(i)));
        }
    }

    private Section step(int number, LessonStep step) {
        Section section = new Section();
        section.addClassName("print-step");
        H2 heading = new H2();
        heading.getElement().setProperty("innerHTML",
                getTranslation("lessons.print.step", number) + " " + step.title().html());
        section.add(heading);
        if (!step.html().isBlank()) {
            section.add(StepPanel.text(step.html()));
        }
        switch (step) {
            case LessonStep.Explanation explanation -> {
                if (explanation.picture() != null) {
                    section.add(StepPanel.picture(explanation.picture()));
                }
                for (Map.Entry<Device, String> part : new TreeMap<>(explanation.perDevice()).entrySet()) {
                    section.add(new H3(getTranslation("lessons.device." + part.getKey().name()
                            .toLowerCase(Locale.ROOT))), StepPanel.text(part.getValue()));
                }
            }
            case LessonStep.TapPractice tap -> {
                section.add(StepPanel.picture(tap.screen()));
                section.add(answer(getTranslation("lessons.print.tap-answer"), tap.hint()));
            }
            case LessonStep.TypePractice type -> section.add(new Paragraph(getTranslation(
                    "lessons.print.type", type.fieldLabel(), type.answers().getFirst())));
            case LessonStep.OrderPractice order -> {
                OrderedList items = new OrderedList();
                order.itemsInOrder().forEach(item -> items.add(new ListItem(new Html("<span>" + item + "</span>"))));
                section.add(new Paragraph(getTranslation("lessons.print.order")), items);
            }
            case LessonStep.Check check -> {
                UnorderedList choices = new UnorderedList();
                choices.addClassName("print-choices");
                for (LessonStep.Choice choice : check.choices()) {
                    String mark = choice.correct() ? getTranslation("lessons.print.right-answer") + " " : "";
                    ListItem item = new ListItem(new Html("<span>" + escape(mark) + choice.html() + " — "
                            + choice.feedbackHtml() + "</span>"));
                    if (choice.correct()) {
                        item.addClassName("right-answer");
                    }
                    choices.add(item);
                }
                section.add(choices);
            }
        }
        return section;
    }

    private Paragraph answer(String label, String html) {
        Paragraph paragraph = new Paragraph();
        paragraph.getElement().setProperty("innerHTML", "<strong>" + escape(label) + "</strong> " + html);
        return paragraph;
    }

    private LessonText text(Lesson shown) {
        LessonLanguage language = LessonLanguage.forPage(getLocale());
        return shown.text(language).or(() -> shown.text(LessonLanguage.ENGLISH)).orElseThrow();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
