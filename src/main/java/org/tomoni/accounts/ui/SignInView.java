package org.tomoni.accounts.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tomoni.accounts.CurrentPerson;
import org.tomoni.accounts.DemoSignIns;
import org.tomoni.accounts.DemoSignIns.DemoSignIn;

/**
 * The way in, one door per kind of person: seniors and volunteers by mobile phone, students by class code, staff by
 * e-mail. In the demo, the people to try are listed with their sign-in.
 */
@Route("sign-in")
@AnonymousAllowed
public class SignInView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

    private final CurrentPerson currentPerson;
    private final List<DemoSignIn> demoPeople;
    private final H1 heading = new H1();
    private final Paragraph lead = new Paragraph();
    private final UnorderedList ways = new UnorderedList();
    private final Paragraph newHere = new Paragraph();
    private final Div demo = new Div();
    private final Paragraph notice = new Paragraph();
    private boolean accountDeleted;

    SignInView(CurrentPerson currentPerson, DemoSignIns demoSignIns) {
        this.currentPerson = currentPerson;
        this.demoPeople = demoSignIns.all();
        addClassNames("page", "sign-in");
        lead.addClassName("lead");
        ways.addClassName("path-cards");
        demo.addClassName("demo-people");
        notice.addClassName("notice");
        notice.getElement().setAttribute("role", "status");
        add(heading, notice, lead, ways, newHere, demo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentPerson.signedIn().ifPresent(person -> event.forwardTo(MyAccountView.class));
        accountDeleted = event.getLocation().getQueryParameters().getParameters().containsKey("deleted");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.sign-in.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("accounts.sign-in.heading"));
        lead.setText(getTranslation("accounts.sign-in.lead"));
        notice.setText(accountDeleted ? getTranslation("accounts.sign-in.account-deleted") : "");
        ways.removeAll();
        ways.add(card(PhoneSignInView.class, "accounts.sign-in.phone"),
                card(ClassSignInView.class, "accounts.sign-in.class"),
                card(EmailSignInView.class, "accounts.sign-in.email"));
        newHere.removeAll();
        RouterLink join = new RouterLink(getTranslation("accounts.sign-in.join"), SignUpView.class);
        join.addClassName("back-link");
        newHere.add(new Span(getTranslation("accounts.sign-in.new-here") + " "), join);
        demo.removeAll();
        if (!demoPeople.isEmpty()) {
            demo.add(new H2(getTranslation("accounts.demo.heading")),
                    new Paragraph(getTranslation("accounts.demo.lead")), demoTable());
        }
    }

    private ListItem card(Class<? extends Component> view, String key) {
        RouterLink link = new RouterLink(view);
        link.addClassName("path-card");
        Span title = new Span(getTranslation(key));
        title.addClassName("path-card-title");
        Span text = new Span(getTranslation(key + ".description"));
        text.addClassName("path-card-text");
        link.add(title, text);
        return new ListItem(link);
    }

    private NativeTable demoTable() {
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("accounts.demo.role")),
                new NativeTableHeaderCell(getTranslation("accounts.demo.name")),
                new NativeTableHeaderCell(getTranslation("accounts.demo.how"))));
        NativeTableBody body = new NativeTableBody();
        for (DemoSignIn person : demoPeople) {
            body.addRows(new NativeTableRow(
                    new NativeTableCell(getTranslation("accounts.role." + person.role().name().toLowerCase())),
                    new NativeTableCell(person.name()),
                    new NativeTableCell(howToSignIn(person))));
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("data-table");
        return table;
    }

    private String howToSignIn(DemoSignIn person) {
        if (person.classCode() != null) {
            List<String> pictures = person.pictures().stream()
                    .map(picture -> getTranslation(PictureNames.key(picture)))
                    .toList();
            return getTranslation("accounts.demo.how.class", person.classCode(), String.join(" → ", pictures));
        }
        if (person.email() != null && person.phone() != null) {
            return getTranslation("accounts.demo.how.email-or-phone", person.email(), person.password(),
                    person.phone());
        }
        if (person.email() != null) {
            return getTranslation("accounts.demo.how.email", person.email(), person.password());
        }
        return getTranslation("accounts.demo.how.phone", person.phone(), person.pin());
    }
}
