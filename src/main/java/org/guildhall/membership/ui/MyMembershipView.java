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
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The member's membership year: status and why, the paid term's end, the subscription waiting to be paid (paid
 * under My invoices), renewing early, resigning at term end, and reinstatement after a lapse. The renewal emails
 * link here.
 */
@Route("membership/subscription")
@PageTitle("membership.title.my-membership")
@Menu(order = 23, icon = "vaadin:diploma-scroll", title = "membership.menu.my-membership")
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
                new Paragraph(getTranslation("membership.year.being-set-up"))));
    }

    private void show(SubscriptionDetails year) {
        var status = new Span(getTranslation(year.status().key()));
        status.setId("membership-status");
        status.addClassNames("gh-badge", year.inGoodStanding() ? "gh-badge-yes" : "gh-badge-no");
        var reason = new Paragraph(Translated.text(year.reason()));
        reason.setId("membership-reason");
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "membership.mine.number", year.memberNumber(), "membership-number");
        fact(facts, "membership.mine.category", getTranslation(year.category().key()), "membership-category");
        fact(facts, "membership.mine.paid-until", year.paidUntil() == null
                ? getTranslation("membership.mine.not-paid") : getTranslation("membership.date", year.paidUntil()),
                "membership-term-end");
        var summary = new Div(new H3(getTranslation("membership.home.yours.title")), status, reason, facts);
        summary.addClassName("gh-card");
        content.add(summary);
        if (year.openTerm() != null) {
            content.add(openTerm(year.openTerm()));
        }
        content.add(actions(year), history(year));
    }

    private Div openTerm(TermSummary term) {
        var text = new Paragraph(getTranslation("membership.mine.open-term", getTranslation(term.kind().key()),
                term.startsOn(), term.endsOn(), getTranslation("membership.money", term.fee()),
                term.invoiceReference()));
        text.setId("open-subscription");
        var pay = new Anchor("invoices", getTranslation("membership.mine.pay"));
        pay.setId("pay-subscription");
        var card = new Div(new H3(getTranslation("membership.mine.to-pay")), text, pay);
        card.addClassName("gh-card");
        return card;
    }

    private HorizontalLayout actions(SubscriptionDetails year) {
        var renew = new Button(getTranslation("membership.mine.renew"), event -> act(() -> subscriptions.renewEarly(),
                "membership.mine.renewal-ready"));
        renew.setId("renew-early");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.setVisible(year.mayRenewEarly());
        var reinstate = new Button(getTranslation("membership.mine.reinstate"), event -> act(() -> subscriptions.reinstate(),
                "membership.mine.reinstatement-ready"));
        reinstate.setId("reinstate");
        reinstate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reinstate.setVisible(year.mayReinstate());
        var resign = new Button(getTranslation("membership.mine.resign"));
        resign.setId("resign");
        resign.addThemeVariants(ButtonVariant.LUMO_ERROR);
        resign.setVisible(year.mayResign());
        var confirm = new Button(getTranslation("membership.mine.confirm-resign"), event -> act(subscriptions::resign,
                "membership.mine.resigned"));
        confirm.setId("confirm-resign");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        resign.addClickListener(event -> {
            resign.setVisible(false);
            confirm.setVisible(true);
        });
        var changeCategory = new Anchor("membership/category", getTranslation("membership.mine.change-category"));
        changeCategory.setId("change-category");
        changeCategory.setVisible(year.inGoodStanding());
        var actions = new HorizontalLayout(renew, reinstate, resign, confirm, changeCategory);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private Grid<TermSummary> history(SubscriptionDetails year) {
        var terms = new Grid<TermSummary>();
        terms.setId("membership-terms");
        terms.addColumn(TermSummary::termNumber).setHeader(getTranslation("membership.terms.term")).setAutoWidth(true);
        terms.addColumn(term -> getTranslation(term.kind().key())).setHeader(getTranslation("membership.terms.kind"))
                .setAutoWidth(true);
        terms.addColumn(term -> getTranslation("membership.date", term.startsOn()))
                .setHeader(getTranslation("membership.terms.from")).setAutoWidth(true);
        terms.addColumn(term -> getTranslation("membership.date", term.endsOn()))
                .setHeader(getTranslation("membership.terms.to")).setAutoWidth(true);
        terms.addColumn(term -> getTranslation("membership.money", term.fee()))
                .setHeader(getTranslation("membership.terms.fee")).setAutoWidth(true);
        terms.addColumn(term -> getTranslation(term.settlement()))
                .setHeader(getTranslation("membership.terms.subscription")).setFlexGrow(1);
        terms.setItems(year.terms().reversed());
        terms.setAllRowsVisible(true);
        return terms;
    }

    private void act(Runnable step, String confirmationKey) {
        try {
            step.run();
            Toast.success(getTranslation(confirmationKey));
        } catch (MembershipYearRefusedException refused) {
            Toast.error(refused);
        }
        render();
    }

    private void fact(DescriptionList list, String termKey, String value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(getTranslation(termKey)), description);
    }
}
