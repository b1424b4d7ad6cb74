package org.guildhall.membership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.SubscriptionService;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.guildhall.shell.Translated;

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
                    new ListItem(t("membership.home.categories.student")),
                    new ListItem(t("membership.home.categories.candidate")),
                    new ListItem(t("membership.home.categories.associate")),
                    new ListItem(t("membership.home.categories.professional")));
            return new PanelCard("panel-categories", t("membership.home.categories.title"),
                    new Paragraph(t("membership.home.categories.intro")), categories)
                    .withLink(t("membership.home.categories.link"), "membership/eligibility");
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
                                var status = new Span(t(year.status().key()));
                                status.setId("home-membership-status");
                                status.addClassNames("gh-badge", year.inGoodStanding() ? "gh-badge-yes" : "gh-badge-no");
                                return new PanelCard("panel-membership", t("membership.home.yours.title"), number,
                                        new Paragraph(t("membership.home.yours.since",
                                                t(membership.category().key()), membership.memberSince())), status,
                                        new Paragraph(Translated.text(year.reason())))
                                        .withLink(t("membership.home.yours.link"), "membership/subscription");
                            }))
                    .orElseGet(() -> new PanelCard("panel-membership", t("membership.home.yours.title"),
                            new Paragraph(t("membership.year.being-set-up"))));
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
                    .map(application -> t(application.status().key()))
                    .orElse(t("membership.home.application.not-started"));
            var label = new Span(status);
            label.setId("home-application-status");
            return new PanelCard("panel-application", t("membership.home.application.title"), label)
                    .withLink(t("membership.home.application.link"), "membership/application");
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
                    PanelCard.figure("register-members", accounts.headcount(Role.MEMBER),
                            t("membership.home.register.members")),
                    PanelCard.figure("register-applicants", accounts.headcount(Role.APPLICANT),
                            t("membership.home.register.applicants")),
                    PanelCard.figure("register-assessors", accounts.headcount(Role.ASSESSOR),
                            t("membership.home.register.assessors")));
            figures.addClassName("gh-figures");
            return new PanelCard("panel-register", t("membership.home.register.title"), figures)
                    .withLink(t("membership.home.register.link"), "registrar/register");
        }
    }

    /** The message in the current user's language: home panels are beans, not components. */
    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
