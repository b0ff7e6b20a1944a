package org.tomoni.volunteers.ui;

import com.vaadin.flow.component.Component;
import org.tomoni.volunteers.TrackRecord;

/**
 * A volunteer's track record in words — requests seen through, time given, and what learners said — for the
 * volunteer's own page and the coordinators' list alike.
 */
final class TrackRecordText {

    private TrackRecordText() {
    }

    static String helped(Component words, TrackRecord record) {
        return words.getTranslation("volunteers.record.helped", record.helped());
    }

    static String time(Component words, TrackRecord record) {
        return words.getTranslation("volunteers.record.time", record.minutesHelped() / 60,
                record.minutesHelped() % 60);
    }

    static String ratings(Component words, TrackRecord record) {
        return record.ratings() == 0 ? words.getTranslation("volunteers.record.no-ratings")
                : words.getTranslation("volunteers.record.ratings", record.helpedWell(), record.helpedALittle(),
                record.didNotHelp());
    }

    /** All three on one line, for a table row. */
    static String summary(Component words, TrackRecord record) {
        return helped(words, record) + " · " + time(words, record) + " · " + ratings(words, record);
    }
}
