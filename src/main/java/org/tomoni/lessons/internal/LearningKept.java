package org.tomoni.lessons.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonDeleted;
import org.tomoni.accounts.PersonalDataSection;
import org.tomoni.lessons.LearnerSettings;
import org.tomoni.lessons.LessonProgress;

/** A learner's progress and lesson settings: part of "download my data", and gone with their account. */
@Component
class LearningKept implements PersonalDataSection {

    private final ProgressStore store;

    LearningKept(ProgressStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "lessons";
    }

    @Override
    public Object dataOf(Person person) {
        return new Kept(store.settingsOf(person.id()), store.allOf(person.id()));
    }

    @EventListener
    void on(PersonDeleted deleted) {
        store.forget(deleted.person());
    }

    record Kept(LearnerSettings settings, List<LessonProgress> progress) {
    }
}
