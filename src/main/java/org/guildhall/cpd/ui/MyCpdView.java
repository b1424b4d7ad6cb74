package org.guildhall.cpd.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdLogExport;
import org.guildhall.cpd.CpdProgress;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdService;
import org.guildhall.cpd.RenewalService;
import org.guildhall.cpd.RenewalStatus;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The member's CPD dashboard: for each certification, counted credits against the requirement and each category
 * against its cap, days to expiry, the pace forecast, what is waiting, renewal and transcripts; then the log.
 */
@Route("cpd")
@PageTitle("cpd.title.my-cpd")
@Menu(order = 14, icon = "vaadin:chart-3d", title = "cpd.menu.my-cpd")
@RolesAllowed(Role.Names.MEMBER)
final class MyCpdView extends VerticalLayout {

    private final CpdService cpd;
    private final RenewalService renewals;
    private final CpdLogExport export;
    /** Enough to choose from without burying the card. */
    private static final int GAP_CLOSERS_SHOWN = 5;

    MyCpdView(CpdService cpd, RenewalService renewals, CpdLogExport export) {
        this.cpd = cpd;
        this.renewals = renewals;
        this.export = export;
        setId("my-cpd");
        addClassName("gh-page");
        render();
    }

    private void render() {
        removeAll();
        var log = new Button(getTranslation("cpd.my.log-activity"), click -> getUI().ifPresent(ui -> ui.navigate("cpd/activity/new")));
        log.setId("log-activity");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The claim-code form belongs to the partners module, which records the course through CPD's rules.
        var claimCode = new Button(getTranslation("cpd.my.claim-code"),
                click -> getUI().ifPresent(ui -> ui.navigate("cpd/claim-code")));
        claimCode.setId("enter-claim-code");
        var actions = new HorizontalLayout(claimCode, log);
        actions.setWrap(true);
        var header = new HorizontalLayout(new H2(getTranslation("cpd.my.heading")), actions);
        header.setWidthFull();
        header.addClassName("gh-page-header");
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        add(header);

        var progress = cpd.myProgress();
        if (progress.isEmpty()) {
            add(new Paragraph(getTranslation("cpd.my.no-certification")));
        }
        var cards = new Div();
        cards.addClassNames("gh-panels", "gh-cpd-cards");
        progress.forEach(certification -> cards.add(card(certification)));
        if (!progress.isEmpty()) {
            var hardship = new Anchor("cpd/hardship", getTranslation("cpd.my.hardship-link"));
            hardship.setId("hardship-link");
            add(new Paragraph(hardship));
        }
        add(cards, new H3(getTranslation("cpd.my.log-heading")), downloads(), log());
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
                new Paragraph(Translated.text(Text.of("cpd.my.cycle", certification.cycleNumber(),
                        certification.cycle().lastValidDay(), progress.daysToExpiry()))));

        var counted = new Span(getTranslation("cpd.my.counted", progress.counted(), progress.required()));
        counted.setId("cpd-counted-" + id);
        counted.addClassName("gh-cpd-total");
        var bar = new ProgressBar(0, 1, progress.fraction());
        bar.setId("cpd-progress-" + id);
        bar.getElement().setAttribute("aria-label", getTranslation("cpd.my.progress-label"));
        if (progress.met()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
        card.add(counted, bar);

        var categories = new Div();
        categories.addClassName("gh-cpd-categories");
        progress.categories().forEach(category -> {
            String name = getTranslation(category.category().labelKey());
            var label = new Span(category.capApplied()
                    ? getTranslation("cpd.my.category-capped", name, category.counted(), category.cap(),
                            category.claimed())
                    : getTranslation("cpd.my.category", name, category.counted(), category.cap()));
            var categoryBar = new ProgressBar(0, 1, category.fraction());
            categoryBar.addClassName("gh-cpd-category-bar");
            categoryBar.getElement().setAttribute("aria-label", getTranslation("cpd.my.category-bar-label", name));
            categories.add(new Div(label, categoryBar));
        });
        card.add(new H4(getTranslation("cpd.my.by-category")), categories);

        var forecast = new Paragraph(forecast(progress));
        forecast.setId("cpd-forecast-" + id);
        forecast.addClassName(progress.onTrack() ? "gh-cpd-on-track" : "gh-cpd-behind");
        card.add(forecast);

        if (!progress.pending().isEmpty()) {
            var pending = new UnorderedList();
            pending.setId("cpd-pending-" + id);
            progress.pending().forEach(activity -> pending.add(new ListItem(getTranslation("cpd.my.pending",
                    activity.title(), CpdActivityEditor.credits(activity),
                    getTranslation(activity.status().labelKey()).toLowerCase(getLocale())))));
            card.add(new H4(getTranslation("cpd.my.waiting")), pending);
        }
        if (!progress.met()) {
            card.add(closeTheGap(id));
        }
        card.add(renewal(renewals.status(id)));

        var transcripts = new Div(new Span(getTranslation("cpd.my.transcripts") + " "));
        for (int cycle = 1; cycle <= certification.cycleNumber(); cycle++) {
            // The PDF is written in the language of this screen, which may not be the browser's.
            var link = new Anchor("cpd-transcripts/" + id + "/" + cycle + "?lang=" + getLocale().toLanguageTag(),
                    getTranslation("cpd.my.transcript-link", cycle));
            link.setRouterIgnore(true);
            link.setId("cpd-transcript-" + id + "-" + cycle);
            transcripts.add(link, new Span(" "));
        }
        card.add(transcripts);
        return card;
    }

    /** The institute's events before expiry that would still add counted credits, most first. */
    private Component closeTheGap(long certificationId) {
        var box = new Div(new H4(getTranslation("cpd.gap.heading")));
        box.setId("cpd-gap-" + certificationId);
        var closers = cpd.gapClosers(certificationId, GAP_CLOSERS_SHOWN);
        if (closers.isEmpty()) {
            box.add(new Paragraph(getTranslation("cpd.gap.none")));
            return box;
        }
        var list = new UnorderedList();
        closers.forEach(closer -> {
            var offer = closer.opportunity();
            list.add(new ListItem(new Anchor(offer.route(), offer.title()), new Span(" " + Translated.text(
                    Text.of("cpd.gap.item", offer.on(), closer.adds(), Text.of(offer.category().labelKey()))))));
        });
        box.add(list);
        return box;
    }

    private String forecast(CpdProgress progress) {
        if (progress.met()) {
            return getTranslation("cpd.my.forecast.met");
        }
        return progress.onTrack()
                ? getTranslation("cpd.my.forecast.on-track", progress.pacePerMonth(), progress.projected())
                : getTranslation("cpd.my.forecast.behind", progress.pacePerMonth(), progress.projected(),
                        progress.required(), progress.neededPerMonth());
    }

    private Component renewal(RenewalStatus status) {
        var box = new Div();
        box.addClassName("gh-cpd-renewal");
        box.setId("cpd-renewal-" + status.certification().id());
        box.add(new H4(getTranslation("cpd.my.renewal.heading")));
        box.add(new Paragraph(status.windowOpen() ? getTranslation("cpd.my.renewal.open")
                : Translated.text(Text.of("cpd.my.renewal.opens", status.windowOpensOn(), status.renewalFee()))));
        if (status.invoice() != null) {
            var invoice = status.invoice();
            box.add(new Paragraph(getTranslation("cpd.my.renewal.invoice", invoice.amount(), invoice.reference(),
                    invoice.status().label())));
        } else if (status.windowOpen()) {
            var pay = new Button(getTranslation("cpd.my.renewal.pay"), click -> requestRenewal(status.certification().id()));
            pay.setId("request-renewal-" + status.certification().id());
            box.add(pay);
        }
        if (status.essayRequired()) {
            var essay = status.essay();
            box.add(new Paragraph(getTranslation("cpd.my.renewal.essay", essay == null
                            ? getTranslation("cpd.my.renewal.essay-not-written")
                            : getTranslation(essay.status().labelKey()).toLowerCase(getLocale()))),
                    new Anchor("cpd/essay/" + status.certification().id(), getTranslation(essay == null
                            ? "cpd.my.renewal.write-essay" : "cpd.my.renewal.open-essay")));
        }
        if (!status.outstanding().isEmpty()) {
            var outstanding = new UnorderedList();
            status.outstanding().forEach(item -> outstanding.add(new ListItem(Translated.text(item))));
            box.add(new Paragraph(getTranslation("cpd.my.renewal.still-to-do")), outstanding);
        }
        return box;
    }

    private void requestRenewal(long certificationId) {
        try {
            var invoice = renewals.requestRenewal(certificationId);
            Toast.success(getTranslation("cpd.my.renewal.invoice-issued", invoice.reference()));
        } catch (CpdRefusedException | CertificationRefusedException refused) {
            Toast.error(refused);
        }
        render();
    }

    /** The log to take away, in the language of this screen. */
    private Component downloads() {
        var language = getLocale();
        var csv = new Anchor(download(() -> export.myLogCsv(language), "cpd-log.csv", "text/csv"),
                getTranslation("cpd.export.csv"));
        csv.setId("cpd-log-csv");
        var xlsx = new Anchor(download(() -> export.myLogXlsx(language), "cpd-log.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                getTranslation("cpd.export.xlsx"));
        xlsx.setId("cpd-log-xlsx");
        var links = new HorizontalLayout(csv, xlsx);
        links.addClassName("gh-cpd-downloads");
        return links;
    }

    private static DownloadHandler download(Supplier<byte[]> content, String filename, String type) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), filename, type, bytes.length);
        });
    }

    private Grid<CpdActivityDetails> log() {
        var grid = new Grid<CpdActivityDetails>();
        grid.setId("cpd-log");
        grid.addColumn(CpdActivityEditor::dates).setHeader(getTranslation("cpd.my.grid.date")).setAutoWidth(true);
        grid.addColumn(activity -> getTranslation(activity.category().labelKey()))
                .setHeader(getTranslation("cpd.my.grid.category")).setAutoWidth(true);
        grid.addColumn(CpdActivityDetails::title).setHeader(getTranslation("cpd.my.grid.activity")).setWidth("16rem").setFlexGrow(1);
        grid.addColumn(CpdActivityEditor::credits).setHeader(getTranslation("cpd.my.grid.claimed")).setAutoWidth(true);
        grid.addColumn(activity -> getTranslation(activity.status().labelKey()))
                .setHeader(getTranslation("cpd.my.grid.status")).setAutoWidth(true);
        grid.setItems(cpd.myActivities());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("cpd/activity/"
                + click.getItem().id())));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("cpd.my.grid.empty"));
        return grid;
    }
}
