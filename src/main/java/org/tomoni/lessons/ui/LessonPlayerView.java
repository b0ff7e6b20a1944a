package org.tomoni.lessons.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonCatalogue;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;
import org.tomoni.lessons.LessonProgress;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;

/**
 * One step per screen with large "Back" and "Next", the step count, read-aloud and the learner's kind of tablet.
 * Nothing runs on a timer. Every move is kept at once, so closing the tablet and coming back resumes here.
 */
@Route("lessons/:lesson")
@AnonymousAllowed
@StyleSheet("styles/lessons.css")
class LessonPlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private final LessonLibrary library;
    private final Learning learning;
    private final LearnerStates learnerStates;
    private final LessonCatalogue catalogue;
    private final H1 heading = new H1();
    private final Span stepCount = new Span();
    private final Element progressBar = new Element("progress");
    private final ReadAloud readAloud;
    private final RadioButtonGroup<Device> deviceChoice = new RadioButtonGroup<>();
    private final Checkbox furigana = new Checkbox();
    private final Checkbox easyJapanese = new Checkbox();
    private final Details settingsDetails = new Details();
    private final RouterLink printLink = new RouterLink();
    private final Section stepSection = new Section();
    private final Div stepNavigation = new Div();
    private final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Button stuck = new Button(VaadinIcon.HANDS_UP.create());
    private @Nullable Lesson lesson;
    private @Nullable LearnerState learner;
    private @Nullable LessonProgress progress;
    private @Nullable FinishedPanel finished;
    private long stepShownAt = System.nanoTime();

    LessonPlayerView(LessonLibrary library, Learning learning, LearnerStates learnerStates,
                     LessonCatalogue catalogue) {
        this.library = library;
        this.learning = learning;
        this.learnerStates = learnerStates;
        this.catalogue = catalogue;
        addClassNames("page", "lesson-player");
        readAloud = new ReadAloud(
                rate -> changeSettings(learner().settings().withSpeechRate(rate)));

        stepCount.setId("step-count");
        stepCount.addClassName("step-count");
        stepCount.getElement().setAttribute("role", "status");
        progressBar.setAttribute("aria-labelledby", "step-count");
        progressBar.getClassList().add("step-progress");
        Div where = new Div(stepCount);
        where.getElement().appendChild(progressBar);
        where.addClassName("lesson-where");

        deviceChoice.addClassName("device-choice");
        deviceChoice.setItems(Device.values());
        deviceChoice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                changeSettings(learner().settings().withDevice(change.getValue()));
            }
        });
        furigana.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changeSettings(learner().settings().withFurigana(change.getValue()));
            }
        });
        easyJapanese.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changeSettings(learner().settings().withEasyJapanese(change.getValue()));
            }
        });
        printLink.addClassName("button-link");
        settingsDetails.addClassName("lesson-settings");
        settingsDetails.add(furigana, easyJapanese, printLink);

        Div tools = new Div(where, readAloud, deviceChoice, settingsDetails);
        tools.addClassName("lesson-tools");

        stepSection.addClassName("lesson-step");
        back.addClassName("step-back");
        next.addClassName("step-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        // A double tap, common with unsteady hands, must not skip a step: the button waits for the next screen.
        back.setDisableOnClick(true);
        next.setDisableOnClick(true);
        back.addClickListener(click -> goTo(progress().currentStep() - 1));
        next.addClickListener(click -> forward());
        stepNavigation.addClassName("step-navigation");
        stepNavigation.add(back, next);
        stuck.addClassName("im-stuck");
        stuck.addClickListener(click -> askForHelp());

        add(heading, tools, stepSection, stepNavigation, stuck);
        setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Lesson> found = event.getRouteParameters().get("lesson")
                .filter(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .flatMap(id -> library.find(new LessonId(id)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        boolean anotherLesson = lesson != null && !lesson.id().equals(found.get().id());
        lesson = found.get();
        printLink.setRoute(LessonPrintView.class, new RouteParameters("lesson", lesson.id().value()));
        if (anotherLesson && isAttached()) {
            // Vaadin keeps this view when the learner goes from one lesson to the next ("A good next lesson"):
            // nothing of the last lesson may carry over.
            open(event.getUI());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        open(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        readAloud.stop();
    }

    private void open(UI ui) {
        setVisible(false);
        finished = null;
        progress = null;
        learnerStates.load(ui, state -> {
            learner = state;
            progress = learning.open(state.person(), lesson(), state.keptInBrowser(lesson().id()));
            state.kept(progress);
            readAloud.setRate(state.settings().speechRate());
            setVisible(true);
            showStep(false);
        });
    }

    @Override
    public String getPageTitle() {
        return lesson == null ? "" : getTranslation("lessons.player.page-title", text().title().text());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        back.setText(getTranslation("lessons.player.back"));
        stuck.setText(getTranslation("lessons.player.stuck"));
        deviceChoice.setLabel(getTranslation("lessons.player.device"));
        deviceChoice.setItemLabelGenerator(device -> getTranslation("lessons.device." + device.name()
                .toLowerCase(Locale.ROOT)));
        furigana.setLabel(getTranslation("lessons.player.furigana"));
        easyJapanese.setLabel(getTranslation("lessons.player.easy-japanese"));
        settingsDetails.setSummaryText(getTranslation("lessons.player.settings"));
        printLink.setText(getTranslation("lessons.player.print"));
        if (learner != null && progress != null) {
            showStep(false);
        }
        event.getUI().getPage().setTitle(getPageTitle());
    }

    private void forward() {
        int current = progress().currentStep();
        if (current == steps().size() - 1) {
            progress = learning.finish(learner().person(), lesson(), progress(), timeOnStep());
            learner().kept(progress());
            showFinished();
        } else {
            goTo(current + 1);
        }
    }

    private void goTo(int step) {
        if (step < 0 || step >= steps().size()) {
            return;
        }
        progress = learning.moveTo(learner().person(), lesson(), progress(), step, timeOnStep());
        learner().kept(progress());
        showStep(true);
    }

    private void showStep(boolean moved) {
        if (finished != null && !moved) {
            showFinished();
            return;
        }
        finished = null;
        readAloud.stop();
        LessonText text = text();
        LearnerSettings settings = learner().settings();
        int index = progress().currentStep();
        LessonStep step = text.steps().get(index);

        heading.getElement().setProperty("innerHTML", text.title().html());
        stepCount.setText(getTranslation("lessons.player.step-of", index + 1, text.steps().size()));
        progressBar.setAttribute("max", String.valueOf(text.steps().size()));
        progressBar.setAttribute("value", String.valueOf(index + 1));
        deviceChoice.setVisible(!lesson().info().devices().isEmpty());
        deviceChoice.setValue(settings.device());
        boolean japanese = LessonLanguage.forPage(getLocale()) == LessonLanguage.JAPANESE;
        furigana.setVisible(japanese);
        furigana.setValue(settings.furigana());
        easyJapanese.setVisible(japanese && lesson().text(LessonLanguage.EASY_JAPANESE).isPresent());
        easyJapanese.setValue(settings.easyJapanese());
        settingsDetails.setVisible(true);
        setClassName("furigana-off", !settings.furigana());

        H2 title = new H2();
        title.getElement().setProperty("innerHTML", step.title().html());
        title.setId("step-title");
        title.getElement().setAttribute("tabindex", "-1");
        stepSection.removeAll();
        stepSection.getElement().setAttribute("aria-labelledby", "step-title");
        stepSection.getElement().setAttribute("lang", languageTag());
        stepSection.add(title, panelFor(step, index, settings));
        readAloud.readFrom(stepSection, languageTag());

        stepNavigation.setVisible(true);
        stuck.setVisible(true);
        back.setEnabled(index > 0);
        next.setEnabled(true);
        boolean last = index == text.steps().size() - 1;
        next.setText(getTranslation(last ? "lessons.player.finish" : "lessons.player.next"));
        stepShownAt = System.nanoTime();
        if (moved) {
            // The learner (or their screen reader) continues at the new step's heading, not at the buttons.
            title.getElement().callJsFunction("focus");
        }
    }

    private StepPanel panelFor(LessonStep step, int index, LearnerSettings settings) {
        StepPanel.Listener listener = new StepPanel.Listener() {
            @Override
            public void solved() {
                progress = learning.practised(learner().person(), lesson(), progress(), index);
                learner().kept(progress());
            }

            @Override
            public void answered(int choice) {
                progress = learning.answered(learner().person(), lesson(), progress(), index, choice);
                learner().kept(progress());
            }
        };
        return switch (step) {
            case LessonStep.Explanation explanation -> new ExplanationPanel(explanation, settings.device());
            case LessonStep.TapPractice tap -> new TapPracticePanel(tap, listener);
            case LessonStep.TypePractice type -> new TypePracticePanel(type, listener);
            case LessonStep.OrderPractice order -> new OrderPracticePanel(order, listener,
                    (lesson().id().value() + "/" + index).hashCode());
            case LessonStep.Check check -> new CheckPanel(check, progress().answerTo(index).orElse(null), listener);
        };
    }

    private void showFinished() {
        readAloud.stop();
        heading.getElement().setProperty("innerHTML", text().title().html());
        Set<LessonId> done = learner().finished();
        FinishedPanel panel = new FinishedPanel(lesson(), text(), progress(),
                catalogue.nextAfter(lesson().id(), done)
                        .map(next -> new LessonCard(next, text(next), learner().progress(next.id()).orElse(null)))
                        .orElse(null),
                this::startAgain);
        finished = panel;
        stepNavigation.setVisible(false);
        stuck.setVisible(false);
        deviceChoice.setVisible(false);
        settingsDetails.setVisible(false);
        stepSection.removeAll();
        stepSection.getElement().setAttribute("aria-labelledby", FinishedPanel.HEADING_ID);
        stepSection.add(panel);
        stepCount.setText(getTranslation("lessons.player.finished"));
        progressBar.setAttribute("value", progressBar.getAttribute("max"));
        readAloud.readFrom(stepSection, languageTag());
        panel.focusHeading();
    }

    /**
     * Opens "Get help" with this lesson, step and kind of phone, so the helper knows the exact screen. By address,
     * not by class: help builds on lessons, so lessons must not know the help module.
     */
    private void askForHelp() {
        Map<String, String> place = new LinkedHashMap<>();
        place.put("lesson", lesson().id().value());
        place.put("step", String.valueOf(progress().currentStep() + 1));
        Device device = learner().settings().device();
        if (device != null) {
            place.put("device", device.name().toLowerCase(Locale.ROOT));
        }
        readAloud.stop();
        UI.getCurrent().navigate("help", QueryParameters.simple(place));
    }

    private void startAgain() {
        finished = null;
        goTo(0);
    }

    /**
     * Only what the setting changes is redrawn: a half-typed answer or a half-sorted list stays as it is, and the
     * time on the step keeps counting.
     */
    private void changeSettings(LearnerSettings changed) {
        LearnerSettings before = learner().settings();
        learner().change(changed);
        setClassName("furigana-off", !changed.furigana());
        boolean otherWords = before.easyJapanese() != changed.easyJapanese()
                || before.device() != changed.device() && steps().get(progress().currentStep())
                instanceof LessonStep.Explanation;
        if (finished == null && otherWords) {
            long shownAt = stepShownAt;
            showStep(false);
            stepShownAt = shownAt;
        }
    }

    private Duration timeOnStep() {
        return Duration.ofNanos(System.nanoTime() - stepShownAt);
    }

    private List<LessonStep> steps() {
        return text().steps();
    }

    private LessonText text() {
        return text(lesson());
    }

    private LessonText text(Lesson shown) {
        LessonLanguage language = learner != null ? learner.languageOf(shown, getLocale())
                : LessonLanguage.forPage(getLocale());
        return shown.text(language).or(() -> shown.text(LessonLanguage.ENGLISH)).orElseThrow();
    }

    private String languageTag() {
        return LessonLanguage.forPage(getLocale()) == LessonLanguage.JAPANESE ? "ja" : "en";
    }

    private Lesson lesson() {
        if (lesson == null) {
            throw new IllegalStateException("No lesson: beforeEnter sends unknown ids to the not-found page");
        }
        return lesson;
    }

    private LearnerState learner() {
        if (learner == null) {
            throw new IllegalStateException("The player is hidden until the learner's state has loaded");
        }
        return learner;
    }

    private LessonProgress progress() {
        if (progress == null) {
            throw new IllegalStateException("The player is hidden until the lesson has opened");
        }
        return progress;
    }
}
