package org.tomoni.accounts.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.People;
import org.tomoni.accounts.Role;
import org.tomoni.shell.Language;

/**
 * The wards and towns Tomoni serves, each with its centre, from which volunteers' distances are measured.
 * Administrators add areas; a coordinator keeps their own area's names and centre right.
 */
@Route("areas")
@Menu(order = 65, title = "nav.areas")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
class AreasView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final People people;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();
    private final Button add = new Button();

    AreasView(People people) {
        this.people = people;
        addClassNames("page", "areas");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        // After a save the table is redrawn: the keyboard continues at the message.
        status.getElement().setAttribute("tabindex", "-1");
        add.addClickListener(click -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(heading, lead, status, list, add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.areas.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.areas.heading"));
        lead.setText(getTranslation("accounts.areas.lead"));
        add.setText(getTranslation("accounts.areas.add"));
        add.setVisible(people.canChangeArea(null));
        show();
    }

    private void show() {
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("accounts.areas.name-en")),
                new NativeTableHeaderCell(getTranslation("accounts.areas.name-ja")),
                new NativeTableHeaderCell(getTranslation("accounts.areas.centre")),
                new NativeTableHeaderCell(getTranslation("accounts.people.actions"))));
        NativeTableBody body = new NativeTableBody();
        List<Area> areas = people.areas();
        for (Area area : areas) {
            Div actions = new Div();
            actions.addClassName("row-actions");
            if (people.canChangeArea(area.id())) {
                Button change = new Button(getTranslation("accounts.areas.change"), click -> edit(area));
                change.setAriaLabel(getTranslation("accounts.areas.change-named", area.nameEnglish()));
                actions.add(change);
            }
            NativeTableCell japanese = new NativeTableCell(area.nameJapanese());
            japanese.getElement().setAttribute("lang", "ja");
            body.addRows(new NativeTableRow(new NativeTableCell(area.nameEnglish()), japanese,
                    new NativeTableCell(String.format(Locale.ROOT, "%.4f, %.4f", area.latitude(), area.longitude())),
                    new NativeTableCell(actions)));
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        list.removeAll();
        list.add(table);
    }

    private void edit(@Nullable Area area) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(area == null ? "accounts.areas.add" : "accounts.areas.change-named",
                area == null ? "" : area.nameEnglish()));
        TextField english = new TextField(getTranslation("accounts.areas.name-en"));
        TextField japanese = new TextField(getTranslation("accounts.areas.name-ja"));
        japanese.getElement().setAttribute("lang", "ja");
        NumberField latitude = coordinate("accounts.areas.latitude", -90, 90);
        NumberField longitude = coordinate("accounts.areas.longitude", -180, 180);
        Paragraph where = new Paragraph(getTranslation("accounts.areas.centre-help"));
        Checkbox homeVisits = new Checkbox(getTranslation("accounts.areas.home-visits"));
        if (area != null) {
            homeVisits.setValue(area.homeVisits());
            english.setValue(area.nameEnglish());
            japanese.setValue(area.nameJapanese());
            latitude.setValue(area.latitude());
            longitude.setValue(area.longitude());
        }
        for (TextField name : List.of(english, japanese)) {
            name.setRequiredIndicatorVisible(true);
            name.setErrorMessage(getTranslation("accounts.areas.name-needed"));
            name.addClassName("wide-field");
        }
        Button save = new Button(getTranslation("accounts.areas.save"), click -> {
            english.setInvalid(english.getValue().isBlank());
            japanese.setInvalid(japanese.getValue().isBlank());
            latitude.setInvalid(latitude.getValue() == null || latitude.isInvalid());
            longitude.setInvalid(longitude.getValue() == null || longitude.isInvalid());
            if (english.isInvalid() || japanese.isInvalid() || latitude.isInvalid() || longitude.isInvalid()) {
                return;
            }
            Area saved = people.saveArea(area == null ? null : area.id(), english.getValue(), japanese.getValue(),
                    latitude.getValue(), longitude.getValue(), homeVisits.getValue());
            dialog.close();
            status.setText(getTranslation("accounts.areas.saved",
                    saved.name(Language.of(getLocale()).orElse(Language.ENGLISH))));
            show();
            status.getElement().callJsFunction("focus");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(english, japanese, where, latitude, longitude, homeVisits);
        dialog.getFooter().add(new Button(getTranslation("accounts.areas.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private NumberField coordinate(String key, double min, double max) {
        NumberField field = new NumberField(getTranslation(key));
        field.setMin(min);
        field.setMax(max);
        field.setStep(0.0001);
        field.setRequiredIndicatorVisible(true);
        field.setErrorMessage(getTranslation(key + ".range", (int) min, (int) max));
        field.addClassName("wide-field");
        return field;
    }
}
