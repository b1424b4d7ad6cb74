package org.guildhall.membership.ui;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationChangedConcurrentlyException;
import org.guildhall.membership.ApplicationNotAllowedException;
import org.guildhall.membership.ApplicationReviewSection;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.MembershipApplicationDetails;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.domain.ApplicationDecision;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * One application as the registrar reviews it: the answers, the eligibility result recomputed now, what other
 * modules add (sponsor endorsements, documents), the decision history, and the three decisions.
 */
@Route("registrar/application")
@PageTitle("membership.title.application-review")
@RolesAllowed(Role.Names.REGISTRAR)
final class ApplicationReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    private final MembershipService memberships;
    private final List<ApplicationReviewSection> sections;
    private final DocumentService documents;
    private final Clock clock;
    private long applicationId;

    ApplicationReviewView(MembershipService memberships, List<ApplicationReviewSection> sections,
            DocumentService documents, Clock clock) {
        this.memberships = memberships;
        this.documents = documents;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ApplicationReviewSection::order)).toList();
        this.clock = clock;
        setId("application-review");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long applicationId) {
        this.applicationId = applicationId;
        render(memberships.review(applicationId));
    }

    private void render(MembershipApplicationDetails application) {
        removeAll();
        var title = new H2(getTranslation("membership.review.title", application.applicantName(),
                getTranslation(application.category() == null ? "membership.review.no-category"
                        : application.category().key())));
        title.setId("review-title");
        var status = getTranslation(application.status().key());
        var state = new Paragraph(application.submittedAt() == null
                ? getTranslation("membership.review.state", application.applicantEmail(), status)
                : getTranslation("membership.review.state-submitted", application.applicantEmail(), status,
                        application.submittedAt().atZone(clock.getZone()).toLocalDate()));
        state.setId("review-status");
        add(title, state);
        if (application.status() == ApplicationStatus.SUBMITTED) {
            add(decisionButtons(application));
        }
        add(new H3(getTranslation("membership.review.answers")), answers(application),
                new H3(getTranslation("membership.review.eligibility")), eligibility(application),
                new H3(getTranslation("membership.application.documents-heading")), documentLinks(application));
        sections.forEach(section -> add(section.render(application)));
        add(new H3(getTranslation("membership.review.decisions")), history(application));
    }

    private HorizontalLayout decisionButtons(MembershipApplicationDetails application) {
        var approve = new Button(getTranslation("membership.changes.approve"), event -> confirmApproval(application));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var moreInformation = new Button(getTranslation("membership.review.more-information"), event -> askForText(
                "membership.review.more-information", "membership.review.more-information.label",
                text -> memberships.requestMoreInformation(application.id(), application.version(), text)));
        moreInformation.setId("request-information");
        var reject = new Button(getTranslation("membership.changes.reject"), event -> askForText(
                "membership.review.reject", "membership.review.reject.label",
                text -> memberships.reject(application.id(), application.version(), text)));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, moreInformation, reject);
    }

    private void confirmApproval(MembershipApplicationDetails application) {
        var dialog = new Dialog(getTranslation("membership.review.approve.heading", application.applicantName()));
        dialog.add(new Paragraph(getTranslation("membership.review.approve.text")));
        var confirm = new Button(getTranslation("membership.changes.approve"), event -> {
            dialog.close();
            act(() -> {
                var record = memberships.approve(application.id(), application.version());
                Toast.success(getTranslation("membership.review.approved", record.memberNumber()));
            });
        });
        confirm.setId("confirm-approve");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("membership.review.cancel"), event -> dialog.close()),
                confirm);
        dialog.open();
    }

    private void askForText(String headingKey, String labelKey, Consumer<String> decision) {
        var dialog = new Dialog(getTranslation(headingKey));
        var form = DecisionReasonForm.create(getTranslation(labelKey), "decision-text",
                ApplicationDecision.MAX_NOTE_LENGTH);
        dialog.add(form);
        var confirm = new Button(getTranslation("membership.review.send"), event -> form.value().ifPresent(data -> {
            try {
                decision.accept(data.reason());
                Toast.success(getTranslation("membership.review.recorded"));
            } catch (ApplicationNotAllowedException refused) {
                if (!refused.fieldProblems().isEmpty()) {
                    form.show(refused);
                    return;
                }
                Toast.error(refused);
            } catch (ApplicationChangedConcurrentlyException changed) {
                Toast.error(changed);
            }
            dialog.close();
            render(memberships.review(applicationId));
        }));
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("membership.review.cancel"), event -> dialog.close()),
                confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** Runs a decision; whatever happens, the page then shows the application as it now is. */
    private void act(Runnable decision) {
        try {
            decision.run();
        } catch (ApplicationChangedConcurrentlyException | ApplicationNotAllowedException refused) {
            Toast.error(refused);
        }
        render(memberships.review(applicationId));
    }

    private UnorderedList answers(MembershipApplicationDetails application) {
        var list = new UnorderedList();
        application.answers().inText().forEach(line -> list.add(new ListItem(Translated.text(line))));
        list.setId("review-answers");
        return list;
    }

    private UnorderedList documentLinks(MembershipApplicationDetails application) {
        var list = new UnorderedList();
        list.setId("review-documents");
        documents.findAll(application.documentIds()).forEach(document -> {
            var view = new Anchor(document.downloadPath() + "?view=true", document.filename());
            view.setTarget("_blank");
            var download = new Anchor(document.downloadPath(), getTranslation("membership.review.download"));
            list.add(new ListItem(view, new Span(" " + getTranslation("membership.review.document", document.contentType(),
                    Math.max(1, document.size() / 1024))), download));
        });
        if (application.documentIds().isEmpty()) {
            list.add(new ListItem(getTranslation("membership.review.no-documents")));
        }
        return list;
    }

    private static Div eligibility(MembershipApplicationDetails application) {
        var verdicts = new Div();
        verdicts.addClassName("gh-panels");
        verdicts.setId("review-eligibility");
        application.eligibilityNow().forEach(verdict -> verdicts.add(EligibilityQuestionnaire.verdictCard(verdict)));
        return verdicts;
    }

    private Div history(MembershipApplicationDetails application) {
        var history = new Div();
        history.setId("review-history");
        if (application.decisions().isEmpty()) {
            history.add(new Paragraph(getTranslation("membership.review.no-decisions")));
        }
        application.decisions().forEach(decision -> history.add(new Paragraph(getTranslation(
                decision.note() == null ? "membership.review.decision" : "membership.review.decision-noted",
                decision.decidedAt().atZone(clock.getZone()), getTranslation(decision.outcome()),
                decision.decidedBy(), decision.note()))));
        return history;
    }
}
