package org.guildhall.cpd.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdProgress;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdService;
import org.guildhall.cpd.RenewalService;
import org.guildhall.cpd.RenewalStatus;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The member's CPD dashboard: for each certification, counted credits against the requirement and each category
 * against its cap, days to expiry, the pace forecast, what is waiting, renewal and transcripts; then the log.
 */
@Route("cpd")
@PageTitle("My CPD")
@Menu(order = 14, icon = "vaadin:chart-3d", title = "My CPD")
@RolesAllowed(Role.Names.MEMBER)
final class MyCpdView extends VerticalLayout {

    private final CpdService cpd;
    private final RenewalService renewals;

    MyCpdView(CpdService cpd, RenewalService renewals) {
        this.cpd = cpd;
        this.renewals = renewals;
        setId("my-cpd");
        addClassName("gh-page");
        render();
    }

    private void render() {
        removeAll();
        var log = new Button("Log an activity", click -> getUI().ifPresent(ui -> ui.navigate("cpd/activity/new")));
        log.setId("log-activity");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("My CPD"), log);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        add(header);

        var progress = cpd.myProgress();
        if (progress.isEmpty()) {
            add(new Paragraph("You hold no current certification, so there is no CPD cycle to count toward. "
                    + "Certified members log their activities here."));
        }
        var cards = new Div();
        cards.addClassNames("gh-panels", "gh-cpd-cards");
        progress.forEach(certification -> cards.add(card(certification)));
        add(cards, new H3("Your CPD log"), log());
    }

    private Component card(CpdProgress progress) {
        var certification = progress.certification();
        long id = certification.id();
        var card = new Div();
        card.addClassNames("gh-card", "gh-cpd-card");
        card.setId("cpd-certification-" + id);
        var status = new Span(certification.status().label());
        status.addClassNames("gh-badge", certification.status().isCurrent() ? "gh-badge-yes" : "gh-badge-no");
        card.add(new H3(certification.designationName() + " (" + certification.designationCode() + ")"), status,
                new Paragraph("Cycle " + certification.cycleNumber() + " \u00b7 valid until "
                        + Formats.date(certification.cycle().lastValidDay()) + " \u00b7 "
                        + Formats.count(progress.daysToExpiry(), "day", "days") + " to expiry"));

        var counted = new Span(amount(progress.counted()) + " of " + amount(progress.required()) + " credits");
        counted.setId("cpd-counted-" + id);
        counted.addClassName("gh-cpd-total");
        var bar = new ProgressBar(0, 1, progress.fraction());
        bar.setId("cpd-progress-" + id);
        bar.getElement().setAttribute("aria-label", "CPD credits counted against the requirement");
        if (progress.met()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        card.add(counted, bar);

        var categories = new Div();
        categories.addClassName("gh-cpd-categories");
        progress.categories().forEach(category -> {
            var label = new Span(category.category().label() + ": " + amount(category.counted()) + " of "
                    + amount(category.cap()) + (category.capApplied() ? " (cap reached; "
                    + amount(category.claimed()) + " approved)" : ""));
            var categoryBar = new ProgressBar(0, 1, category.fraction());
            categoryBar.addClassName("gh-cpd-category-bar");
            categoryBar.getElement().setAttribute("aria-label", category.category().label() + " against its cap");
            categories.add(new Div(label, categoryBar));
        });
        card.add(new H4("By category (counted of cap)"), categories);

        var forecast = new Paragraph(forecast(progress));
        forecast.setId("cpd-forecast-" + id);
        forecast.addClassName(progress.onTrack() ? "gh-cpd-on-track" : "gh-cpd-behind");
        card.add(forecast);

        if (!progress.pending().isEmpty()) {
            var pending = new UnorderedList();
            pending.setId("cpd-pending-" + id);
            progress.pending().forEach(activity -> pending.add(new ListItem(activity.title() + " \u2014 "
                    + CpdActivityEditor.credits(activity) + ", " + activity.status().label().toLowerCase())));
            card.add(new H4("Waiting"), pending);
        }
        card.add(renewal(renewals.status(id)));

        var transcripts = new Div(new Span("Transcripts: "));
        for (int cycle = 1; cycle <= certification.cycleNumber(); cycle++) {
            var link = new Anchor("cpd-transcripts/" + id + "/" + cycle, "cycle " + cycle + " (PDF)");
            link.setRouterIgnore(true);
            link.setId("cpd-transcript-" + id + "-" + cycle);
            transcripts.add(link, new Span(" "));
        }
        card.add(transcripts);
        return card;
    }

    private static String forecast(CpdProgress progress) {
        if (progress.met()) {
            return "Requirement met. Keep logging: what you learn still counts toward any other certification "
                    + "whose cycle includes it.";
        }
        String pace = "At your pace so far (" + amount(progress.pacePerMonth()) + " credits a month) you would "
                + "have about " + amount(progress.projected()) + " by expiry";
        return progress.onTrack() ? pace + ": on track."
                : pace + ", short of " + amount(progress.required()) + ". You need "
                + amount(progress.neededPerMonth()) + " credits a month from now.";
    }

    private Component renewal(RenewalStatus status) {
        var box = new Div();
        box.addClassName("gh-cpd-renewal");
        box.setId("cpd-renewal-" + status.certification().id());
        box.add(new H4("Renewal"));
        box.add(new Paragraph(status.windowOpen() ? "The renewal window is open."
                : "The renewal window opens on " + Formats.date(status.windowOpensOn()) + ". Renewal fee: \u00a3"
                + status.renewalFee().toPlainString() + " (non-refundable)."));
        if (status.invoice() != null) {
            var invoice = status.invoice();
            box.add(new Paragraph("Renewal fee \u00a3" + invoice.amount().toPlainString() + ", invoice "
                    + invoice.reference() + ": " + invoice.status().label() + "."));
        } else if (status.windowOpen()) {
            var pay = new Button("Pay the renewal fee", click -> requestRenewal(status.certification().id()));
            pay.setId("request-renewal-" + status.certification().id());
            box.add(pay);
        }
        if (status.essayRequired()) {
            var essay = status.essay();
            box.add(new Paragraph("Recertification essay: " + (essay == null ? "not written yet"
                    : essay.status().label().toLowerCase()) + "."),
                    new Anchor("cpd/essay/" + status.certification().id(), essay == null ? "Write your essay"
                            : "Open your essay"));
        }
        if (!status.outstanding().isEmpty()) {
            var outstanding = new UnorderedList();
            status.outstanding().forEach(item -> outstanding.add(new ListItem(item)));
            box.add(new Paragraph("Still to do before renewal:"), outstanding);
        }
        return box;
    }

    private void requestRenewal(long certificationId) {
        try {
            var invoice = renewals.requestRenewal(certificationId);
            Toast.success("Invoice " + invoice.reference() + " issued. Pay it quoting the reference; your "
                    + "certification renews once the payment is confirmed.");
        } catch (CpdRefusedException | CertificationRefusedException refused) {
            Toast.error(refused);
        }
        render();
    }

    private Grid<CpdActivityDetails> log() {
        var grid = new Grid<CpdActivityDetails>();
        grid.setId("cpd-log");
        grid.addColumn(CpdActivityEditor::dates).setHeader("Date").setAutoWidth(true);
        grid.addColumn(activity -> activity.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(CpdActivityDetails::title).setHeader("Activity").setWidth("16rem").setFlexGrow(1);
        grid.addColumn(CpdActivityEditor::credits).setHeader("Claimed").setAutoWidth(true);
        grid.addColumn(activity -> activity.status().label()).setHeader("Status").setAutoWidth(true);
        grid.setItems(cpd.myActivities());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("cpd/activity/"
                + click.getItem().id())));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nothing logged yet.");
        return grid;
    }

    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
