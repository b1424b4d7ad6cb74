package org.guildhall.shell;

import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * A block of the home page that a module contributes for the roles it serves. The shell knows no module; modules
 * register panels as Spring beans, so each role's home page grows as features land.
 */
public interface HomePanel {

    /** Role names (without the {@code ROLE_} prefix) that see this panel. */
    Set<String> audience();

    /** Position on the home page; lower comes first. */
    int order();

    /** A fresh component for one page view. */
    Component render();
}
