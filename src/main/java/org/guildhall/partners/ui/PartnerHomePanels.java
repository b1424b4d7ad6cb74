package org.guildhall.partners.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.identity.Role;
import org.guildhall.partners.PartnerCourseService;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/**
 * Approved courses on the home page of the registrar, admins and anyone acting for a partner (who holds no role of
 * their own, so the panel asks the service whether the page is theirs and shows nothing to others).
 */
@org.springframework.stereotype.Component
final class PartnerHomePanels extends HomePanel {

    private final PartnerCourseService service;

    PartnerHomePanels(PartnerCourseService service) {
        super(40, Role.Names.ALL);
        this.service = service;
    }

    @Override
    public Component render() {
        if (!service.mayManageCourses()) {
            var nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        var text = new Paragraph();
        return new PanelCard("panel-partner-courses", text.getTranslation("partners.home.title"),
                new Paragraph(text.getTranslation("partners.home.text")))
                .withLink(text.getTranslation("partners.home.open"), "partners/courses");
    }
}
