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
import org.tomoni.help.Offer;

/**
 * Who was asked, in which wave, with which reply code, when, and what became of it. The code is shown because a
 * volunteer who rings the coordinator quotes it ("I answered YES 4821").
 */
class OffersTable extends Div {

    private static final String[] COLUMNS = {"volunteer", "wave", "code", "sent", "state"};

    OffersTable(List<Offer> offers, QueueWords words) {
        addClassName("offers");
        if (offers.isEmpty()) {
            add(new Paragraph(words.translate("help.queue.offers.none")));
            return;
        }
        NativeTableRow header = new NativeTableRow();
        for (String column : COLUMNS) {
            header.add(new NativeTableHeaderCell(words.translate("help.queue.offers.column." + column)));
        }
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(header);
        NativeTableBody body = new NativeTableBody();
        for (Offer offer : offers) {
            NativeTableCell[] cells = {
                    new NativeTableCell(offer.volunteerName()),
                    new NativeTableCell(offer.wave() == 0 ? words.translate("help.queue.offers.by-hand")
                            : words.translate("help.queue.offers.wave", offer.wave())),
                    new NativeTableCell(offer.code()),
                    new NativeTableCell(words.time(offer.sentAt())),
                    new NativeTableCell(words.offerState(offer.state()))};
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < cells.length; i++) {
                cells[i].getElement().setAttribute("data-label",
                        words.translate("help.queue.offers.column." + COLUMNS[i]));
                row.add(cells[i]);
            }
            body.addRows(row);
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassNames("data-table", "queue-table");
        add(table);
    }
}
