package org.tomoni.shell.ui;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.tomoni.shell.HeaderItem;
import org.tomoni.shell.Language;
import org.tomoni.shell.Preferences;

/**
 * The frame of every page: a skip link, a header with the name, the navigation and the two things a person may need
 * anywhere (their language, and the preferences), the page itself in the one {@code <main>}, and a footer.
 * <p>
 * Feature views join the navigation by carrying {@code @Menu(title = "<translation key>")}; the layout never
 * names them.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver, LocaleChangeObserver {

    static final String MAIN_ID = "main-content";

    private final Anchor skipLink = new Anchor("#" + MAIN_ID);
    private final RouterLink brand = new RouterLink();
    private final Span brandName = new Span();
    private final Span brandTagline = new Span();
    private final Nav nav = new Nav();
    private final UnorderedList navList = new UnorderedList();
    private final Button languageSwitch = new Button();
    private final Button preferences = new Button(VaadinIcon.COG_O.create());
    private final Main main = new Main();
    private final Paragraph footerText = new Paragraph();
    private final PagePreferences pagePreferences;

    MainLayout(PagePreferences pagePreferences, ObjectProvider<HeaderItem> headerItems) {
        this.pagePreferences = pagePreferences;
        addClassName("tomoni-shell");

        skipLink.addClassName("skip-link");
        // A same-page jump: the browser, not the router, must follow it so focus lands in <main>.
        skipLink.getElement().setAttribute("router-ignore", true);

        brand.setRoute(HomeView.class);
        brand.addClassName("brand");
        brandName.addClassName("brand-name");
        brandTagline.addClassName("brand-tagline");
        brand.add(brandName, brandTagline);

        nav.addClassName("main-nav");
        nav.add(navList);

        languageSwitch.addClassName("language-switch");
        languageSwitch.addClickListener(click -> switchLanguage());
        preferences.addClassName("preferences-button");
        preferences.addClickListener(click -> PreferencesDialog.openOn(UI.getCurrent(), pagePreferences));

        Div actions = new Div(languageSwitch, preferences);
        headerItems.orderedStream().forEach(item -> actions.add(item.create()));
        actions.addClassName("header-actions");
        Div headerBar = new Div(brand, actions);
        headerBar.addClassName("header-bar");
        Header header = new Header(headerBar, nav);
        header.addClassName("site-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer(footerText);
        footer.addClassName("site-footer");

        add(skipLink, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        markCurrentPage(event.getLocation().getPath());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        skipLink.setText(getTranslation("shell.skip-to-content"));
        brandName.setText(getTranslation("shell.brand"));
        brandTagline.setText(getTranslation("shell.tagline"));
        brand.getElement().setAttribute("aria-label", getTranslation("shell.home-link"));
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        preferences.setText(getTranslation("preferences.open"));
        footerText.setText(getTranslation("shell.footer"));
        Language other = otherLanguage();
        languageSwitch.setText(getTranslation(LanguageNames.key(other)));
        languageSwitch.getElement().setAttribute("lang", other.tag());
        buildNavigation();
        refreshTitle(event.getUI());
    }

    private void buildNavigation() {
        navList.removeAll();
        for (MenuEntry entry : menuEntries()) {
            if (entry.menuClass() != null) {
                navList.add(new ListItem(new RouterLink(getTranslation(entry.title()), entry.menuClass())));
            }
        }
        markCurrentPage(UI.getCurrent().getActiveViewLocation().getPath());
    }

    /** Tells screen readers which entry is the page being shown, not only sighted people (by its colour). */
    private void markCurrentPage(String location) {
        navList.getChildren()
                .flatMap(item -> item.getChildren())
                .filter(RouterLink.class::isInstance)
                .map(RouterLink.class::cast)
                .forEach(link -> {
                    if (link.getHref().equals(location)) {
                        link.getElement().setAttribute("aria-current", "page");
                    } else {
                        link.getElement().removeAttribute("aria-current");
                    }
                });
    }

    static List<MenuEntry> menuEntries() {
        return MenuConfiguration.getMenuEntries();
    }

    private Language otherLanguage() {
        Language current = pagePreferences.of(UI.getCurrent()).language();
        return current == Language.ENGLISH ? Language.JAPANESE : Language.ENGLISH;
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        Preferences current = pagePreferences.of(ui);
        pagePreferences.change(ui, current.withLanguage(otherLanguage()));
    }

    /** Vaadin sets the title only on navigation; a language change must re-title the page too. */
    private static void refreshTitle(UI ui) {
        ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(HasDynamicTitle.class::isInstance)
                .map(HasDynamicTitle.class::cast)
                .findFirst()
                .ifPresent(target -> ui.getPage().setTitle(target.getPageTitle()));
    }
}
