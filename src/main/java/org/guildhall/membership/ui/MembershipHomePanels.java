package org.guildhall.membership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.SubscriptionService;
import org.guildhall.shell.Formats;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/** The membership module's blocks on the home pages. */
final class MembershipHomePanels {

    private MembershipHomePanels() {
    }

    /** Applicants: the four membership categories of seed 000, in plain words. */
    @org.springframework.stereotype.Component
    static final class MembershipCategories extends HomePanel {
        MembershipCategories() {
            super(10, Role.Names.APPLICANT);
        }

        @Override
        public Component render() {
            var categories = new UnorderedList(
                    new ListItem("Student: a full- or part-time student who has never been a licensed CRM and holds "
                            + "no bachelor's degree."),
                    new ListItem("Candidate: studying for a degree, never a licensed CRM, and pursuing the pathway "
                            + "to licensure through the institute."),
                    new ListItem("Associate: a foreign licensee, a CRM applicant serving on a committee, or a "
                            + "professional in consulting, legal, government or banking services, nominated by two "
                            + "members."),
                    new ListItem("Customer Service Professional: a bachelor's degree and professional work in "
                            + "customer service, never a licensed CRM."));
            return new PanelCard("panel-categories", "Membership categories",
                    new Paragraph("The institute admits members in four categories:"), categories)
                    .withLink("Check which category fits you", "membership/eligibility");
        }
    }

    /** Members: their member number, category, status and the end of their paid term. */
    @org.springframework.stereotype.Component
    static final class YourMembership extends HomePanel {
        private final MembershipService memberships;
        private final SubscriptionService subscriptions;

        YourMembership(MembershipService memberships, SubscriptionService subscriptions) {
            super(5, Role.Names.MEMBER);
            this.memberships = memberships;
            this.subscriptions = subscriptions;
        }

        @Override
        public Component render() {
            return memberships.currentMembership().flatMap(membership -> subscriptions.mySubscription()
                            .map(year -> {
                                var number = new Span(membership.memberNumber());
                                number.setId("member-number");
                                number.addClassName("gh-figure-value");
                                var status = new Span(year.status().label());
                                status.setId("home-membership-status");
                                status.addClassNames("gh-badge", year.inGoodStanding() ? "gh-badge-yes" : "gh-badge-no");
                                return new PanelCard("panel-membership", "Your membership", number,
                                        new Paragraph(membership.category().label() + " member since "
                                                + Formats.date(membership.memberSince())), status,
                                        new Paragraph(year.reason()))
                                        .withLink("Open your membership", "membership/subscription");
                            }))
                    .orElseGet(() -> new PanelCard("panel-membership", "Your membership",
                            new Paragraph("Your membership record is being set up by the registrar's office.")));
        }
    }

    /** Applicants: where their application stands. */
    @org.springframework.stereotype.Component
    static final class YourApplication extends HomePanel {
        private final MembershipService memberships;

        YourApplication(MembershipService memberships) {
            super(5, Role.Names.APPLICANT);
            this.memberships = memberships;
        }

        @Override
        public Component render() {
            var status = memberships.currentApplication()
                    .map(application -> application.status().description())
                    .orElse("Not started");
            var label = new Span(status);
            label.setId("home-application-status");
            return new PanelCard("panel-application", "Your application", label)
                    .withLink("Open your application", "membership/application");
        }
    }

    /** Registrars: the size of the register. */
    @org.springframework.stereotype.Component
    static final class RegisterOverview extends HomePanel {
        private final AccountService accounts;

        RegisterOverview(AccountService accounts) {
            super(10, Role.Names.REGISTRAR);
            this.accounts = accounts;
        }

        @Override
        public Component render() {
            var figures = new Div(
                    PanelCard.figure("register-members", accounts.countWithRole(Role.MEMBER, ""), "Members"),
                    PanelCard.figure("register-applicants", accounts.countWithRole(Role.APPLICANT, ""),
                            "Applicants"),
                    PanelCard.figure("register-assessors", accounts.countWithRole(Role.ASSESSOR, ""), "Assessors"));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-register", "The register", figures)
                    .withLink("Open the register", "registrar/register");
        }
    }
}
