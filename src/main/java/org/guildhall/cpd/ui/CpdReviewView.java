package org.guildhall.cpd.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdActivityNotFoundException;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Toast;

/** One CPD claim as the registrar decides it: the claim, the evidence, approve, reject or ask for more. */
@Route("registrar/cpd/activity")
@PageTitle("Review CPD activity")
@RolesAllowed(Role.Names.REGISTRAR)
final class CpdReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    private final CpdReviewService review;
    private final DocumentService documents;

    CpdReviewView(CpdReviewService review, DocumentService documents) {
        this.review = review;
        this.documents = documents;
        setId("cpd-review");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            render(review.forReview(id));
        } catch (CpdActivityNotFoundException missing) {
            removeAll();
            add(new H2("Activity not found"), new Anchor("registrar/cpd", "Back to the CPD queue"));
        }
    }

    private void render(CpdActivityDetails activity) {
        removeAll();
        var title = new H2(activity.title());
        title.setId("review-activity-title");
        var status = new Span(activity.status().label());
        status.setId("review-activity-status");
        status.addClassNames("gh-badge", activity.status().counts() ? "gh-badge-yes" : "gh-badge-no");
        var details = new UnorderedList(
                new ListItem("Member: " + activity.memberName()),
                new ListItem(activity.category().label() + " \u00b7 " + activity.activityTypeLabel()),
                new ListItem("Provider: " + activity.provider()),
                new ListItem("Dates: " + CpdActivityEditor.dates(activity)),
                new ListItem("Hours: " + activity.hours().stripTrailingZeros().toPlainString()
                        + (activity.excludedHours().signum() > 0 ? ", of which non-educational "
                        + activity.excludedHours().stripTrailingZeros().toPlainString() : "")),
                new ListItem("Claims " + CpdActivityEditor.credits(activity)));
        if (activity.audience() != null) {
            details.add(new ListItem("Audience: " + activity.audience()));
        }
        if (activity.category().needsIndependenceDeclaration()) {
            details.add(new ListItem(activity.independenceDeclared()
                    ? "Declared independent of the member's normal job responsibilities" : "No independence declared"));
        }
        if (activity.description() != null) {
            details.add(new ListItem(activity.description()));
        }
        add(title, status, details);
        if (activity.status() == CpdActivityStatus.AUDIT_SUBMITTED) {
            add(new Paragraph("This approved activity was drawn for audit; the member has sent its evidence again. "
                    + "Approve to close the audit, or reject to stop it counting."));
        }
        var evidence = new UnorderedList();
        evidence.setId("review-evidence");
        documents.findAll(activity.evidence()).forEach(document -> {
            var link = new Anchor(document.downloadPath() + "?view=true", document.filename());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            evidence.add(new ListItem(link));
        });
        add(new H3("Evidence"), evidence);
        if (activity.status().awaitsRegistrar()) {
            add(decisions(activity));
        }
        add(new Anchor("registrar/cpd", "Back to the CPD queue"));
    }

    private HorizontalLayout decisions(CpdActivityDetails activity) {
        var approve = new Button("Approve", click -> act(activity.id(), () -> review.approve(activity.id()),
                "Approved; the member is emailed."));
        approve.setId("approve-activity");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var more = new Button("Ask for more evidence", click -> askForText("Ask for more evidence",
                "What should the member add?", text -> act(activity.id(),
                        () -> review.requestMoreEvidence(activity.id(), text), "Sent to the member.")));
        more.setId("request-evidence");
        more.setEnabled(activity.status() == CpdActivityStatus.SUBMITTED);
        var reject = new Button("Reject", click -> askForText("Reject the activity", "Reason (the member reads this)",
                text -> act(activity.id(), () -> review.reject(activity.id(), text), "Rejected; the member is told.")));
        reject.setId("reject-activity");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, more, reject);
    }

    private void askForText(String heading, String label, Consumer<String> decision) {
        var dialog = new Dialog(heading);
        var text = new TextArea(label);
        text.setId("review-text");
        text.setWidthFull();
        text.setMaxLength(2000);
        dialog.add(text);
        var send = new Button("Send", click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage("Write a few words for the member.");
                text.setInvalid(true);
                return;
            }
            dialog.close();
            decision.accept(text.getValue());
        });
        send.setId("confirm-review");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void act(long id, Runnable decision, String done) {
        try {
            decision.run();
            Toast.success(done);
        } catch (CpdRefusedException refused) {
            Toast.error(refused);
        }
        render(review.forReview(id));
    }
}
