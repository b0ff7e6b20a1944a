package org.tomoni.help.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.PersonId;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.HelpRequestId;
import org.tomoni.help.HelpStatus;

/**
 * The queue as a table, one row per request. It is redrawn every few seconds, so rows are changed in place and
 * moved only when the order changes: the keyboard focus (on a row's "Open" button) stays where the person left it.
 */
class RequestList extends Div {

    private static final String[] COLUMNS = {"learner", "topic", "how", "status", "escalated", "asked", "helper",
            "actions"};

    private final Consumer<HelpRequestId> onOpen;
    private final NativeTableHeader head = new NativeTableHeader();
    private final NativeTableBody body = new NativeTableBody();
    private final NativeTable table = new NativeTable(head, body);
    private final Paragraph empty = new Paragraph();
    private final Map<HelpRequestId, Row> rows = new LinkedHashMap<>();
    private QueueWords words;
    /** Nothing to compare with yet: what the page shows first is not news. */
    private boolean shownBefore;

    RequestList(QueueWords words, Consumer<HelpRequestId> onOpen) {
        this.words = words;
        this.onOpen = onOpen;
        addClassName("queue-list");
        table.addClassNames("data-table", "queue-table");
        empty.addClassName("queue-empty");
        add(table, empty);
    }

    /** A new language: every text is drawn again (the one time focus may move). */
    void translate(QueueWords newWords) {
        words = newWords;
        NativeTableRow header = new NativeTableRow();
        for (String column : COLUMNS) {
            header.add(new NativeTableHeaderCell(words.translate("help.queue.column." + column)));
        }
        head.removeAllRows();
        head.addRows(header);
        empty.setText(words.translate("help.queue.empty"));
        rows.clear();
        body.removeAllRows();
        shownBefore = false;
    }

    /**
     * Shows these requests in this order.
     *
     * @return what changed since the last call, for the page to announce
     */
    Changes show(List<HelpRequest> requests, Instant now) {
        Changes changes = new Changes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<HelpRequestId, HelpRequest> wanted = new LinkedHashMap<>();
        requests.forEach(request -> wanted.put(request.id(), request));
        for (var gone : List.copyOf(rows.entrySet())) {
            if (!wanted.containsKey(gone.getKey())) {
                changes.gone().add(gone.getValue().shown);
                body.remove(gone.getValue().element);
                rows.remove(gone.getKey());
            }
        }
        int index = 0;
        for (HelpRequest request : wanted.values()) {
            Row row = rows.get(request.id());
            if (row == null) {
                row = new Row(request);
                rows.put(request.id(), row);
                changes.added().add(request);
            } else if (!Signature.of(row.shown).equals(Signature.of(request))) {
                changes.changed().add(new Change(row.shown, request));
            }
            row.update(request, now);
            int at = index++;
            if (at >= body.getElement().getChildCount()
                    || !body.getElement().getChild(at).equals(row.element.getElement())) {
                body.getElement().insertChild(at, row.element.getElement());
            }
        }
        table.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        boolean first = !shownBefore;
        shownBefore = true;
        return first ? new Changes(List.of(), List.of(), List.of()) : changes;
    }

    /**
     * @param added   requests that came into the list
     * @param changed requests whose status, escalation or helper changed
     * @param gone    requests that left the list (as last shown)
     */
    record Changes(List<HelpRequest> added, List<Change> changed, List<HelpRequest> gone) {

        boolean none() {
            return added.isEmpty() && changed.isEmpty() && gone.isEmpty();
        }
    }

    record Change(HelpRequest before, HelpRequest after) {

        boolean escalatedNow() {
            return after.escalated() && !before.escalated();
        }
    }

    /** What makes a change worth telling: not the age, which changes every minute. */
    private record Signature(HelpStatus status, boolean escalated, @Nullable PersonId helper) {

        static Signature of(HelpRequest request) {
            return new Signature(request.status(), request.escalated(),
                    request.helper() == null ? null : request.helper().id());
        }
    }

    private final class Row {

        final NativeTableRow element = new NativeTableRow();
        final NativeTableCell[] cells = new NativeTableCell[COLUMNS.length];
        final Button open = new Button();
        HelpRequest shown;

        Row(HelpRequest request) {
            shown = request;
            HelpRequestId id = request.id();
            open.addClickListener(click -> onOpen.accept(id));
            for (int i = 0; i < COLUMNS.length; i++) {
                cells[i] = new NativeTableCell();
                // On a narrow screen the table becomes one card per request; the label says what each line is.
                cells[i].getElement().setAttribute("data-label", words.translate("help.queue.column." + COLUMNS[i]));
                element.add(cells[i]);
            }
            cells[COLUMNS.length - 1].add(open);
            cells[COLUMNS.length - 1].getElement().removeAttribute("data-label");
        }

        void update(HelpRequest request, Instant now) {
            shown = request;
            fill(0, named(request));
            fill(1, new Span(words.topic(request.topic())));
            fill(2, new Span(words.way(request.way())), new Span(words.when(request.when())));
            fill(3, new Span(words.status(request.status())));
            fill(4, escalation(request.escalated()));
            String age = words.age(request.createdAt(), now);
            fill(5, new Span(age));
            fill(6, new Span(request.helper() == null ? words.translate("help.queue.no-helper")
                    : request.helper().name()));
            open.setText(words.translate("help.queue.open"));
            // The visible word comes first in the name (WCAG 2.5.3), then which request it opens.
            open.setAriaLabel(words.translate("help.queue.open-named", request.learnerName(), age));
        }

        private Component named(HelpRequest request) {
            Div name = new Div(new Span(request.learnerName()));
            if (request.kind() == HelpKind.SCAM_CHECK) {
                Span urgent = new Span(words.kind(request.kind()));
                urgent.addClassNames("queue-badge", "urgent");
                name.add(urgent);
            }
            return name;
        }

        private Component escalation(boolean escalated) {
            Span flag = new Span(words.translate(escalated ? "help.queue.escalated.yes" : "help.queue.escalated.no"));
            if (escalated) {
                flag.addClassNames("queue-badge", "needs-you");
            }
            return flag;
        }

        /** Replaces a cell's content only when its text differs, so an unchanged row sends nothing to the browser. */
        private void fill(int column, Component... content) {
            NativeTableCell cell = cells[column];
            String before = cell.getElement().getTextRecursively();
            StringBuilder after = new StringBuilder();
            for (Component each : content) {
                after.append(each.getElement().getTextRecursively());
            }
            if (cell.getChildren().findAny().isPresent() && Objects.equals(before, after.toString())) {
                return;
            }
            cell.removeAll();
            for (Component each : content) {
                cell.add(new Div(each));
            }
        }
    }
}
