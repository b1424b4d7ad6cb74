package org.guildhall.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.guildhall.certification.CertificationService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** Members: the designations they hold, each with its status and how long it stands. */
@org.springframework.stereotype.Component
final class CertificationHomePanel extends HomePanel {

    private final CertificationService certifications;

    CertificationHomePanel(CertificationService certifications) {
        super(8, Role.Names.MEMBER);
        this.certifications = certifications;
    }

    @Override
    public Component render() {
        var mine = certifications.myCertifications();
        var card = new PanelCard("panel-certifications", "Your certifications");
        if (mine.isEmpty()) {
            card.add(new Paragraph("You hold no designation yet. The exam route needs two years in a customer-service "
                    + "role; the experience route five years in management or CRM."));
            return card.withLink("See your route to a designation", "certification/route");
        }
        mine.forEach(certification -> {
            var line = new Div(new Span(certification.designationCode() + " "), StatusBadge.of(certification.status()),
                    new Span(" " + (certification.status().isCurrent() ? "valid until " : "was valid until ")
                            + Formats.date(certification.cycle().lastValidDay())));
            line.setId("panel-certification-" + certification.id());
            card.add(line);
        });
        return card.withLink("My certifications", "certification/mine");
    }
}
