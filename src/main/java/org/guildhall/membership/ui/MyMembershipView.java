package org.guildhall.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.SubscriptionDetails;
import org.guildhall.membership.SubscriptionService;
import org.guildhall.membership.TermSummary;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The member's membership year: status and why, the paid term's end, the subscription waiting to be paid (paid
 * under My invoices), renewing early, resigning at term end, and reinstatement after a lapse. The renewal emails
 * link here.
 */
@Route("membership/subscription")
@PageTitle("My membership")
@Menu(order = 23, icon = "vaadin:diploma-scroll", title = "My membership")
@RolesAllowed(Role.Names.MEMBER)
final class MyMembershipView extends VerticalLayout {

    private final SubscriptionService subscriptions;
    private final Div content = new Div();

    MyMembershipView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        setId("my-membership");
        addClassName("gh-page");
        add(content);
        render();
    }

    private void render() {
        content.removeAll();
        subscriptions.mySubscription().ifPresentOrElse(this::show, () -> content.add(
                new Paragraph("Your membership record is being set up by the registrar's office.")));
    }

    private void show(SubscriptionDetails year) {
        var status = new Span(year.status().label());
        status.setId("membership-status");
        status.addClassNames("gh-badge", year.inGoodStanding() ? "gh-badge-yes" : "gh-badge-no");
        var reason = new Paragraph(year.reason());
        reason.setId("membership-reason");
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "Member number", year.memberNumber(), "membership-number");
        fact(facts, "Category", year.category().label(), "membership-category");
        fact(facts, "Paid until", year.paidUntil() == null ? "Not paid yet" : Formats.date(year.paidUntil()),
                "membership-term-end");
        var summary = new Div(new H3("Your membership"), status, reason, facts);
        summary.addClassName("gh-card");
        content.add(summary);
        if (year.openTerm() != null) {
            content.add(openTerm(year.openTerm()));
        }
        content.add(actions(year), history(year));
    }

    private Div openTerm(TermSummary term) {
        var text = new Paragraph(term.kind().label() + " subscription for " + Formats.date(term.startsOn()) + " to "
                + Formats.date(term.endsOn()) + ": \u00a3" + term.fee() + ", invoice " + term.invoiceReference()
                + ". Pay it by bank transfer and tell us under My invoices; your membership continues from the end "
                + "of your current term whenever you pay.");
        text.setId("open-subscription");
        var pay = new Anchor("invoices", "Pay under My invoices");
        pay.setId("pay-subscription");
        var card = new Div(new H3("To pay"), text, pay);
        card.addClassName("gh-card");
        return card;
    }

    private HorizontalLayout actions(SubscriptionDetails year) {
        var renew = new Button("Renew now", event -> act(() -> subscriptions.renewEarly(),
                "Your renewal invoice is ready: pay it under My invoices."));
        renew.setId("renew-early");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.setVisible(year.mayRenewEarly());
        var reinstate = new Button("Ask to be reinstated", event -> act(() -> subscriptions.reinstate(),
                "Your reinstatement invoice is ready: pay it under My invoices."));
        reinstate.setId("reinstate");
        reinstate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reinstate.setVisible(year.mayReinstate());
        var resign = new Button("Resign at the end of my term");
        resign.setId("resign");
        resign.addThemeVariants(ButtonVariant.LUMO_ERROR);
        resign.setVisible(year.mayResign());
        var confirm = new Button("Yes, resign", event -> act(subscriptions::resign,
                "Your resignation is recorded; you stay a member to the end of your paid term."));
        confirm.setId("confirm-resign");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        resign.addClickListener(event -> {
            resign.setVisible(false);
            confirm.setVisible(true);
        });
        var changeCategory = new Anchor("membership/category", "Change category");
        changeCategory.setId("change-category");
        changeCategory.setVisible(year.inGoodStanding());
        var actions = new HorizontalLayout(renew, reinstate, resign, confirm, changeCategory);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private Grid<TermSummary> history(SubscriptionDetails year) {
        var terms = new Grid<TermSummary>();
        terms.setId("membership-terms");
        terms.addColumn(TermSummary::termNumber).setHeader("Term").setAutoWidth(true);
        terms.addColumn(term -> term.kind().label()).setHeader("Kind").setAutoWidth(true);
        terms.addColumn(term -> Formats.date(term.startsOn())).setHeader("From").setAutoWidth(true);
        terms.addColumn(term -> Formats.date(term.endsOn())).setHeader("To").setAutoWidth(true);
        terms.addColumn(term -> "\u00a3" + term.fee()).setHeader("Fee").setAutoWidth(true);
        terms.addColumn(TermSummary::settlement).setHeader("Subscription").setFlexGrow(1);
        terms.setItems(year.terms().reversed());
        terms.setAllRowsVisible(true);
        return terms;
    }

    private void act(Runnable step, String confirmation) {
        try {
            step.run();
            Toast.success(confirmation);
        } catch (MembershipYearRefusedException refused) {
            Toast.error(refused);
        }
        render();
    }

    private static void fact(DescriptionList list, String term, String value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(term), description);
    }
}
