package org.tomoni.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * What a newcomer sees first: what Tomoni is, in two sentences, and the paths that exist. A path is a navigation
 * entry of a feature module, so it appears here the day that feature ships and never before.
 */
@Route("")
@Menu(order = 0, title = "nav.home")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final H1 heading = new H1();
    private final Paragraph whatItIs = new Paragraph();
    private final Paragraph whoItIsFor = new Paragraph();
    private final H2 pathsHeading = new H2();
    private final UnorderedList paths = new UnorderedList();

    private final PagePreferences pagePreferences;

    HomeView(PagePreferences pagePreferences) {
        this.pagePreferences = pagePreferences;
        addClassNames("page", "home");
        whatItIs.addClassName("lead");
        pathsHeading.setId("home-paths");
        paths.addClassName("path-cards");
        paths.getElement().setAttribute("aria-labelledby", "home-paths");
        add(heading, whatItIs, whoItIsFor, pathsHeading, paths);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("home.heading"));
        whatItIs.setText(getTranslation("home.what-it-is"));
        whoItIsFor.setText(getTranslation("home.who-it-is-for"));
        pathsHeading.setText(getTranslation("home.paths.heading"));
        paths.removeAll();
        for (MenuEntry entry : MainLayout.menuEntries()) {
            if (entry.menuClass() != null && entry.menuClass() != HomeView.class) {
                paths.add(featureCard(entry));
            }
        }
        paths.add(preferencesCard());
    }

    private ListItem featureCard(MenuEntry entry) {
        RouterLink link = new RouterLink();
        link.setRoute(entry.menuClass());
        link.addClassName("path-card");
        link.add(cardTitle(getTranslation(entry.title())), cardText(getTranslation(entry.title() + ".description")));
        return new ListItem(link);
    }

    private ListItem preferencesCard() {
        Button open = new Button();
        open.addClassName("path-card");
        Div content = new Div(cardTitle(getTranslation("home.paths.preferences")),
                cardText(getTranslation("home.paths.preferences.description")));
        open.getElement().appendChild(content.getElement());
        open.addClickListener(click -> PreferencesDialog.openOn(UI.getCurrent(), pagePreferences));
        return new ListItem(open);
    }

    private static Span cardTitle(String text) {
        Span title = new Span(text);
        title.addClassName("path-card-title");
        return title;
    }

    private static Span cardText(String text) {
        Span description = new Span(text);
        description.addClassName("path-card-text");
        return description;
    }
}
