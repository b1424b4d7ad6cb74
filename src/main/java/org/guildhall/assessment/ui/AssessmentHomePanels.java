package org.guildhall.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.ReviewService;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.guildhall.shell.Formats;

/** The reviewer workspace's blocks on the home pages. */
final class AssessmentHomePanels {

    private AssessmentHomePanels() {
    }

    /** Assessors: portfolios to score, and how many are overdue. */
    @org.springframework.stereotype.Component
    static final class ReviewQueue extends HomePanel {
        private final ReviewService reviews;

        ReviewQueue(ReviewService reviews) {
            super(8, Role.Names.ASSESSOR);
            this.reviews = reviews;
        }

        @Override
        public Component render() {
            var open = reviews.myQueue().stream().filter(s -> s.status() != PanelStatus.DECIDED).toList();
            long overdue = open.stream().filter(s -> s.overdue()).count();
            var figures = new Div(PanelCard.figure("queue-open", open.size(),
                    Formats.noun(open.size(), "portfolio", "portfolios") + " on your panels"),
                    PanelCard.figure("queue-overdue", overdue, "overdue"));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-review-queue", "Your review queue", figures)
                    .withLink("Open the review queue", "review");
        }
    }

    /** Registrars: submitted portfolios waiting for a panel. */
    @org.springframework.stereotype.Component
    static final class AwaitingPanels extends HomePanel {
        private final PanelService panels;

        AwaitingPanels(PanelService panels) {
            super(12, Role.Names.REGISTRAR);
            this.panels = panels;
        }

        @Override
        public Component render() {
            int awaiting = panels.awaitingPanel().size();
            int atWork = panels.openPanels().size();
            var figures = new Div(PanelCard.figure("portfolios-awaiting", awaiting,
                    Formats.noun(awaiting, "portfolio", "portfolios") + " waiting for a panel"),
                    PanelCard.figure("panels-open", atWork, Formats.noun(atWork, "panel", "panels") + " at work"));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-panels", "Assessment panels", figures)
                    .withLink("Manage panels", "registrar/panels");
        }
    }
}
