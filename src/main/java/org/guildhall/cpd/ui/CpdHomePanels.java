package org.guildhall.cpd.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.guildhall.cpd.CpdReviewQueue;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.guildhall.shell.Formats;

/** The CPD module's blocks on the home pages. */
final class CpdHomePanels {

    private CpdHomePanels() {
    }

    /** Members: counted credits per certification at a glance. */
    @org.springframework.stereotype.Component
    static final class YourCpd extends HomePanel {
        private final CpdService cpd;

        YourCpd(CpdService cpd) {
            super(15, Role.Names.MEMBER);
            this.cpd = cpd;
        }

        @Override
        public Component render() {
            var content = new Div();
            var progress = cpd.myProgress();
            if (progress.isEmpty()) {
                content.add(new Paragraph("CPD counts toward a certification's cycle; you hold none yet."));
            }
            progress.forEach(certification -> {
                String code = certification.certification().designationCode();
                var bar = new ProgressBar(0, 1, certification.fraction());
                bar.getElement().setAttribute("aria-label", code + " CPD credits counted against the requirement");
                content.add(new Span(code + ": " + certification.counted().stripTrailingZeros().toPlainString()
                        + " of " + certification.required().stripTrailingZeros().toPlainString() + " credits, "
                        + Formats.count(certification.daysToExpiry(), "day", "days") + " to expiry"), bar);
            });
            return new PanelCard("panel-cpd", "Your CPD", content).withLink("Open My CPD", "cpd");
        }
    }

    /** Registrars: CPD claims waiting for a decision. */
    @org.springframework.stereotype.Component
    static final class CpdQueue extends HomePanel {
        private final CpdReviewQueue queue;

        CpdQueue(CpdReviewQueue queue) {
            super(12, Role.Names.REGISTRAR);
            this.queue = queue;
        }

        @Override
        public Component render() {
            long waiting = queue.count("");
            return new PanelCard("panel-cpd-queue", "CPD review", PanelCard.figure("cpd-queue-count", waiting,
                    Formats.noun(waiting, "activity", "activities") + " waiting"))
                    .withLink("Open the CPD queue", "registrar/cpd");
        }
    }
}
