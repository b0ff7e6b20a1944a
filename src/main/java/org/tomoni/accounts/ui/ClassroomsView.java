package org.tomoni.accounts.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tomoni.accounts.Classroom;
import org.tomoni.accounts.Classrooms;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;

/**
 * A teacher's classes: the class code to write on the board, the students who sign in with it, and a reset for a
 * student who forgot their pictures.
 */
@Route("classes")
@Menu(order = 50, title = "nav.classes")
@RolesAllowed(Role.Names.TEACHER)
class ClassroomsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final Classrooms classrooms;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final Div classes = new Div();
    private final Paragraph status = new Paragraph();
    private final TextField newClass = new TextField();
    private final Button create = new Button();

    ClassroomsView(Classrooms classrooms) {
        this.classrooms = classrooms;
        addClassNames("page", "classrooms");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        newClass.addClassName("wide-field");
        newClass.setMaxLength(60);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> createClass());
        Section createSection = new Section(newClass, Fields.actions(create));
        createSection.addClassName("account-section");
        add(heading, lead, status, classes, createSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.classes.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.classes.heading"));
        lead.setText(getTranslation("accounts.classes.lead"));
        newClass.setLabel(getTranslation("accounts.classes.new-class"));
        create.setText(getTranslation("accounts.classes.create"));
        show();
    }

    private void show() {
        classes.removeAll();
        List<Classroom> mine = classrooms.mine();
        if (mine.isEmpty()) {
            classes.add(new Paragraph(getTranslation("accounts.classes.none")));
        }
        mine.forEach(classroom -> classes.add(classSection(classroom)));
    }

    private Section classSection(Classroom classroom) {
        Span code = new Span(classroom.classCode());
        code.addClassName("class-code");
        Paragraph codeLine = new Paragraph(new Span(getTranslation("accounts.classes.code") + " "), code);

        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("accounts.demo.name")),
                new NativeTableHeaderCell(getTranslation("accounts.classes.pictures")),
                new NativeTableHeaderCell(getTranslation("accounts.people.actions"))));
        NativeTableBody body = new NativeTableBody();
        for (Person student : classrooms.students(classroom.id())) {
            Button reset = new Button(getTranslation("accounts.classes.reset"), click -> {
                classrooms.resetPictures(classroom.id(), student.id());
                status.setText(getTranslation("accounts.classes.reset-done", student.name()));
            });
            reset.setAriaLabel(getTranslation("accounts.classes.reset-named", student.name()));
            body.addRows(new NativeTableRow(new NativeTableCell(student.name()),
                    new NativeTableCell(getTranslation(student.hasPictures() ? "accounts.classes.pictures-chosen"
                            : "accounts.classes.pictures-not-chosen")),
                    new NativeTableCell(reset)));
        }
        NativeTable students = new NativeTable(head, body);
        students.addClassName("data-table");

        TextField name = new TextField(getTranslation("accounts.classes.student-name"));
        name.setMaxLength(60);
        name.addClassName("wide-field");
        Button add = new Button(getTranslation("accounts.classes.add-student"), click -> {
            if (name.getValue().isBlank()) {
                Fields.showError(name, getTranslation("accounts.error.name-needed"));
                name.focus();
                return;
            }
            Person added = classrooms.addStudent(classroom.id(), name.getValue());
            status.setText(getTranslation("accounts.classes.student-added", added.name()));
            show();
        });
        Section section = new Section(new H2(classroom.name()), codeLine, students, name, Fields.actions(add));
        section.addClassName("account-section");
        return section;
    }

    private void createClass() {
        if (newClass.getValue().isBlank()) {
            Fields.showError(newClass, getTranslation("accounts.error.name-needed"));
            newClass.focus();
            return;
        }
        Fields.showError(newClass, "");
        Classroom created = classrooms.create(newClass.getValue());
        newClass.clear();
        status.setText(getTranslation("accounts.classes.created", created.name(), created.classCode()));
        show();
    }
}
