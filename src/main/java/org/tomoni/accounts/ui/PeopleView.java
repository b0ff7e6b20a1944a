package org.tomoni.accounts.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.Invitation;
import org.tomoni.accounts.Invitations;
import org.tomoni.accounts.Organisation;
import org.tomoni.accounts.OrganisationId;
import org.tomoni.accounts.People;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.Role;

/**
 * People for administrators (everyone, with their roles) and coordinators (their area: approve new volunteers),
 * and invitations for new coordinators and teachers.
 */
@Route("people")
@Menu(order = 60, title = "nav.people")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
class PeopleView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final People people;
    private final Invitations invitations;
    private final boolean admin;
    private final H1 heading = new H1();
    private final Select<RoleFilter> roleFilter = new Select<>();
    private final TextField search = new TextField();
    private final Paragraph count = new Paragraph();
    private final Div list = new Div();
    private final Section invite = new Section();
    private final Paragraph status = new Paragraph();
    private final Div recent = new Div();

    PeopleView(People people, Invitations invitations, CurrentPerson currentPerson) {
        this.people = people;
        this.invitations = invitations;
        this.admin = currentPerson.signedIn().map(person -> person.has(Role.ADMIN)).orElse(false);
        addClassNames("page", "people");
        roleFilter.setItems(RoleFilter.values());
        roleFilter.setValue(RoleFilter.ALL);
        roleFilter.addValueChangeListener(change -> showPeople());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> showPeople());
        search.setClearButtonVisible(true);
        count.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");
        Div filters = new Div(roleFilter, search);
        filters.addClassName("filters");
        invite.addClassName("account-section");
        add(heading, filters, count, status, list, invite);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.people.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.people.heading"));
        roleFilter.setLabel(getTranslation("accounts.people.filter-role"));
        roleFilter.setItemLabelGenerator(filter -> filter.role == null ? getTranslation("accounts.people.everyone")
                : getTranslation("accounts.role." + filter.role.name().toLowerCase()));
        search.setLabel(getTranslation("accounts.people.search"));
        showPeople();
        showInvitations();
    }

    private void showPeople() {
        List<Person> found = people.visibleToMe(roleFilter.getValue().role, search.getValue());
        count.setText(getTranslation("accounts.people.count", found.size()));
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("accounts.demo.name")),
                new NativeTableHeaderCell(getTranslation("accounts.account.roles")),
                new NativeTableHeaderCell(getTranslation("accounts.people.state")),
                new NativeTableHeaderCell(getTranslation("accounts.people.actions"))));
        NativeTableBody body = new NativeTableBody();
        found.forEach(person -> body.addRows(row(person)));
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        list.removeAll();
        list.add(table);
    }

    private NativeTableRow row(Person person) {
        String roles = person.roles().stream()
                .map(role -> getTranslation("accounts.role." + role.name().toLowerCase()))
                .sorted().collect(Collectors.joining(", "));
        String state = person.vetting() == Person.Vetting.AWAITING ? getTranslation("accounts.people.awaiting")
                : person.vetting() == Person.Vetting.APPROVED ? getTranslation("accounts.people.approved") : "";
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (person.vetting() == Person.Vetting.AWAITING) {
            Button approve = new Button(getTranslation("accounts.people.approve"), click -> {
                people.approveVolunteer(person.id());
                status.setText(getTranslation("accounts.people.approved-now", person.name()));
                showPeople();
            });
            approve.setAriaLabel(getTranslation("accounts.people.approve-named", person.name()));
            actions.add(approve);
        }
        if (admin) {
            actions.add(roleEditor(person));
        }
        return new NativeTableRow(new NativeTableCell(person.name()), new NativeTableCell(roles),
                new NativeTableCell(state), new NativeTableCell(actions));
    }

    /** Administrators change roles with one checkbox per role; a change applies at once and is logged. */
    private Div roleEditor(Person person) {
        Div editor = new Div();
        editor.addClassName("role-editor");
        Map<OrganisationId, Organisation> organisations = people.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        for (Role role : List.of(Role.VOLUNTEER, Role.ADMIN)) {
            Checkbox box = new Checkbox(getTranslation("accounts.role." + role.name().toLowerCase()),
                    person.has(role));
            box.setAriaLabel(getTranslation("accounts.people.role-for", getTranslation(
                    "accounts.role." + role.name().toLowerCase()), person.name()));
            box.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                try {
                    if (change.getValue()) {
                        people.grant(person.id(), role, null);
                    } else {
                        people.revoke(person.id(), role);
                    }
                    status.setText(getTranslation("accounts.people.roles-changed", person.name()));
                } catch (IllegalStateException lastAdmin) {
                    box.setValue(true);
                    status.setText(getTranslation("accounts.people.last-admin"));
                }
            });
            editor.add(box);
        }
        if (person.organisation() != null && organisations.containsKey(person.organisation())) {
            editor.add(new Paragraph(organisations.get(person.organisation()).name()));
        }
        return editor;
    }

    private void showInvitations() {
        invite.removeAll();
        invite.add(new H2(getTranslation("accounts.invite.heading")),
                new Paragraph(getTranslation("accounts.invite.lead")));
        TextField name = new TextField(getTranslation("accounts.invite.name"));
        name.addClassName("wide-field");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.invite.role"));
        role.setItems(Role.COORDINATOR, Role.TEACHER);
        role.setValue(Role.TEACHER);
        role.setItemLabelGenerator(each -> getTranslation("accounts.role." + each.name().toLowerCase()));
        Select<Organisation> organisation = new Select<>();
        organisation.setLabel(getTranslation("accounts.invite.organisation"));
        List<Organisation> choices = people.organisations();
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(Organisation::name);
        if (!choices.isEmpty()) {
            organisation.setValue(choices.getFirst());
        }
        Div link = new Div();
        link.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("accounts.invite.create"), click -> {
            if (organisation.getValue() == null) {
                organisation.setErrorMessage(getTranslation("accounts.error.organisation-needed"));
                organisation.setInvalid(true);
                return;
            }
            if (name.getValue().isBlank()) {
                Fields.showError(name, getTranslation("accounts.error.name-needed"));
                name.focus();
                return;
            }
            Fields.showError(name, "");
            Invitation created = invitations.invite(name.getValue(), role.getValue(),
                    organisation.getValue().id());
            link.removeAll();
            link.add(new Paragraph(getTranslation("accounts.invite.created", created.inviteeName())),
                    linkText(created));
            name.clear();
            showRecentInvitations();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.add(name, role, organisation, Fields.actions(create), link, recent);
        showRecentInvitations();
    }

    /** Who was invited lately, and whether they have joined: the links themselves are never shown again. */
    private void showRecentInvitations() {
        recent.removeAll();
        List<Invitation> found = invitations.recent();
        if (found.isEmpty()) {
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Asia/Tokyo"));
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("accounts.demo.name")),
                new NativeTableHeaderCell(getTranslation("accounts.invite.role")),
                new NativeTableHeaderCell(getTranslation("accounts.invite.state"))));
        NativeTableBody body = new NativeTableBody();
        Instant now = Instant.now();
        for (Invitation invitation : found) {
            String state = invitation.acceptedAt() != null ? getTranslation("accounts.invite.accepted")
                    : invitation.expiresAt().isBefore(now) ? getTranslation("accounts.invite.expired")
                    : getTranslation("accounts.invite.open-until", date.format(invitation.expiresAt()));
            body.addRows(new NativeTableRow(new NativeTableCell(invitation.inviteeName()),
                    new NativeTableCell(getTranslation("accounts.role." + invitation.role().name().toLowerCase())),
                    new NativeTableCell(state)));
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        recent.add(new H3(getTranslation("accounts.invite.recent")), table);
    }

    private TextField linkText(Invitation invitation) {
        TextField field = new TextField(getTranslation("accounts.invite.link"));
        field.setValue(invitation.link() == null ? "" : invitation.link().toString());
        field.setReadOnly(true);
        field.addClassName("wide-field");
        return field;
    }

    private enum RoleFilter {
        ALL(null),
        LEARNER(Role.LEARNER),
        VOLUNTEER(Role.VOLUNTEER),
        COORDINATOR(Role.COORDINATOR),
        TEACHER(Role.TEACHER),
        ADMIN(Role.ADMIN);

        private final @Nullable Role role;

        RoleFilter(@Nullable Role role) {
            this.role = role;
        }
    }
}
