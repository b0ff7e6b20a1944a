package org.tomoni.lessons.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.LessonProgress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds out who is learning on a page and what they have done. A visitor's progress lives in their browser's local
 * storage, so nothing about them is kept on a server; once they sign in, what the browser kept moves into their
 * account the first time a lessons page opens, and the browser forgets it.
 */
@SpringComponent
class LearnerStates {

    static final String STORAGE_KEY = "tomoni-learning";
    private static final Logger log = LoggerFactory.getLogger(LearnerStates.class);

    private final Learning learning;
    private final CurrentPerson currentPerson;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    LearnerStates(Learning learning, CurrentPerson currentPerson) {
        this.learning = learning;
        this.currentPerson = currentPerson;
    }

    /** Reads the browser's part (one round trip) and then hands over the learner's state. */
    void load(UI ui, Consumer<LearnerState> ready) {
        PersonId person = currentPerson.signedIn().map(signedIn -> signedIn.id()).orElse(null);
        ui.getPage().executeJs("return localStorage.getItem($0)", STORAGE_KEY).then(String.class, stored -> {
            BrowserKept kept = read(stored);
            if (person == null) {
                ready.accept(new LearnerState(learning, null, kept.settings(), kept.progress(), this::write, ui));
                return;
            }
            if (stored != null) {
                adopt(person, kept);
                ui.getPage().executeJs("localStorage.removeItem($0)", STORAGE_KEY);
            }
            ready.accept(new LearnerState(learning, person, learning.settingsOf(person), Map.of(), this::write, ui));
        }, failure -> {
            log.debug("The browser's storage could not be read: {}", failure);
            ready.accept(person == null
                    ? new LearnerState(learning, null, LearnerSettings.DEFAULTS, Map.of(), this::write, ui)
                    : new LearnerState(learning, person, learning.settingsOf(person), Map.of(), this::write, ui));
        });
    }

    private void adopt(PersonId person, BrowserKept kept) {
        learning.adopt(person, List.copyOf(kept.progress().values()));
        if (learning.settingsOf(person).equals(LearnerSettings.DEFAULTS)) {
            learning.save(person, kept.settings());
        }
    }

    private void write(UI ui, BrowserKept kept) {
        ui.getPage().executeJs("localStorage.setItem($0, $1)", STORAGE_KEY, json.writeValueAsString(kept));
    }

    /** Damaged or old storage is no reason to stop learning: start afresh. */
    private BrowserKept read(String stored) {
        if (stored == null || stored.isBlank()) {
            return BrowserKept.EMPTY;
        }
        try {
            BrowserKept kept = json.readValue(stored, BrowserKept.class);
            return kept.settings() == null || kept.progress() == null ? BrowserKept.EMPTY : kept;
        } catch (JacksonException | IllegalArgumentException e) {
            log.debug("Ignoring damaged lesson progress in a browser: {}", e.getMessage());
            return BrowserKept.EMPTY;
        }
    }

    /** What a visitor's browser keeps: their settings and their progress per lesson id. */
    record BrowserKept(LearnerSettings settings, Map<String, LessonProgress> progress) {

        static final BrowserKept EMPTY = new BrowserKept(LearnerSettings.DEFAULTS, Map.of());
    }
}
