package org.guildhall.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.guildhall.certification.CertificationService;
import org.guildhall.identity.Role;
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
        var card = new PanelCard("panel-certifications", text("certification.home.mine.title"));
        if (mine.isEmpty()) {
            card.add(new Paragraph(text("certification.home.mine.none")));
            return card.withLink(text("certification.home.mine.route"), "certification/route");
        }
        mine.forEach(certification -> {
            var line = new Div(new Span(certification.designationCode() + " "), StatusBadge.of(certification.status()),
                    new Span(" " + text(certification.status().isCurrent() ? "certification.home.mine.valid-until"
                            : "certification.home.mine.was-valid-until", certification.cycle().lastValidDay())));
            line.setId("panel-certification-" + certification.id());
            card.add(line);
        });
        return card.withLink(text("certification.home.mine.link"), "certification/mine");
    }

    private static String text(String key, Object... arguments) {
        return PublicCredentialFacts.text(key, arguments);
    }
}
