package org.tomoni.help.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.tomoni.help.HelpQueue;

/**
 * The three numbers a coordinator looks at first: open, waiting for a helper, escalated. Label before number, so
 * it reads the same in both languages ("Escalated 2", 「対応が必要 2」).
 */
class QueueCounts extends UnorderedList {

    private final Span openLabel = new Span();
    private final Span waitingLabel = new Span();
    private final Span escalatedLabel = new Span();
    private final Span open = number();
    private final Span waiting = number();
    private final Span escalated = number();
    private final ListItem escalatedItem = item(escalatedLabel, escalated);

    QueueCounts() {
        addClassName("queue-counts");
        add(item(openLabel, open), item(waitingLabel, waiting), escalatedItem);
    }

    void translate(QueueWords words) {
        getElement().setAttribute("aria-label", words.translate("help.queue.counts.label"));
        openLabel.setText(words.translate("help.queue.counts.open"));
        waitingLabel.setText(words.translate("help.queue.counts.waiting"));
        escalatedLabel.setText(words.translate("help.queue.counts.escalated"));
    }

    void show(HelpQueue.Counts counts) {
        open.setText(Integer.toString(counts.open()));
        waiting.setText(Integer.toString(counts.waiting()));
        escalated.setText(Integer.toString(counts.escalated()));
        // Escalated requests need a person now: the box stands out, by its border as well as its colour.
        escalatedItem.setClassName("needs-you", counts.escalated() > 0);
    }

    private static ListItem item(Span label, Span number) {
        label.addClassName("queue-count-label");
        ListItem item = new ListItem(label, number);
        item.addClassName("queue-count");
        return item;
    }

    private static Span number() {
        Span number = new Span("0");
        number.addClassName("queue-count-number");
        return number;
    }
}
