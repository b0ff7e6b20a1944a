package org.tomoni.help.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.tomoni.help.TimelineEntry;

/** Everything that happened to a request, oldest first: when, what, who, and the short fact that goes with it. */
class RequestTimeline extends OrderedList {

    RequestTimeline(List<TimelineEntry> timeline, QueueWords words) {
        addClassName("request-timeline");
        for (TimelineEntry entry : timeline) {
            Span when = new Span(words.time(entry.at()));
            when.addClassName("timeline-time");
            Span what = new Span(words.happening(entry.what()));
            what.addClassName("timeline-what");
            ListItem item = new ListItem(when, what);
            if (!entry.who().isEmpty()) {
                item.add(new Span(words.translate("help.queue.timeline.who", entry.who())));
            }
            if (!entry.detail().isEmpty()) {
                Span detail = new Span(words.translate("help.queue.timeline.detail", entry.detail()));
                detail.addClassName("timeline-detail");
                item.add(detail);
            }
            add(item);
        }
        if (timeline.isEmpty()) {
            add(new ListItem(words.translate("help.queue.timeline.empty")));
        }
    }
}
