package org.guildhall.cpd.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.guildhall.cpd.EvidenceWarning;

/**
 * What the text of an activity's evidence does not show (ISACA's "compliant documentation"), under a sentence
 * that says what it means for the reader: the member may add a clearer certificate, the registrar checks by eye.
 */
final class EvidenceWarningList {

    private EvidenceWarningList() {
    }

    /** The warnings under their introduction, in a box with this id; an empty box when there are none. */
    static Div of(String id, String introKey, List<EvidenceWarning> warnings) {
        var box = new Div();
        box.setId(id);
        if (warnings.isEmpty()) {
            return box;
        }
        var ui = UI.getCurrent();
        var list = new UnorderedList();
        warnings.forEach(warning -> list.add(new ListItem(ui.getTranslation(warning.key()))));
        box.add(new Paragraph(ui.getTranslation(introKey)), list);
        box.addClassNames("gh-card", "gh-evidence-warnings");
        return box;
    }
}
