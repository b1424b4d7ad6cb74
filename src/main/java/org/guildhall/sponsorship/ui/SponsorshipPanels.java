package org.guildhall.sponsorship.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationReviewSection;
import org.guildhall.membership.MembershipApplicationDetails;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.guildhall.sponsorship.SponsorshipService;

/** Where sponsorship shows up in other modules' pages: members' home, and the registrar's review. */
final class SponsorshipPanels {

    private SponsorshipPanels() {
    }

    @org.springframework.stereotype.Component
    static final class OpenRequests extends HomePanel {
        private final SponsorshipService sponsorships;

        OpenRequests(SponsorshipService sponsorships) {
            super(15, Role.Names.MEMBER);
            this.sponsorships = sponsorships;
        }

        @Override
        public Component render() {
            long open = sponsorships.openRequestsToMe();
            var ui = UI.getCurrent();
            return new PanelCard("panel-sponsor-requests", ui.getTranslation("sponsorship.panel.title"),
                    PanelCard.figure("open-sponsor-requests", open, ui.getTranslation("sponsorship.panel.waiting", open)))
                    .withLink(ui.getTranslation("sponsorship.panel.link"), "sponsorship/requests");
        }
    }

    /** The registrar's view of an Associate's sponsors and what they wrote. */
    @org.springframework.stereotype.Component
    static final class Endorsements implements ApplicationReviewSection {
        private final SponsorshipService sponsorships;

        Endorsements(SponsorshipService sponsorships) {
            this.sponsorships = sponsorships;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Component render(MembershipApplicationDetails application) {
            var ui = UI.getCurrent();
            var section = new Div(new H3(ui.getTranslation("sponsorship.review.title")));
            section.setId("review-sponsors");
            if (application.category() != MembershipCategory.ASSOCIATE) {
                section.add(new Paragraph(ui.getTranslation("sponsorship.review.not-needed")));
                return section;
            }
            var list = new UnorderedList();
            sponsorships.forApplication(application.id()).forEach(s -> list.add(new ListItem(s.endorsement() == null
                    ? ui.getTranslation("sponsorship.review.sponsor", s.sponsorName(),
                            ui.getTranslation(s.status().key()))
                    : ui.getTranslation("sponsorship.review.sponsor-endorsed", s.sponsorName(),
                            ui.getTranslation(s.status().key()), s.endorsement()))));
            section.add(list.getChildren().findAny().isPresent() ? list
                    : new Paragraph(ui.getTranslation("sponsorship.review.none")));
            return section;
        }
    }
}
