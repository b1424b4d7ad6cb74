package org.guildhall.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries for the signed-in person, worked out once per set of roles. Which views a person may
 * open depends only on their roles (every view's access is a role annotation), but Vaadin's
 * {@link MenuConfiguration#getMenuEntries()} checks each route against the whole route registry again, which made
 * the navigation of each new page cost a quadratic walk over the routes at every sign-in.
 */
@Component
class MenuByRoles {

    private final Map<Set<String>, List<MenuEntry>> entriesByRoles = new ConcurrentHashMap<>();

    List<MenuEntry> entries() {
        return entriesByRoles.computeIfAbsent(rolesOfSignedIn(), roles -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static Set<String> rolesOfSignedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }
}
