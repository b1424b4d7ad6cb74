package org.guildhall.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.NameChangeService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The member's certifications (seed 001's "Certifications page"): status, dates, the name as issued, the certificate
 * and the signed Open Badge to download, "Add to LinkedIn" while it stands, its public page, the registrar's reason
 * when suspended or revoked, and Re-apply, which opens only once the current cycle has expired.
 */
@Route("certification/mine")
@PageTitle("certification.title.my-certifications")
@Menu(order = 13, icon = "vaadin:diploma-scroll", title = "certification.menu.my-certifications")
@RolesAllowed(Role.Names.MEMBER)
final class MyCertificationsView extends VerticalLayout {

    private final CertificationService certifications;
    private final ExamService exams;
    private final Div cards = new Div();

    MyCertificationsView(CertificationService certifications, ExamService exams, NameChangeService nameChanges,
            DocumentService documents, AccountService accounts) {
        this.certifications = certifications;
        this.exams = exams;
        setId("my-certifications");
        addClassName("gh-page");
        cards.addClassName("gh-cards");
        add(new Paragraph(getTranslation("certification.mine.intro")), cards);
        render();
        if (!cards.getChildren().allMatch(card -> "no-certifications".equals(card.getId().orElse("")))) {
            add(new NameChangeSection(nameChanges, documents, accounts));
        }
    }

    private void render() {
        cards.removeAll();
        var mine = certifications.myCertifications();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("certification.mine.none"));
            none.setId("no-certifications");
            cards.add(none);
        }
        mine.forEach(certification -> cards.add(card(certification)));
    }

    private Div card(CertificationSummary certification) {
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "certification.mine.route", getTranslation(certification.route().labelKey()));
        fact(facts, "certification.mine.awarded", Formats.date(certification.awardedOn(), getLocale()));
        fact(facts, "certification.mine.cycle", getTranslation("certification.mine.cycle.value",
                certification.cycleNumber(), certification.cycle().startsOn()));
        fact(facts, "certification.mine.name", certification.holderName());
        fact(facts, certification.status().isCurrent() ? "certification.mine.valid-until"
                : "certification.mine.was-valid-until", Formats.date(certification.cycle().lastValidDay(),
                        getLocale()));
        fact(facts, "certification.mine.cpd", getTranslation("certification.mine.cpd.value",
                certification.cpdHoursRequired()));
        fact(facts, "certification.mine.code", certification.verificationCode());

        var links = new HorizontalLayout();
        if (!certification.status().isWithheld()) {
            var download = new Anchor("certificates/" + certification.id() + "?lang="
                    + getLocale().toLanguageTag(), getTranslation("certification.mine.download"));
            download.setId("download-" + certification.id());
            // Served by a controller, not a view.
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            var badge = new Anchor("badges/credentials/" + certification.verificationCode() + "?download=true",
                    getTranslation("certification.mine.badge"));
            badge.setId("badge-" + certification.id());
            badge.setRouterIgnore(true);
            badge.getElement().setAttribute("download", true);
            links.add(download, badge);
        }
        if (certification.status().isCurrent()) {
            var linkedIn = new Anchor(certifications.linkedInAddToProfileUrl(certification),
                    getTranslation("certification.mine.linkedin"));
            linkedIn.setId("linkedin-" + certification.id());
            linkedIn.setTarget("_blank");
            linkedIn.getElement().setAttribute("rel", "noopener");
            links.add(linkedIn);
        }
        var publicPage = new Anchor("credentials/" + certification.verificationCode(),
                getTranslation("certification.mine.public-page"));
        publicPage.setId("public-page-" + certification.id());
        publicPage.setTarget("_blank");

        var reapply = new Button(getTranslation("certification.mine.reapply"));
        reapply.setId("reapply-" + certification.id());
        boolean expired = certification.cycleExpired();
        reapply.setEnabled(expired);
        if (expired) {
            reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reapply.setDisableOnClick(true);
            reapply.setTooltipText(getTranslation("certification.mine.reapply.tooltip",
                    certification.designationCode()));
            reapply.addClickListener(event -> reapply(certification));
        }
        var reason = new Paragraph(expired
                ? getTranslation("certification.mine.reapply.expired", certification.designationCode())
                : getTranslation("certification.mine.reapply.from", certification.cycle().expiresOn()));
        reason.setId("reapply-reason-" + certification.id());
        reason.addClassName("gh-hint");

        var title = new H2(certification.designationCode() + " \u00b7 " + certification.designationName());
        links.add(publicPage);
        var card = new Div(title, StatusBadge.of(certification.status()));
        var standing = certification.standing();
        if (certification.status().isWithheld() && standing != null) {
            var told = new Paragraph(standing.revoked()
                    ? getTranslation("certification.mine.revoked", standing.since(), standing.explanation())
                    : standing.until() == null
                            ? getTranslation("certification.mine.suspended", standing.since(), standing.explanation())
                            : getTranslation("certification.mine.suspended-until", standing.since(), standing.until(),
                                    standing.explanation()));
            told.setId("standing-" + certification.id());
            told.addClassName("gh-hint");
            card.add(told);
        }
        card.add(facts, links, reapply, reason);
        card.setId("certification-" + certification.id());
        card.addClassName("gh-card");
        return card;
    }

    private void reapply(CertificationSummary certification) {
        try {
            var enrolment = exams.reapply(certification.id());
            Toast.success(getTranslation("certification.mine.reapplied", enrolment.designationCode()));
            getUI().ifPresent(ui -> ui.navigate(ExamsView.class));
        } catch (CertificationRefusedException | CertificationNotFoundException refused) {
            Toast.error(refused);
            render();
        }
    }

    private void fact(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }
}
