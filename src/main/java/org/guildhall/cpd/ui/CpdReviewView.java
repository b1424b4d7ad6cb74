package org.guildhall.cpd.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
import org.guildhall.cpd.EvidenceReuse;
import org.guildhall.cpd.ReviewNoteData;
import org.guildhall.cpd.domain.CpdClaim;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.Role;
import org.guildhall.shell.NoteForm;
import org.guildhall.shell.Toast;

/** One CPD claim as the registrar decides it: the claim, the evidence, approve, reject or ask for more. */
@Route("registrar/cpd/activity")
@PageTitle("cpd.title.cpd-review")
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
            add(new H2(getTranslation("cpd.activity.not-found.heading")),
                    new Anchor("registrar/cpd", getTranslation("cpd.review.back")));
        }
    }

    private void render(CpdActivityDetails activity) {
        removeAll();
        var title = new H2(activity.title());
        title.setId("review-activity-title");
        var status = new Span(getTranslation(activity.status().labelKey()));
        status.setId("review-activity-status");
        status.addClassNames("gh-badge", activity.status().counts() ? "gh-badge-yes" : "gh-badge-no");
        var details = new UnorderedList(
                new ListItem(getTranslation("cpd.review.member", activity.memberName())),
                new ListItem(CpdActivityEditor.kind(activity)),
                new ListItem(getTranslation("cpd.review.provider", activity.provider())),
                new ListItem(getTranslation("cpd.review.dates", CpdActivityEditor.dates(activity))),
                new ListItem(activity.excludedHours().signum() > 0
                        ? getTranslation("cpd.review.hours-excluded", activity.hours(), activity.excludedHours())
                        : getTranslation("cpd.review.hours", activity.hours())),
                new ListItem(getTranslation("cpd.review.claims", CpdActivityEditor.credits(activity))));
        if (activity.audience() != null) {
            details.add(new ListItem(getTranslation("cpd.activity.audience", activity.audience())));
        }
        if (activity.category().needsIndependenceDeclaration()) {
            details.add(new ListItem(getTranslation(activity.independenceDeclared() ? "cpd.review.independent"
                    : "cpd.review.not-independent")));
        }
        if (activity.description() != null) {
            details.add(new ListItem(activity.description()));
        }
        add(title, status, details);
        if (activity.status() == CpdActivityStatus.AUDIT_SUBMITTED) {
            add(new Paragraph(getTranslation("cpd.review.audit-answered")));
        }
        var evidence = new UnorderedList();
        evidence.setId("review-evidence");
        var files = documents.findAll(activity.evidence());
        files.forEach(document -> {
            var link = new Anchor(document.downloadPath() + "?view=true", document.filename());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            evidence.add(new ListItem(link));
        });
        add(new H3(getTranslation("cpd.review.evidence")), evidence, EvidenceWarningList.of("review-evidence-warnings",
                "cpd.evidence-check.intro.registrar", activity.evidenceWarnings()));
        var reuse = review.evidenceReuse(activity.id());
        if (!reuse.isEmpty()) {
            add(reuseWarning(reuse, files));
        }
        if (activity.status().awaitsRegistrar()) {
            add(decisions(activity));
        }
        add(new Anchor("registrar/cpd", getTranslation("cpd.review.back")));
    }

    /** The same file is evidence elsewhere: each other use, with a link to that activity's review. */
    private Div reuseWarning(List<EvidenceReuse> reuse, List<DocumentReference> files) {
        Map<UUID, String> filenames = files.stream()
                .collect(Collectors.toMap(DocumentReference::id, DocumentReference::filename));
        var uses = new UnorderedList();
        reuse.forEach(use -> {
            String file = filenames.getOrDefault(use.documentId(), "");
            var text = new Span(use.sameMember()
                    ? getTranslation("cpd.review.reuse.same-member", file, use.otherActivityId(),
                            use.otherActivityTitle(), getTranslation(use.otherStatus().labelKey()))
                    : getTranslation("cpd.review.reuse.other-member", file, use.otherActivityId(),
                            use.otherActivityTitle(), use.otherMemberName(),
                            getTranslation(use.otherStatus().labelKey())));
            var open = new Anchor("registrar/cpd/activity/" + use.otherActivityId(),
                    getTranslation("cpd.review.reuse.open", use.otherActivityId()));
            open.setId("reuse-open-" + use.otherActivityId());
            uses.add(new ListItem(text, new Span(" "), open));
        });
        var warning = new Div(new H3(getTranslation("cpd.review.reuse.heading")),
                new Paragraph(getTranslation("cpd.review.reuse.text")), uses);
        warning.setId("review-evidence-reuse");
        warning.addClassName("gh-notice");
        return warning;
    }

    private HorizontalLayout decisions(CpdActivityDetails activity) {
        var approve = new Button(getTranslation("cpd.review.approve"), click -> act(activity.id(),
                () -> review.approve(activity.id()), "cpd.review.approved", Toast::error));
        approve.setId("approve-activity");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var more = new Button(getTranslation("cpd.review.ask-more"), click -> askForText("cpd.review.ask-more",
                "cpd.review.ask-more.label", activity.id(), "cpd.review.asked",
                text -> review.requestMoreEvidence(activity.id(), text)));
        more.setId("request-evidence");
        more.setEnabled(activity.status() == CpdActivityStatus.SUBMITTED);
        var reject = new Button(getTranslation("cpd.review.reject"), click -> askForText("cpd.review.reject.heading",
                "cpd.review.reject.label", activity.id(), "cpd.review.rejected",
                text -> review.reject(activity.id(), text)));
        reject.setId("reject-activity");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, more, reject);
    }

    /** Asks for the note the member reads; a refusal of the note shows on it, with what was typed kept. */
    private void askForText(String headingKey, String labelKey, long id, String doneKey, Consumer<String> decision) {
        var dialog = new Dialog(getTranslation(headingKey));
        var text = new TextArea(getTranslation(labelKey));
        text.setId("review-text");
        text.setWidthFull();
        text.setMaxLength(CpdClaim.MAX_DESCRIPTION);
        var form = new NoteForm<>(ReviewNoteData.class, ReviewNoteData.NOTE, text, new ReviewNoteData(""),
                getTranslation("cpd.review.note-needed"));
        dialog.add(form);
        var send = new Button(getTranslation("cpd.review.send"), click -> form.value().ifPresent(note -> act(id,
                () -> {
                    decision.accept(note.note());
                    dialog.close();
                }, doneKey, refused -> {
                    if (refused.fieldProblems().isEmpty()) {
                        dialog.close();
                    }
                    form.show(refused);
                })));
        send.setId("confirm-review");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("cpd.review.cancel"), click -> dialog.close()), send);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private void act(long id, Runnable decision, String doneKey, Consumer<CpdRefusedException> onRefused) {
        try {
            decision.run();
            Toast.success(getTranslation(doneKey));
        } catch (CpdRefusedException refused) {
            onRefused.accept(refused);
        }
        render(review.forReview(id));
    }
}
