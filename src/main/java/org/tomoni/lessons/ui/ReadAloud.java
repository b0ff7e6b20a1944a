package org.tomoni.lessons.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * Reads the step out with the browser's own speech synthesis, in the lesson's language, at the learner's speed, with
 * a stop button that is always there. The page is read as it is shown (the chosen tablet's words, no furigana read
 * twice), so what is heard and what is seen never differ.
 */
final class ReadAloud extends Div implements LocaleChangeObserver {

    /** The speeds offered, slow first: many older listeners prefer a little slower than normal speech. */
    private static final List<Double> RATES = List.of(0.7, 0.9, 1.1);

    private static final String SPEAK = """
            const root = $0, button = $1;
            if (!('speechSynthesis' in window)) { return false; }
            const copy = root.cloneNode(true);
            copy.querySelectorAll('rt, rp, .speech-skip, [aria-hidden="true"], vaadin-button, button')
                .forEach(node => node.remove());
            copy.querySelectorAll('h1, h2, h3, p, li, div').forEach(node => node.append('\\n'));
            const words = copy.textContent.replace(/[ \\t]+/g, ' ').trim();
            speechSynthesis.cancel();
            const utterance = new SpeechSynthesisUtterance(words);
            utterance.lang = $2;
            utterance.rate = $3;
            const voice = speechSynthesis.getVoices().find(v => v.lang && v.lang.toLowerCase().startsWith($2));
            if (voice) { utterance.voice = voice; }
            utterance.onend = utterance.onerror = () => button.dispatchEvent(new CustomEvent('tomoni-speech-end'));
            speechSynthesis.speak(utterance);
            return true;
            """;

    private final Button read = new Button(VaadinIcon.VOLUME_UP.create());
    private final Button stop = new Button(VaadinIcon.STOP.create());
    private final Select<Double> speed = new Select<>();
    private final Span status = new Span();
    private Component source = this;
    private String languageTag = "en";

    ReadAloud(DoubleConsumer rateChosen) {
        addClassNames("read-aloud", "speech-skip");
        read.addClassName("read-aloud-start");
        stop.addClassName("read-aloud-stop");
        status.addClassName("read-aloud-status");
        status.getElement().setAttribute("role", "status");
        speed.setItems(RATES);
        speed.setValue(nearest(0.9));
        speed.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                rateChosen.accept(change.getValue());
            }
        });
        read.addClickListener(click -> speak());
        stop.addClickListener(click -> stop());
        read.getElement().addEventListener("tomoni-speech-end", end -> status.setText(""));
        add(read, stop, speed, status);
    }

    /** The learner's own speed, remembered from an earlier lesson or visit. */
    void setRate(double rate) {
        speed.setValue(nearest(rate));
    }

    /** What to read next time, and in which language ({@code en}, {@code ja}). */
    void readFrom(Component component, String language) {
        this.source = component;
        this.languageTag = language;
    }

    /** A new step: whatever was being read belongs to the old one. */
    void stop() {
        // Through the page, not this element, so that it still reaches the browser while the page is being left.
        getUI().ifPresent(ui -> ui.getPage().executeJs("if ('speechSynthesis' in window) { speechSynthesis.cancel(); }"));
        status.setText("");
    }

    private void speak() {
        double rate = speed.getValue() == null ? 0.9 : speed.getValue();
        getElement().executeJs(SPEAK, source.getElement(), read.getElement(), languageTag, rate)
                .then(Boolean.class, started -> status.setText(getTranslation(Boolean.TRUE.equals(started)
                        ? "lessons.read-aloud.reading" : "lessons.read-aloud.unavailable")));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        read.setText(getTranslation("lessons.read-aloud.start"));
        stop.setText(getTranslation("lessons.read-aloud.stop"));
        speed.setLabel(getTranslation("lessons.read-aloud.speed"));
        speed.setItemLabelGenerator(rate -> getTranslation("lessons.read-aloud.speed." + RATES.indexOf(rate)));
    }

    private static double nearest(double rate) {
        return RATES.stream().min(Comparator.comparingDouble(each -> Math.abs(each - rate))).orElseThrow();
    }
}
