package org.guildhall.portfolio.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.shell.PanelCard;

/** The candidate's experience-route portfolios, one card each, linking to the portfolio itself. */
@Route("portfolio")
@PageTitle("portfolio.title.my-portfolios")
@Menu(order = 17, icon = "vaadin:briefcase", title = "portfolio.menu.my-portfolios")
@RolesAllowed({Role.Names.MEMBER, Role.Names.APPLICANT})
final class MyPortfoliosView extends VerticalLayout {

    MyPortfoliosView(PortfolioService portfolios, Clock clock) {
        setId("my-portfolios");
        addClassName("gh-page");
        var mine = portfolios.myPortfolios();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.mine.none")));
            return;
        }
        var cards = new Div();
        cards.addClassName("gh-panels");
        mine.forEach(portfolio -> cards.add(card(portfolio, clock)));
        add(cards);
    }

    private PanelCard card(PortfolioDetails portfolio, Clock clock) {
        var status = new Span(getTranslation(portfolio.status().descriptionKey()));
        status.addClassName("gh-badge");
        status.addClassName(portfolio.status().isEditable() ? "gh-badge-no" : "gh-badge-yes");
        var card = new PanelCard("portfolio-card-" + portfolio.id(), getTranslation("portfolio.mine.card.title",
                portfolio.designationCode()), status,
                new Paragraph(getTranslation("portfolio.mine.card.version", portfolio.current().number(),
                        portfolio.openedAt().atZone(clock.getZone()).toLocalDate())));
        card.add(new Anchor("portfolio/" + portfolio.id(), getTranslation(portfolio.status().isEditable()
                ? "portfolio.mine.card.continue" : "portfolio.mine.card.open")));
        return card;
    }
}
