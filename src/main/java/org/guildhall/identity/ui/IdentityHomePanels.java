package org.guildhall.identity.ui;

import static org.guildhall.identity.ui.IdentityTexts.t;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.springframework.data.domain.Pageable;

/** The identity module's blocks on the home pages. */
final class IdentityHomePanels {

    private IdentityHomePanels() {
    }

    /** Everyone: their own account at a glance. */
    @org.springframework.stereotype.Component
    static final class YourAccount extends HomePanel {
        private final AccountService accounts;
        private final Clock clock;

        YourAccount(AccountService accounts, Clock clock) {
            super(900, Role.Names.ALL);
            this.accounts = accounts;
            this.clock = clock;
        }

        @Override
        public Component render() {
            var account = accounts.currentAccount();
            return new PanelCard("panel-account", t("identity.home.account"),
                    new Paragraph(account.fullName() + " · " + account.email()),
                    new Paragraph(t("identity.home.roles", account.roles().stream()
                            .map(role -> t(IdentityTexts.roleKey(role))).sorted().collect(Collectors.joining(", ")))),
                    new Paragraph(t("identity.home.created", Formats.date(account.createdAt(), clock.getZone()))))
                    .withLink(t("identity.home.edit-profile"), "profile");
        }
    }

    /** Assessors: when they joined the assessor roster. */
    @org.springframework.stereotype.Component
    static final class AssessorRoster extends HomePanel {
        private final MyAccountService myAccount;
        private final Clock clock;

        AssessorRoster(MyAccountService myAccount, Clock clock) {
            super(20, Role.Names.ASSESSOR);
            this.myAccount = myAccount;
            this.clock = clock;
        }

        @Override
        public Component render() {
            String since = myAccount.currentStaffRoleGrant(Role.ASSESSOR)
                    .map(grant -> t("identity.home.roster.since", Formats.date(grant.changedAt(), clock.getZone()),
                            grant.changedBy()))
                    .orElse(t("identity.home.roster.on"));
            return new PanelCard("panel-assessor", t("identity.home.roster"), new Paragraph(since),
                    new Paragraph(t("identity.home.roster.portfolios")));
        }
    }

    /** Admins: how many people hold each role, and the latest staff-role changes. */
    @org.springframework.stereotype.Component
    static final class RoleOverview extends HomePanel {
        private final AccountService accounts;
        private final AccountDirectory directory;
        private final Clock clock;

        RoleOverview(AccountService accounts, AccountDirectory directory, Clock clock) {
            super(10, Role.Names.ADMIN);
            this.accounts = accounts;
            this.directory = directory;
            this.clock = clock;
        }

        @Override
        public Component render() {
            var figures = new Div();
            figures.addClassName("gh-figures");
            for (Role role : Role.values()) {
                figures.add(PanelCard.figure("count-" + role.name().toLowerCase(), accounts.headcount(role),
                        t("identity.home.holders." + role.name().toLowerCase(Locale.ROOT))));
            }
            var latest = new UnorderedList();
            directory.roleChanges(Pageable.ofSize(5)).forEach(change -> latest.add(new ListItem(
                    t(change.granted() ? "identity.home.change.granted" : "identity.home.change.revoked",
                            Formats.dateTime(change.changedAt(), clock.getZone()), change.changedBy(),
                            t(IdentityTexts.roleKey(change.role())), change.accountName()))));
            var recent = latest.getChildren().findAny().isPresent() ? latest
                    : new Paragraph(t("identity.home.no-changes"));
            return new PanelCard("panel-roles", t("identity.home.people-and-roles"), figures, recent)
                    .withLink(t("identity.home.manage-users"), "admin/users");
        }
    }
}
