package org.tomoni.lessons.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonText;

/** The end of a lesson: what the learner can do now, how the questions went, and what to learn next. */
final class FinishedPanel extends Div {

    static final String HEADING_ID = "finished-heading";

    private final H2 heading = new H2();

    FinishedPanel(Lesson lesson, LessonText text, LessonProgress progress, @Nullable LessonCard next,
                  Runnable startAgain) {
        addClassName("lesson-finished");
        heading.setText(getTranslation("lessons.finished.heading"));
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        Paragraph done = new Paragraph(getTranslation("lessons.finished.done", text.title().text()));
        done.addClassName("lead");
        add(heading, done);

        add(new H3(getTranslation("lessons.finished.learned")));
        UnorderedList skills = new UnorderedList();
        skills.addClassName("learned-skills");
        lesson.info().skills().forEach(skill -> skills.add(new ListItem(
                getTranslation("lessons.skill." + skill.toLowerCase(Locale.ROOT)))));
        add(skills);

        LessonProgress.Score score = progress.score();
        if (score.questions() > 0) {
            add(new Paragraph(getTranslation("lessons.finished.score", score.rightFirstTime(), score.questions())));
        }
        long minutes = Math.max(1, Math.round(progress.timeSpent().toSeconds() / 60.0));
        add(new Paragraph(getTranslation("lessons.finished.time", minutes)));

        if (next != null) {
            add(new H3(getTranslation("lessons.finished.next")), next);
        }
        RouterLink all = new RouterLink(getTranslation("lessons.finished.all-lessons"), LessonCatalogueView.class);
        all.addClassName("button-link");
        RouterLink mine = new RouterLink(getTranslation("lessons.finished.my-learning"), MyLearningView.class);
        mine.addClassName("button-link");
        Button again = new Button(getTranslation("lessons.finished.again"), click -> startAgain.run());
        Div actions = new Div(all, mine, again);
        actions.addClassName("form-actions");
        add(actions);
    }

    void focusHeading() {
        heading.getElement().callJsFunction("focus");
    }
}
