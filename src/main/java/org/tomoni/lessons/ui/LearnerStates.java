package org.tomoni.lessons.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.PersonId;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.Learning;
import org.tomoni.lessons.LessonProgress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds out who is learning on a page and what they have done. A visitor's progress lives in their browser's local
 * storage, so nothing about them is kept on a server. After signing in, the learner is asked whether what the
 * browser kept is theirs (tablets at a library are shared) before it moves into their account; either way the
 * browser then forgets it.
 */
@SpringComponent
class LearnerStates {

    static final String STORAGE_KEY = "tomoni-learning";
    private static final Logger log = LoggerFactory.getLogger(LearnerStates.class);

    /** Changes one part of what the browser keeps, so two tabs on two lessons never overwrite each other. */
    private static final String SAVE = """
            let kept = {};
            try { kept = JSON.parse(localStorage.getItem($0)) || {}; } catch (damaged) { kept = {}; }
            if (typeof kept.progress !== 'object' || kept.progress === null) { kept.progress = {}; }
            if ($1 === 'settings') { kept.settings = JSON.parse($2); } else { kept.progress[$1] = JSON.parse($2); }
            localStorage.setItem($0, JSON.stringify(kept));
            """;

    private final Learning learning;
    private final CurrentPerson currentPerson;
    private final JsonMapper json;

    LearnerStates(Learning learning, CurrentPerson currentPerson, JsonMapper json) {
        this.learning = learning;
        this.currentPerson = currentPerson;
        this.json = json;
    }

    /** Reads the browser's part (one round trip) and then hands over the learner's state. */
    void load(UI ui, Consumer<LearnerState> ready) {
        PersonId person = currentPerson.signedIn().map(signedIn -> signedIn.id()).orElse(null);
        ui.getPage().executeJs("return localStorage.getItem($0)", STORAGE_KEY).then(String.class, stored -> {
            BrowserKept kept = read(stored);
            if (person == null) {
                ready.accept(new LearnerState(learning, null, kept.settings(), kept.progress(), browserOf(ui)));
            } else if (kept.progress().isEmpty()) {
                forget(ui, stored);
                ready.accept(signedIn(person));
            } else {
                askWhetherTheirs(ui, person, kept, () -> ready.accept(signedIn(person)));
            }
        }, failure -> {
            log.debug("The browser's storage could not be read: {}", failure);
            ready.accept(person == null
                    ? new LearnerState(learning, null, LearnerSettings.DEFAULTS, Map.of(), browserOf(ui))
                    : signedIn(person));
        });
    }

    private LearnerState signedIn(PersonId person) {
        return new LearnerState(learning, person, learning.settingsOf(person), Map.of(), null);
    }

    private void askWhetherTheirs(UI ui, PersonId person, BrowserKept kept, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("lessons.adopt.heading"));
        dialog.setText(ui.getTranslation("lessons.adopt.text", kept.progress().size()));
        dialog.setConfirmText(ui.getTranslation("lessons.adopt.yes"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("lessons.adopt.no"));
        dialog.addConfirmListener(yes -> {
            adopt(person, kept);
            forget(ui, "");
            then.run();
        });
        dialog.addCancelListener(no -> {
            forget(ui, "");
            then.run();
        });
        dialog.open();
    }

    private void adopt(PersonId person, BrowserKept kept) {
        try {
            learning.adopt(person, List.copyOf(kept.progress().values()));
            if (learning.settingsOf(person).equals(LearnerSettings.DEFAULTS)) {
                learning.save(person, kept.settings());
            }
        } catch (RuntimeException e) {
            // What a browser kept is a convenience; it must never keep the learner from their lessons.
            log.warn("Could not move a browser's lesson progress into account {}", person, e);
        }
    }

    private static void forget(UI ui, @Nullable String stored) {
        if (stored != null) {
            ui.getPage().executeJs("localStorage.removeItem($0)", STORAGE_KEY);
        }
    }

    private LearnerState.BrowserStorage browserOf(UI ui) {
        return new LearnerState.BrowserStorage() {
            @Override
            public void save(LearnerSettings settings) {
                ui.getPage().executeJs(SAVE, STORAGE_KEY, "settings", json.writeValueAsString(settings));
            }

            @Override
            public void save(LessonProgress progress) {
                ui.getPage().executeJs(SAVE, STORAGE_KEY, progress.lesson().value(),
                        json.writeValueAsString(progress));
            }
        };
    }

    /** Damaged or old storage is no reason to stop learning: each part that cannot be read is left out. */
    private BrowserKept read(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return BrowserKept.EMPTY;
        }
        JsonNode root;
        try {
            root = json.readTree(stored);
        } catch (JacksonException e) {
            log.debug("Ignoring damaged lesson storage in a browser: {}", e.getMessage());
            return BrowserKept.EMPTY;
        }
        LearnerSettings settings = LearnerSettings.DEFAULTS;
        try {
            if (root.has("settings")) {
                settings = json.treeToValue(root.get("settings"), LearnerSettings.class);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            log.debug("Ignoring damaged lesson settings in a browser: {}", e.getMessage());
        }
        Map<String, LessonProgress> progress = new HashMap<>();
        JsonNode lessons = root.get("progress");
        if (lessons != null && lessons.isObject()) {
            lessons.properties().forEach(entry -> {
                try {
                    LessonProgress one = json.treeToValue(entry.getValue(), LessonProgress.class);
                    if (one.lesson().value().equals(entry.getKey())) {
                        progress.put(entry.getKey(), one);
                    }
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                    log.debug("Ignoring damaged progress for {} in a browser: {}", entry.getKey(), e.getMessage());
                }
            });
        }
        return new BrowserKept(settings == null ? LearnerSettings.DEFAULTS : settings, progress);
    }

    /** What a visitor's browser keeps: their settings and their progress per lesson id. */
    record BrowserKept(LearnerSettings settings, Map<String, LessonProgress> progress) {

        static final BrowserKept EMPTY = new BrowserKept(LearnerSettings.DEFAULTS, Map.of());
    }
}
