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
@PageTitle("My certifications")
@Menu(order = 13, icon = "vaadin:diploma-scroll", title = "My certifications")
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
        add(new Paragraph("Each certification is active for three years from the day you passed. Keep it by earning "
                + "the CPD credits and paying the renewal fee in its last six weeks; once a cycle has expired, you can "
                + "re-apply and retake the exam."), cards);
        render();
        if (!cards.getChildren().allMatch(card -> "no-certifications".equals(card.getId().orElse("")))) {
            add(new NameChangeSection(nameChanges, documents, accounts));
        }
    }

    private void render() {
        cards.removeAll();
        var mine = certifications.myCertifications();
        if (mine.isEmpty()) {
            var none = new Paragraph("You hold no certification yet. See the routes to a designation under "
                    + "My route, and enrol for an exam under My exams.");
            none.setId("no-certifications");
            cards.add(none);
        }
        mine.forEach(certification -> cards.add(card(certification)));
    }

    private Div card(CertificationSummary certification) {
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "Route", certification.route().label());
        fact(facts, "Awarded", Formats.date(certification.awardedOn()));
        fact(facts, "Current cycle", certification.cycleNumber() + ", from "
                + Formats.date(certification.cycle().startsOn()));
        fact(facts, "Name on the credential", certification.holderName());
        fact(facts, certification.status().isCurrent() ? "Valid until" : "Was valid until",
                Formats.date(certification.cycle().lastValidDay()));
        fact(facts, "CPD this cycle", certification.cpdHoursRequired() + " hours");
        fact(facts, "Verification code", certification.verificationCode());

        var links = new HorizontalLayout();
        if (!certification.status().isWithheld()) {
            var download = new Anchor("certificates/" + certification.id(), "Download certificate (PDF)");
            download.setId("download-" + certification.id());
            // Served by a controller, not a view.
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            var badge = new Anchor("badges/credentials/" + certification.verificationCode() + "?download=true",
                    "Download Open Badge (JSON)");
            badge.setId("badge-" + certification.id());
            badge.setRouterIgnore(true);
            badge.getElement().setAttribute("download", true);
            links.add(download, badge);
        }
        if (certification.status().isCurrent()) {
            var linkedIn = new Anchor(certifications.linkedInAddToProfileUrl(certification), "Add to LinkedIn");
            linkedIn.setId("linkedin-" + certification.id());
            linkedIn.setTarget("_blank");
            linkedIn.getElement().setAttribute("rel", "noopener");
            links.add(linkedIn);
        }
        var publicPage = new Anchor("credentials/" + certification.verificationCode(), "Public credential page");
        publicPage.setId("public-page-" + certification.id());
        publicPage.setTarget("_blank");

        var reapply = new Button("Re-apply");
        reapply.setId("reapply-" + certification.id());
        boolean expired = certification.cycleExpired();
        reapply.setEnabled(expired);
        if (expired) {
            reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reapply.setDisableOnClick(true);
            reapply.setTooltipText("Retake the " + certification.designationCode() + " exam, with the same policies "
                    + "and fee as first-time examinees");
            reapply.addClickListener(event -> reapply(certification));
        }
        var reason = new Paragraph(expired
                ? "This cycle has expired. Re-apply to retake the exam and reinstate " + certification.designationCode()
                        + "."
                : "Re-apply is available from " + Formats.date(certification.cycle().expiresOn())
                        + ", when this cycle expires.");
        reason.setId("reapply-reason-" + certification.id());
        reason.addClassName("gh-hint");

        var title = new H2(certification.designationCode() + " \u00b7 " + certification.designationName());
        links.add(publicPage);
        var card = new Div(title, StatusBadge.of(certification.status()));
        var standing = certification.standing();
        if (certification.status().isWithheld() && standing != null) {
            var told = new Paragraph((standing.revoked() ? "Revoked on " : "Suspended from ")
                    + Formats.date(standing.since())
                    + (standing.until() != null ? " until " + Formats.date(standing.until()) : "")
                    + ". The registrar's reason: " + standing.explanation());
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
            Toast.success("You are enrolled to retake the " + enrolment.designationCode() + " exam. Pay the exam fee "
                    + "under My invoices, then book a sitting under My exams.");
            getUI().ifPresent(ui -> ui.navigate(ExamsView.class));
        } catch (CertificationRefusedException | CertificationNotFoundException refused) {
            Toast.error(refused);
            render();
        }
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
