package org.tomoni.volunteers.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.Role;
import org.tomoni.lessons.Skill;
import org.tomoni.volunteers.Volunteer;
import org.tomoni.volunteers.Volunteers;

/**
 * The volunteers a coordinator looks after (an administrator: all), with where each stands and what they can help
 * with; approve a new volunteer, pause one, keep a note.
 */
@Route("volunteers")
@Menu(order = 55, title = "nav.volunteers")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@StyleSheet("styles/volunteers.css")
class VolunteersView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private static final int COORDINATOR_PAUSE_DAYS = 7;

    private final Volunteers volunteers;
    private final H1 heading = new H1();
    private final Select<Volunteer.Standing> standing = new Select<>();
    private final Select<Skill> skill = new Select<>();
    private final TextField name = new TextField();
    private final Paragraph count = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    VolunteersView(Volunteers volunteers) {
        this.volunteers = volunteers;
        addClassNames("page", "volunteers");
        // No choice means everyone: the empty entry stands first in each list.
        standing.setItems(Volunteer.Standing.values());
        standing.setEmptySelectionAllowed(true);
        skill.setItems(Skill.values());
        skill.setEmptySelectionAllowed(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        standing.addValueChangeListener(change -> show());
        skill.addValueChangeListener(change -> show());
        name.addValueChangeListener(change -> show());
        count.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        // The table is redrawn after each action: the keyboard continues at the message saying what was done.
        status.getElement().setAttribute("tabindex", "-1");
        Div filters = new Div(standing, skill, name);
        filters.addClassName("filters");
        add(heading, filters, count, status, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.list.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("volunteers.list.heading"));
        standing.setLabel(getTranslation("volunteers.list.standing"));
        standing.setEmptySelectionCaption(getTranslation("volunteers.list.everyone"));
        standing.setItemLabelGenerator(state -> state == null ? getTranslation("volunteers.list.everyone")
                : standingName(state));
        skill.setLabel(getTranslation("volunteers.list.skill"));
        skill.setEmptySelectionCaption(getTranslation("volunteers.list.any-skill"));
        // Select asks for the empty entry's label too, with null.
        skill.setItemLabelGenerator(each -> each == null ? getTranslation("volunteers.list.any-skill")
                : getTranslation("lessons.skill." + each.code()));
        name.setLabel(getTranslation("volunteers.list.name"));
        show();
    }

    private void show() {
        Volunteers.Filter filter = new Volunteers.Filter(standing.getValue(), skill.getValue(), name.getValue());
        List<Volunteer> found = volunteers.visibleToMe(filter);
        count.setText(getTranslation("volunteers.list.count", found.size()));
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("volunteers.list.name")),
                new NativeTableHeaderCell(getTranslation("volunteers.list.standing")),
                new NativeTableHeaderCell(getTranslation("volunteers.list.helps-with")),
                new NativeTableHeaderCell(getTranslation("volunteers.list.note")),
                new NativeTableHeaderCell(getTranslation("volunteers.list.actions"))));
        NativeTableBody body = new NativeTableBody();
        Instant now = Instant.now();
        found.forEach(volunteer -> body.addRows(row(volunteer, now)));
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        list.removeAll();
        list.add(table);
    }

    private NativeTableRow row(Volunteer volunteer, Instant now) {
        Volunteer.Standing state = volunteer.standingAt(now);
        String helps = volunteer.profile().skills().stream()
                .map(each -> getTranslation("lessons.skill." + each.code())).sorted()
                .collect(Collectors.joining(", "));
        String languages = volunteer.profile().languages().stream()
                .map(language -> getTranslation("volunteers.language." + language.tag())).sorted()
                .collect(Collectors.joining(", "));
        String reach = volunteer.profile().travelKm() == 0 ? getTranslation("volunteers.profile.travel.none")
                : getTranslation("volunteers.profile.travel.km", volunteer.profile().travelKm());
        if (volunteer.profile().helpsByPhone()) {
            reach += " · " + getTranslation("volunteers.list.by-phone");
        }
        NativeTableCell helpsCell = new NativeTableCell(new Div(helps.isEmpty() ? "—" : helps),
                new Div(languages + " · " + reach));
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (state == Volunteer.Standing.AWAITING_CHECK) {
            actions.add(named(new Button(getTranslation("volunteers.list.approve"), click ->
                    done(() -> volunteers.approve(volunteer.id()), "volunteers.list.approved", volunteer)),
                    "volunteers.list.approve-named", volunteer));
        }
        if (state == Volunteer.Standing.HELD) {
            actions.add(named(new Button(getTranslation("volunteers.list.end-pause"), click ->
                    done(() -> volunteers.pause(volunteer.id(), 0), "volunteers.list.pause-ended", volunteer)),
                    "volunteers.list.end-pause-named", volunteer));
        } else if (state != Volunteer.Standing.AWAITING_CHECK) {
            actions.add(named(new Button(getTranslation("volunteers.list.pause"), click ->
                    done(() -> volunteers.pause(volunteer.id(), COORDINATOR_PAUSE_DAYS), "volunteers.list.paused",
                            volunteer)), "volunteers.list.pause-named", volunteer));
        }
        actions.add(named(new Button(getTranslation("volunteers.list.edit-note"), click -> editNote(volunteer)),
                "volunteers.list.edit-note-named", volunteer));
        // The track record under the name: coordinators choose and thank people by it, and no extra column
        // has to fit a narrow screen.
        Div record = new Div(TrackRecordText.summary(this, volunteer.record()));
        record.addClassName("track-record");
        return new NativeTableRow(new NativeTableCell(new Div(volunteer.name()), record),
                new NativeTableCell(standingName(state)),
                helpsCell, new NativeTableCell(volunteer.note()), new NativeTableCell(actions));
    }

    private void editNote(Volunteer volunteer) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteers.list.note-for", volunteer.name()));
        TextArea note = new TextArea(getTranslation("volunteers.list.note"));
        note.setValue(volunteer.note());
        note.setMaxLength(2_000);
        note.setHelperText(getTranslation("volunteers.list.note-help"));
        note.addClassName("wide-field");
        Button save = new Button(getTranslation("volunteers.list.save-note"), click -> {
            volunteers.note(volunteer.id(), note.getValue());
            dialog.close();
            status.setText(getTranslation("volunteers.list.note-saved", volunteer.name()));
            show();
            status.getElement().callJsFunction("focus");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("volunteers.list.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void done(Runnable change, String key, Volunteer volunteer) {
        change.run();
        status.setText(getTranslation(key, volunteer.name()));
        show();
        status.getElement().callJsFunction("focus");
    }

    private Button named(Button button, String key, Volunteer volunteer) {
        button.setAriaLabel(getTranslation(key, volunteer.name()));
        return button;
    }

    private String standingName(Volunteer.@Nullable Standing state) {
        return state == null ? "" : getTranslation("volunteers.list.standing." + state.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
    }
}
