package org.guildhall.appeals;

import java.util.List;

import org.guildhall.shared.Text;

/** An assessor the registrar might put on an appeal panel, with every reason they may not (none: they may). */
public record AppealPanelOption(long accountId, String name, List<Text> exclusions) {

    public AppealPanelOption {
        exclusions = List.copyOf(exclusions);
    }

    public boolean eligible() {
        return exclusions.isEmpty();
    }
}
