package org.tomoni.help.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.tomoni.help.Considered;

/**
 * "Why this volunteer": everyone matching looked at, best first. A volunteer who may be asked shows their score and
 * its three parts; one who may not shows the reason in plain words, so a coordinator can fix the cause (a profile,
 * a pause) rather than guess.
 */
class WhyVolunteersTable extends Div {

    WhyVolunteersTable(List<Considered> considered, QueueWords words) {
        addClassName("why-volunteers");
        if (considered.isEmpty()) {
            add(new Paragraph(words.translate("help.queue.why.nobody")));
            return;
        }
        String[] columns = {"volunteer", "distance", "asked", "score"};
        NativeTableRow header = new NativeTableRow();
        for (String column : columns) {
            header.add(new NativeTableHeaderCell(words.translate("help.queue.why.column." + column)));
        }
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(header);
        NativeTableBody body = new NativeTableBody();
        for (Considered each : considered) {
            NativeTableCell[] cells = {
                    new NativeTableCell(each.name().isEmpty() ? words.translate("help.queue.why.other-area")
                            : each.name()),
                    new NativeTableCell(words.km(each.km())),
                    new NativeTableCell(each.exclusion()
                            .map(reason -> words.translate("help.queue.why.not-asked", words.exclusion(reason)))
                            .orElseGet(() -> words.translate("help.queue.why.may-be-asked"))),
                    new NativeTableCell(each.exclusion().isPresent() ? words.translate("help.queue.why.no-score")
                            : words.translate("help.queue.why.score", QueueWords.points(each.score()),
                                    QueueWords.points(each.nearness()), QueueWords.points(each.fairness()),
                                    QueueWords.points(each.record())))};
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < cells.length; i++) {
                cells[i].getElement().setAttribute("data-label", words.translate("help.queue.why.column." + columns[i]));
                row.add(cells[i]);
            }
            if (each.exclusion().isPresent()) {
                row.addClassName("excluded");
            }
            body.addRows(row);
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassNames("data-table", "queue-table");
        add(table);
    }
}
