package org.tomoni.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tomoni.accounts.AuditEntry;
import org.tomoni.accounts.AuditLog;
import org.tomoni.accounts.Role;

/** The newest 200 entries of the audit log, for administrators, optionally of one kind. */
@Route("audit")
@Menu(order = 70, title = "nav.audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private static final int SHOWN = 200;
    /** Tomoni's people are in Japan; the log shows their local time. */
    private static final ZoneId TIME_ZONE = ZoneId.of("Asia/Tokyo");

    private final AuditLog auditLog;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Select<Optional<AuditEntry.Action>> action = new Select<>();
    private final Div entries = new Div();

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassNames("page", "audit-log");
        action.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(Optional.<AuditEntry.Action>empty()),
                java.util.Arrays.stream(AuditEntry.Action.values()).map(Optional::of)).toList());
        action.setValue(Optional.empty());
        action.addValueChangeListener(change -> show());
        add(heading, lead, action, entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.audit.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.audit.heading"));
        lead.setText(getTranslation("accounts.audit.lead", SHOWN));
        action.setLabel(getTranslation("accounts.audit.filter"));
        action.setItemLabelGenerator(choice -> choice.map(this::actionName)
                .orElseGet(() -> getTranslation("accounts.audit.all")));
        show();
    }

    private void show() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(TIME_ZONE);
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("accounts.audit.when")),
                new NativeTableHeaderCell(getTranslation("accounts.audit.who")),
                new NativeTableHeaderCell(getTranslation("accounts.audit.what")),
                new NativeTableHeaderCell(getTranslation("accounts.audit.detail")),
                new NativeTableHeaderCell(getTranslation("accounts.audit.address"))));
        NativeTableBody body = new NativeTableBody();
        for (AuditEntry entry : auditLog.newest(SHOWN, action.getValue().orElse(null))) {
            body.addRows(new NativeTableRow(
                    new NativeTableCell(time.format(entry.at())),
                    new NativeTableCell(entry.actorName().isEmpty() ? getTranslation("accounts.audit.nobody")
                            : entry.actorName()),
                    new NativeTableCell(actionName(entry.action())),
                    new NativeTableCell(entry.detail()),
                    new NativeTableCell(entry.clientAddress())));
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        entries.removeAll();
        entries.add(table);
    }

    private String actionName(AuditEntry.Action value) {
        return getTranslation("accounts.audit.action." + value.name().toLowerCase());
    }
}
