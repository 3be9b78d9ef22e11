package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.accord.identity.AccordUser;

/** Frame of every signed-in page: navigation built from {@code @Menu}, the user and sign-out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, org.accord.identity.IdentityService identity,
               org.accord.notification.NotificationService notifications, NotificationUpdates notificationUpdates) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(UiText.t("common.menu-toggle"));
        addToNavbar(skipLink(), toggle, pageTitle(), searchBox());
        auth.getAuthenticatedUser(AccordUser.class).ifPresent(u ->
                addToNavbar(new NotificationBell(notifications, notificationUpdates, u.userId())));
        addToNavbar(new LanguageSelect(identity));
        addToDrawer(brand(), new Scroller(sideNav()), userBox(auth));
    }

    /**
     * The first thing a keyboard reaches: jumps past the navigation to the page's own content (its {@code <main>}),
     * visible only while focused.
     */
    private static Component skipLink() {
        Anchor skip = new Anchor("#main-content", UiText.t("common.skip-to-content"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                + "const main = document.querySelector('main'); "
                + "if (main) { main.setAttribute('tabindex', '-1'); main.focus(); } });");
        return skip;
    }

    private static Component pageTitle() {
        Span title = new Span("Accord");
        title.addClassName("navbar-title");
        return title;
    }

    /** The global search box; "/" or Ctrl+K focuses it from anywhere, Enter searches. */
    private static Component searchBox() {
        com.vaadin.flow.component.textfield.TextField box = new com.vaadin.flow.component.textfield.TextField();
        box.setId("global-search");
        box.setPlaceholder(UiText.t("common.search.placeholder"));
        box.setAriaLabel(UiText.t("common.search.label"));
        box.setPrefixComponent(new Icon("vaadin", "search"));
        box.setClearButtonVisible(true);
        box.addClassName("global-search");
        box.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> box.getUI().ifPresent(ui -> ui.navigate(SearchView.class,
                com.vaadin.flow.router.QueryParameters.of("q", box.getValue()))));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(box, (com.vaadin.flow.server.Command) box::focus,
                com.vaadin.flow.component.Key.KEY_K, com.vaadin.flow.component.KeyModifier.CONTROL);
        // "/" focuses search only when the reader is not typing somewhere else (a clause, a comment).
        box.getElement().executeJs("""
                if (!window.accordSearchKey) {
                  window.accordSearchKey = true;
                  document.addEventListener('keydown', e => {
                    const t = e.composedPath()[0];
                    const typing = t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
                    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
                      e.preventDefault();
                      const input = document.querySelector('#global-search input');
                      if (input) { input.focus(); }
                    }
                  });
                }""");
        return box;
    }

    private static Component brand() {
        Div brand = new Div(new Span("Accord"), new Span(UiText.t("common.tagline")));
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setLabel(UiText.t("common.main-navigation"));
        MenuConfiguration.getMenuEntries().forEach(e -> nav.addItem(item(e)));
        return nav;
    }

    /** Menu titles come from {@code @Menu}; their text is the bundle's {@code menu.<title as a slug>}. */
    private static SideNavItem item(MenuEntry e) {
        String title = UiText.t("menu." + e.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        return e.icon() == null ? new SideNavItem(title, e.path()) : new SideNavItem(title, e.path(), new Icon(e.icon()));
    }

    private static Component userBox(AuthenticationContext auth) {
        Div box = new Div();
        box.addClassName("user-box");
        auth.getAuthenticatedUser(AccordUser.class).ifPresent(u -> {
            Span name = new Span(u.displayName());
            name.addClassName("user-name");
            Button signOut = new Button(UiText.t("common.sign-out"), click -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(name, signOut);
        });
        return box;
    }
}
