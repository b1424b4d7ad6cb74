package org.guildhall.shell;

import java.util.Set;

import com.vaadin.flow.component.Component;

/**
 * A block of the home page that a module contributes for the roles it serves. The shell knows no module; modules
 * register panels as Spring beans, so each role's home page grows as features land.
 */
public abstract class HomePanel {

    private final int order;
    private final Set<String> audience;

    /**
     * @param order    position on the home page; lower comes first
     * @param audience role names (without the {@code ROLE_} prefix) that see this panel
     */
    protected HomePanel(int order, String... audience) {
        this.order = order;
        this.audience = Set.of(audience);
    }

    public final Set<String> audience() {
        return audience;
    }

    public final int order() {
        return order;
    }

    /** A fresh component for one page view. */
    public abstract Component render();
}
