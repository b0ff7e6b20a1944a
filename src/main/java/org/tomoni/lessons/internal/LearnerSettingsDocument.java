package org.tomoni.lessons.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LearnerSettings;

@Document(LearnerSettingsDocument.COLLECTION)
record LearnerSettingsDocument(@Id String person, @Nullable Device device, boolean furigana, boolean easyJapanese,
                               double speechRate) {

    static final String COLLECTION = "lessons_learners";

    LearnerSettings toSettings() {
        return new LearnerSettings(device, furigana, easyJapanese, speechRate);
    }
}
