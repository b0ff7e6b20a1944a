package org.tomoni.help.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpDesk;
import org.tomoni.help.LessonPlace;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.Messages;

/**
 * "Get help": a person near the learner helps by phone, at a community session or at home. Open to everyone, so a
 * visitor learns how to get help (sign in, or ring Tomoni); signed in, four questions and one button. From the
 * lesson player's "I'm stuck" ({@code help?lesson=video-calls&step=3&device=iphone}) the lesson's topic and
 * place are filled in, so the helper knows the exact screen.
 */
@Route("help")
@Menu(order = 12, title = "nav.help")
@AnonymousAllowed
@StyleSheet("styles/help.css")
class GetHelpView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final HelpDesk helpDesk;
    private final LessonLibrary library;
    private final Messages messages;
    private final Clock clock;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph where = new Paragraph();
    private final RouterLink scamCard = new RouterLink();
    private final Div content = new Div();
    private @Nullable LessonPlace place;
    private @Nullable Lesson lesson;
    private @Nullable AskForm form;
    private ZoneId zone = HelpWords.JAPAN;

    GetHelpView(HelpDesk helpDesk, LessonLibrary library, Messages messages, Clock clock) {
        this.helpDesk = helpDesk;
        this.library = library;
        this.messages = messages;
        this.clock = clock;
        addClassNames("page", "get-help");
        intro.addClassName("lead");
        where.addClassName("notice");
        scamCard.setRoute(ScamCheckView.class);
        scamCard.addClassNames("path-card", "scam-card");
        add(heading, where, intro, scamCard, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        lesson = first(query, "lesson").flatMap(GetHelpView::lessonId).flatMap(library::find).orElse(null);
        int step = first(query, "step").filter(value -> value.matches("[1-9][0-9]{0,2}")).map(Integer::parseInt)
                .orElse(1);
        Device device = first(query, "device").flatMap(GetHelpView::device).orElse(null);
        // A made-up or stale address is not an error: the learner simply gets the form without a lesson place.
        place = lesson == null ? null : new LessonPlace(lesson.id(), step, device);
        if (isAttached()) {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (RuntimeException unknownZone) {
                // Keep Japan's.
            }
            if (form != null) {
                form.useZone(zone);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("help.get.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("help.get.heading"));
        intro.setText(getTranslation("help.get.intro"));
        scamCard.removeAll();
        scamCard.add(cardLine("path-card-title", getTranslation("help.scam.card")),
                cardLine("path-card-text", getTranslation("help.scam.card.text")));
        render();
    }

    private void render() {
        content.removeAll();
        where.setText(lesson == null || place == null ? ""
                : getTranslation("help.get.from-lesson", place.step(), lessonTitle(lesson)));
        HelpDesk.Eligibility eligibility = helpDesk.eligibility();
        if (!eligibility.canAsk()) {
            form = null;
            content.add(new SignInPrompt(messages.tomoniNumber()));
            return;
        }
        form = new AskForm(eligibility, suggestedTopic(), place, clock, this::ask);
        form.useZone(zone);
        content.add(form);
    }

    private void ask(HelpAsk ask) {
        try {
            helpDesk.ask(ask);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // The help desk has the last word (e.g. a way the area stopped offering); the answers stay as typed.
            if (form != null) {
                form.refused(getTranslation("help.ask.refused", messages.tomoniNumber().formattedForOwner()));
            }
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(MyHelpView.class));
    }

    private @Nullable Skill suggestedTopic() {
        if (lesson == null) {
            return null;
        }
        return lesson.info().skills().stream().findFirst().flatMap(Skill::ofCode).orElse(null);
    }

    private String lessonTitle(Lesson shown) {
        return shown.text(LessonLanguage.forPage(getLocale())).or(() -> shown.text(LessonLanguage.ENGLISH))
                .map(text -> text.title().text()).orElse(shown.id().value());
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<LessonId> lessonId(String value) {
        return value.matches("[a-z0-9]+(-[a-z0-9]+)*") ? Optional.of(new LessonId(value)) : Optional.empty();
    }

    private static Optional<Device> device(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "iphone" -> Optional.of(Device.IPHONE);
            case "android" -> Optional.of(Device.ANDROID);
            default -> Optional.empty();
        };
    }

    private static Span cardLine(String className, String text) {
        Span line = new Span(text);
        line.addClassName(className);
        return line;
    }
}
