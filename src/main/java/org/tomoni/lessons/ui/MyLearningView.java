package org.tomoni.lessons.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonText;

/** The lessons a learner has started and finished, with how far they got, their answers and their time. */
@Route("my-learning")
@Menu(order = 11, title = "nav.my-learning")
@AnonymousAllowed
@StyleSheet("styles/lessons.css")
class MyLearningView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final LessonLibrary library;
    private final LearnerStates learnerStates;
    private final H1 heading = new H1();
    private final Div content = new Div();
    private @Nullable LearnerState learner;
    private ZoneId zone = ZoneId.of("Asia/Tokyo");

    MyLearningView(LessonLibrary library, LearnerStates learnerStates) {
        this.library = library;
        this.learnerStates = learnerStates;
        addClassNames("page", "my-learning");
        add(heading, content);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Dates as the learner's own clock shows them, not the server's.
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                // Keep Japan's: that is where Tomoni is used.
            }
            learnerStates.load(attachEvent.getUI(), state -> {
                learner = state;
                render();
            });
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons.mine.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lessons.mine.heading"));
        render();
    }

    private void render() {
        content.removeAll();
        if (learner == null) {
            return;
        }
        if (learner.person() == null) {
            Paragraph onlyHere = new Paragraph(getTranslation("lessons.mine.only-this-browser"));
            onlyHere.addClassName("notice");
            content.add(onlyHere);
        }
        List<Started> started = learner.allProgress().stream()
                .flatMap(progress -> library.find(progress.lesson()).map(lesson -> new Started(lesson, progress))
                        .stream())
                .toList();
        if (started.isEmpty()) {
            RouterLink browse = new RouterLink(getTranslation("lessons.mine.browse"), LessonCatalogueView.class);
            browse.addClassName("button-link");
            content.add(new Paragraph(getTranslation("lessons.mine.nothing-yet")), browse);
            return;
        }
        List<Started> going = started.stream().filter(each -> !each.progress().completed()).toList();
        List<Started> done = started.stream().filter(each -> each.progress().completed()).toList();
        if (!going.isEmpty()) {
            content.add(section("in-progress", going));
        }
        if (!done.isEmpty()) {
            content.add(section("finished", done));
        }
    }

    private Section section(String kind, List<Started> lessons) {
        String id = "my-learning-" + kind;
        H2 title = new H2(getTranslation("lessons.mine." + kind));
        title.setId(id);
        UnorderedList list = new UnorderedList();
        list.addClassName("lesson-cards");
        for (Started each : lessons) {
            LessonText text = text(each.lesson());
            Div facts = new Div(new Span(getTranslation("lessons.mine.time",
                    Math.max(1, Math.round(each.progress().timeSpent().toSeconds() / 60.0)))));
            LessonProgress.Score score = each.progress().score();
            if (score.questions() > 0) {
                facts.add(new Span(getTranslation("lessons.mine.score", score.rightFirstTime(), score.questions())));
            }
            Optional.ofNullable(each.progress().completedAt()).ifPresent(at -> facts.add(new Span(getTranslation(
                    "lessons.mine.finished-on", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(getLocale()).format(at.atZone(zone))))));
            facts.addClassName("learning-facts");
            list.add(new ListItem(new LessonCard(each.lesson(), text, each.progress()), facts));
        }
        Section section = new Section(title, list);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private LessonText text(Lesson lesson) {
        LessonLanguage language = learner == null ? LessonLanguage.ENGLISH : learner.languageOf(lesson, getLocale());
        return lesson.text(language).or(() -> lesson.text(LessonLanguage.ENGLISH)).orElseThrow();
    }

    private record Started(Lesson lesson, LessonProgress progress) {
    }
}
