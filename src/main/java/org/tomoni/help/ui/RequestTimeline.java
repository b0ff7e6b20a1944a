package org.tomoni.help.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import org.tomoni.help.Rating;
import org.tomoni.help.TimelineEntry;

/** Everything that happened to a request, oldest first: when, what, who, and the short fact that goes with it. */
class RequestTimeline extends OrderedList {

    /** A wave's entry: "2:3" is the second wave, three volunteers asked. */
    private static final Pattern WAVE = Pattern.compile("(\\d+):(\\d+)");

    RequestTimeline(List<TimelineEntry> timeline, QueueWords words) {
        addClassName("request-timeline");
        for (TimelineEntry entry : timeline) {
            Span when = new Span(words.time(entry.at()));
            when.addClassName("timeline-time");
            Span what = new Span(words.happening(entry.what()));
            what.addClassName("timeline-what");
            // Real spaces between the parts, not only margins: screen readers and copied text keep words apart.
            ListItem item = new ListItem(when, new Text(" "), what);
            if (!entry.who().isEmpty()) {
                item.add(new Text(" "), new Span(words.translate("help.queue.timeline.who", entry.who())));
            }
            if (!entry.detail().isEmpty()) {
                Span detail = new Span(words.translate("help.queue.timeline.detail", detail(entry, words)));
                detail.addClassName("timeline-detail");
                item.add(new Text(" "), detail);
            }
            add(item);
        }
        if (timeline.isEmpty()) {
            add(new ListItem(words.translate("help.queue.timeline.empty")));
        }
    }

    /**
     * The detail is a short fact in no language (a wave and a count, a coordinator's name, a reason code, a rating):
     * the ones the help module writes are put into words; anything else is shown as it is.
     */
    static String detail(TimelineEntry entry, QueueWords words) {
        String detail = entry.detail();
        Matcher wave = WAVE.matcher(detail);
        return switch (entry.what()) {
            case OFFERED -> wave.matches()
                    ? words.translate("help.queue.timeline.wave", Integer.parseInt(wave.group(1)),
                            Integer.parseInt(wave.group(2)))
                    : words.translate("help.queue.timeline.by", detail);
            case ASSIGNED, RELEASED, CANCELLED -> words.translate("help.queue.timeline.by", detail);
            case NOBODY_FOUND -> detail.chars().allMatch(Character::isDigit)
                    ? words.translate("help.queue.timeline.after-wave", Integer.parseInt(detail)) : detail;
            case ESCALATED -> switch (detail) {
                case "waves", "nobody" -> words.translate("help.queue.timeline.escalated." + detail);
                default -> detail;
            };
            case RATED -> detail.chars().allMatch(Character::isDigit)
                    ? Rating.ofNumber(Integer.parseInt(detail))
                            .map(rating -> words.translate("help.queue.rating."
                                    + rating.name().toLowerCase(Locale.ROOT).replace('_', '-')))
                            .orElse(detail)
                    : detail;
            default -> detail;
        };
    }
}
