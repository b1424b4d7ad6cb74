package org.guildhall.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import org.guildhall.shared.Text;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every signed-in page. The side navigation lists only the views the signed-in person may open:
 * {@link MenuConfiguration} already filters menu entries by each view's access annotations. Each view sits in the
 * page's one {@code main} landmark, and the first Tab stop is a link that skips the navigation to it (WCAG 2.4.1).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    static final String MAIN_CONTENT_ID = "main-content";

    private final H1 viewTitle = new H1();
    private final Main main = new Main();

    MainLayout(AuthenticationContext authenticationContext, MenuByRoles menu) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("gh-view-title");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        addToNavbar(skipLink(), toggle, viewTitle);
        addToDrawer(brand(), new Scroller(navigation(menu)), userMenu());
        main.setId(MAIN_CONTENT_ID);
        main.addClassName("gh-main");
        // Focusable from the skip link only, not a Tab stop of its own.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldView) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getPageTitle());
    }

    /**
     * The title of the view shown, for the header and the browser tab: its {@code @PageTitle} (else its
     * {@code @Menu} title), a key translated into the user's language, or a sentence shown as it is until the
     * view's module is converted. Vaadin asks the route chain for a dynamic title, so every view in this layout
     * gets its title translated here without implementing anything.
     */
    @Override
    public String getPageTitle() {
        return main.getChildren().findFirst().map(MainLayout::titleOf).orElse("");
    }

    /** Not {@code MenuConfiguration.getPageHeader}: it asks the route chain, and so this layout, again. */
    private static String titleOf(Component view) {
        if (view instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        var pageTitle = view.getClass().getAnnotation(PageTitle.class);
        var menu = view.getClass().getAnnotation(Menu.class);
        String title = pageTitle != null ? pageTitle.value() : menu != null ? menu.title() : "";
        return title.isEmpty() ? "" : translated(title);
    }

    /** A menu or page title: a key of a bundle, or (in a module not yet converted) the words themselves. */
    static String translated(String title) {
        return Translated.text(Text.of(title));
    }

    /**
     * Moves focus to the view itself. The click is handled in the browser: the portal's base address would make
     * a plain {@code #main-content} link navigate to another page.
     */
    private Anchor skipLink() {
        var skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("shell.skip-to-content"));
        skip.addClassName("gh-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " document.getElementById($0).focus(); })", MAIN_CONTENT_ID);
        return skip;
    }

    private Header brand() {
        var mark = new Image("images/guildhall-mark.svg", "");
        mark.addClassName("gh-brand-mark");
        var name = new Span("Guildhall");
        name.addClassName("gh-brand-name");
        var tagline = new Span(getTranslation("shell.brand.tagline"));
        tagline.addClassName("gh-brand-tagline");
        var text = new Div(name, tagline);
        text.addClassName("gh-brand-text");
        var home = new Anchor("", mark, text);
        home.addClassName("gh-brand");
        return new Header(home);
    }

    private static SideNav navigation(MenuByRoles menu) {
        var nav = new SideNav();
        nav.addClassName("gh-nav");
        menu.entries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(translated(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Footer userMenu() {
        var footer = new Footer();
        footer.addClassName("gh-user");
        PortalUser.current(authenticationContext).ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            var menu = new MenuBar();
            menu.setId("user-menu");
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            var account = menu.addItem(new Div(avatar, new Span(user.displayName())));
            account.getSubMenu().addItem(getTranslation("shell.user.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
            account.getSubMenu().addItem(getTranslation("shell.user.sign-out"), e -> authenticationContext.logout());
            footer.add(menu);
        });
        return footer;
    }
}
