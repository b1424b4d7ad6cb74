package org.guildhall.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Each role's home page: a greeting and the panels the modules contribute for the signed-in person's roles.
 */
@Route("")
@PageTitle("shell.home.title")
@Menu(order = 0, icon = "vaadin:home", title = "shell.home.title")
@PermitAll
final class HomeView extends VerticalLayout {

    HomeView(AuthenticationContext authenticationContext, List<HomePanel> panels) {
        setId("home");
        addClassName("gh-page");
        var name = PortalUser.current(authenticationContext)
                .map(PortalUser::displayName).orElse("");
        var greeting = new H2(getTranslation("shell.home.welcome", firstName(name)));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(roleSummary(authenticationContext)));

        var grid = new Div();
        grid.addClassName("gh-panels");
        panels.stream()
                .filter(panel -> authenticationContext.hasAnyRole(panel.audience()))
                .sorted(Comparator.comparingInt(HomePanel::order))
                .forEach(panel -> grid.add(panel.render()));
        add(grid);
    }

    private static String firstName(String fullName) {
        int space = fullName.indexOf(' ');
        return space > 0 ? fullName.substring(0, space) : fullName;
    }

    private String roleSummary(AuthenticationContext context) {
        var roles = context.getGrantedRoles().stream().sorted()
                .map(role -> getTranslation("shell.role." + role.toLowerCase(Locale.ROOT))).toList();
        return getTranslation("shell.home.signed-in-as", String.join(", ", roles));
    }
}
