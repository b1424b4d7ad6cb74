package org.guildhall.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** Candidates on the experience route: where their portfolio stands. */
@org.springframework.stereotype.Component
final class PortfolioHomePanel extends HomePanel {

    private final PortfolioService portfolios;

    PortfolioHomePanel(PortfolioService portfolios) {
        super(20, Role.Names.MEMBER, Role.Names.APPLICANT);
        this.portfolios = portfolios;
    }

    @Override
    public Component render() {
        var mine = portfolios.myPortfolios();
        if (mine.isEmpty()) {
            return new PanelCard("panel-portfolio", "Experience-route portfolio",
                    new Paragraph("Seasoned professionals can earn a designation on their work experience: a "
                            + "portfolio of key projects, evidence and references, judged by a panel."));
        }
        var latest = mine.getFirst();
        return new PanelCard("panel-portfolio", latest.designationCode() + " portfolio",
                new Paragraph(latest.status().description() + " (version " + latest.current().number() + ")."))
                .withLink("Open your portfolio", "portfolio/" + latest.id());
    }
}
