package org.guildhall.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** Members and applicants: what the designations ask of them, from the catalogue itself. */
@org.springframework.stereotype.Component
final class CatalogueHomePanel extends HomePanel {

    private final DesignationCatalogue catalogue;

    CatalogueHomePanel(DesignationCatalogue catalogue) {
        super(30, Role.Names.MEMBER, Role.Names.APPLICANT);
        this.catalogue = catalogue;
    }

    @Override
    public Component render() {
        var designations = catalogue.all();
        var card = new PanelCard("panel-designations", text("certification.home.catalogue.title"),
                new Paragraph(text("certification.home.catalogue.intro", designations.size())));
        for (DesignationLevel level : DesignationLevel.values()) {
            var codes = designations.stream().filter(d -> d.level() == level).map(DesignationSummary::code).toList();
            if (!codes.isEmpty()) {
                var credits = designations.stream().filter(d -> d.level() == level)
                        .map(d -> String.valueOf(d.cpdHoursPerCycle())).distinct().toList();
                card.add(new Paragraph(text("certification.home.catalogue.level", text(level.labelKey()),
                        String.join(", ", codes), String.join(" / ", credits))));
            }
        }
        return card.withLink(text("certification.home.catalogue.link"), "designations");
    }

    private static String text(String key, Object... arguments) {
        return PublicCredentialFacts.text(key, arguments);
    }
}
