package org.guildhall.identity.ui;

import java.time.Clock;
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
            return new PanelCard("panel-account", "Your account",
                    new Paragraph(account.fullName() + " · " + account.email()),
                    new Paragraph("Roles: " + account.roles().stream().map(Role::label).sorted()
                            .collect(Collectors.joining(", "))),
                    new Paragraph("Account created " + Formats.date(account.createdAt(), clock.getZone())))
                    .withLink("Edit your profile", "profile");
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
                    .map(grant -> "You joined the assessor roster on " + Formats.date(grant.changedAt(), clock.getZone())
                            + " (granted by " + grant.changedBy() + ").")
                    .orElse("You are on the institute's assessor roster.");
            return new PanelCard("panel-assessor", "Assessor roster", new Paragraph(since),
                    new Paragraph("Portfolios assigned to you by a registrar appear here, with their due dates."));
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
                figures.add(PanelCard.figure("count-" + role.name().toLowerCase(), accounts.countWithRole(role, ""),
                        role.label() + "s"));
            }
            var latest = new UnorderedList();
            directory.roleChanges(Pageable.ofSize(5)).forEach(change -> latest.add(new ListItem(
                    Formats.dateTime(change.changedAt(), clock.getZone()) + ": " + change.changedBy() + " "
                            + (change.granted() ? "granted " : "revoked ") + change.role().label() + " "
                            + (change.granted() ? "to " : "from ") + change.accountName())));
            var recent = latest.getChildren().findAny().isPresent() ? latest
                    : new Paragraph("No staff roles have been changed yet.");
            return new PanelCard("panel-roles", "People and roles", figures, recent)
                    .withLink("Manage users and roles", "admin/users");
        }
    }
}
