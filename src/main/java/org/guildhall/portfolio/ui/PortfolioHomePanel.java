package org.guildhall.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
            return new PanelCard("panel-portfolio", text("portfolio.home.title"),
                    new Paragraph(text("portfolio.home.intro")));
        }
        var latest = mine.getFirst();
        return new PanelCard("panel-portfolio", text("portfolio.mine.card.title", latest.designationCode()),
                new Paragraph(text("portfolio.home.status", text(latest.status().descriptionKey()),
                        latest.current().number())))
                .withLink(text("portfolio.home.open"), "portfolio/" + latest.id());
    }

    private static String text(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
