package org.tomoni.lessons.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;

/** A big card for one lesson: its first picture, title, time, level and how far the learner got. */
final class LessonCard extends RouterLink {

    LessonCard(Lesson lesson, LessonText text, @Nullable LessonProgress progress) {
        addClassName("lesson-card");
        setRoute(LessonPlayerView.class, new RouteParameters("lesson", lesson.id().value()));
        firstPicture(text).ifPresent(picture -> {
            // The title says what the lesson is; the picture is decoration here.
            Image image = new Image(picture.url(), "");
            image.addClassName("lesson-card-picture");
            add(image);
        });
        Span title = new Span();
        title.addClassName("lesson-card-title");
        title.getElement().setProperty("innerHTML", text.title().html());
        Span facts = new Span(getTranslation("lessons.card.facts", lesson.info().minutes(),
                getTranslation("lessons.level." + lesson.info().level()),
                getTranslation("lessons.topic." + lesson.info().topic().toLowerCase(Locale.ROOT))));
        facts.addClassName("lesson-card-facts");
        Div body = new Div(title, facts, state(progress, text.steps().size()));
        body.addClassName("lesson-card-body");
        add(body);
    }

    private Div state(@Nullable LessonProgress progress, int steps) {
        Div state = new Div();
        state.addClassName("lesson-card-state");
        if (progress == null) {
            state.add(new Span(getTranslation("lessons.card.not-started")));
            return state;
        }
        int percent = progress.percentOf(steps);
        Span words = new Span(progress.completed() ? getTranslation("lessons.card.finished")
                : getTranslation("lessons.card.percent-done", percent));
        Element bar = new Element("progress");
        bar.setAttribute("max", "100");
        bar.setAttribute("value", String.valueOf(percent));
        // The words beside it say the same; a screen reader need not hear it twice.
        bar.setAttribute("aria-hidden", "true");
        bar.getClassList().add("lesson-card-progress");
        state.add(words);
        state.getElement().appendChild(bar);
        if (progress.completed()) {
            state.addClassName("finished");
        }
        return state;
    }

    private static Optional<LessonStep.Picture> firstPicture(LessonText text) {
        for (LessonStep step : text.steps()) {
            if (step instanceof LessonStep.Explanation explanation && explanation.picture() != null) {
                return Optional.of(explanation.picture());
            }
            if (step instanceof LessonStep.TapPractice tap) {
                return Optional.of(tap.screen());
            }
        }
        return Optional.empty();
    }
}
