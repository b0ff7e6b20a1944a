package org.tomoni.help.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.tomoni.volunteers.TrackRecord;

/**
 * What the volunteer has done so far, beside the requests it came from: a thank-you as much as a figure. The
 * volunteers' own pages show the same record in their words.
 */
final class TrackRecordFacts extends Div {

    TrackRecordFacts(TrackRecord record) {
        H2 heading = new H2(getTranslation("help.record.heading"));
        heading.setId("track-record-heading");
        long hours = record.minutesHelped() / 60;
        long minutes = record.minutesHelped() % 60;
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("help.record.helped", record.helped())),
                new ListItem(getTranslation("help.record.time", hours, minutes)),
                new ListItem(record.ratings() == 0 ? getTranslation("help.record.no-ratings")
                        : getTranslation("help.record.ratings", record.helpedWell(), record.helpedALittle(),
                        record.didNotHelp())));
        facts.addClassName("record-facts");
        add(heading, facts);
    }
}
