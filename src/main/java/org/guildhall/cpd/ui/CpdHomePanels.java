package org.guildhall.cpd.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.guildhall.cpd.CpdReviewQueue;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.Role;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

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
                content.add(new Paragraph(content.getTranslation("cpd.home.none")));
            }
            progress.forEach(certification -> {
                String code = certification.certification().designationCode();
                var bar = new ProgressBar(0, 1, certification.fraction());
                bar.getElement().setAttribute("aria-label", content.getTranslation("cpd.home.progress-label", code));
                content.add(new Span(content.getTranslation("cpd.home.line", code, certification.counted(),
                        certification.required(), certification.daysToExpiry())), bar);
            });
            return new PanelCard("panel-cpd", content.getTranslation("cpd.home.title"), content)
                    .withLink(content.getTranslation("cpd.home.open"), "cpd");
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
            var ui = UI.getCurrent();
            return new PanelCard("panel-cpd-queue", ui.getTranslation("cpd.home.queue.title"),
                    PanelCard.figure("cpd-queue-count", waiting, ui.getTranslation("cpd.home.queue.waiting", waiting)))
                    .withLink(ui.getTranslation("cpd.home.queue.open"), "registrar/cpd");
        }
    }
}
