package org.guildhall.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.guildhall.assessment.PanelQueues;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.guildhall.shared.Text;
import org.guildhall.shell.Translated;

/** The reviewer workspace's blocks on the home pages. */
final class AssessmentHomePanels {

    private AssessmentHomePanels() {
    }

    private static String text(String key, Object... arguments) {
        return Translated.text(Text.of(key, arguments));
    }

    /** Assessors: portfolios to score, and how many are overdue. */
    @org.springframework.stereotype.Component
    static final class ReviewQueue extends HomePanel {
        private final PanelQueues queues;

        ReviewQueue(PanelQueues queues) {
            super(8, Role.Names.ASSESSOR);
            this.queues = queues;
        }

        @Override
        public Component render() {
            var open = queues.myQueue().stream().filter(s -> s.status() != PanelStatus.DECIDED).toList();
            long overdue = open.stream().filter(s -> s.overdue()).count();
            var figures = new Div(PanelCard.figure("queue-open", open.size(),
                    text("assessment.home.queue.open", open.size())),
                    PanelCard.figure("queue-overdue", overdue, text("assessment.home.queue.overdue", overdue)));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-review-queue", text("assessment.home.queue.title"), figures)
                    .withLink(text("assessment.home.queue.link"), "review");
        }
    }

    /** Registrars: submitted portfolios waiting for a panel. */
    @org.springframework.stereotype.Component
    static final class AwaitingPanels extends HomePanel {
        private final PanelQueues queues;

        AwaitingPanels(PanelQueues queues) {
            super(12, Role.Names.REGISTRAR);
            this.queues = queues;
        }

        @Override
        public Component render() {
            long awaiting = queues.countWaitingForPanel();
            long atWork = queues.countOpenPanels();
            var figures = new Div(PanelCard.figure("portfolios-awaiting", awaiting,
                    text("assessment.home.panels.awaiting", awaiting)),
                    PanelCard.figure("panels-open", atWork, text("assessment.home.panels.at-work", atWork)));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-panels", text("assessment.home.panels.title"), figures)
                    .withLink(text("assessment.home.panels.link"), "registrar/panels");
        }
    }
}
