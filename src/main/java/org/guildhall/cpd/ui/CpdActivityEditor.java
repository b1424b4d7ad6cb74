package org.guildhall.cpd.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityNotFoundException;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdService;
import org.guildhall.cpd.EvidenceWarning;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentRejectedException;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;
import org.jspecify.annotations.Nullable;

/**
 * Logging one CPD activity ({@link CpdActivityFields}): save a draft, submit, or withdraw before review; a reviewed
 * activity is shown as it stands, and an audited one asks for new evidence.
 */
@Route("cpd/activity")
@PageTitle("cpd.title.cpd-activity-editor")
@RolesAllowed(Role.Names.MEMBER)
final class CpdActivityEditor extends VerticalLayout implements HasUrlParameter<String> {

    private final CpdService cpd;
    private final DocumentService documents;
    private final Clock clock;
    private final CpdActivityFields fields;
    private final DocumentUploadField auditEvidence;
    private final DraftKeeper<CpdActivityData> draft;
    private final CpdPreviewPanel preview = new CpdPreviewPanel();
    private final Div evidenceCheck = new Div();
    private @Nullable Long activityId;

    CpdActivityEditor(CpdService cpd, DocumentService documents, AccountService accounts, FormDrafts drafts,
            Clock clock) {
        this.cpd = cpd;
        this.documents = documents;
        this.clock = clock;
        var evidence = new DocumentUploadField(getTranslation("cpd.form.evidence.label"), documents, accounts);
        this.fields = new CpdActivityFields(cpd.rulebook(), documents, evidence, LocalDate.now(clock));
        evidence.addValueChangeListener(change -> checkEvidence());
        this.auditEvidence = new DocumentUploadField(getTranslation("cpd.form.audit-evidence.label"), documents,
                accounts);
        auditEvidence.setId("audit-evidence");
        this.draft = new DraftKeeper<>(drafts, this::draftKey, CpdActivityData.class, fields::draft,
                CpdActivityData::evidence)
                .watch(fields.fields());
        fields.onCreditsChanged(this::weigh);
        setId("cpd-activity");
        addClassName("gh-page");
    }

    /** One draft for a new activity, and one per activity being edited. */
    private String draftKey() {
        return "cpd-activity:" + (activityId == null ? "new" : activityId);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        load(parameter);
    }

    private void load(String parameter) {
        if ("new".equals(parameter)) {
            activityId = null;
            showForm(null);
            return;
        }
        try {
            var activity = cpd.myActivity(Long.parseLong(parameter));
            activityId = activity.id();
            if (activity.status().isOpenToMember()) {
                showForm(activity);
            } else {
                showDecided(activity);
            }
        } catch (NumberFormatException | CpdActivityNotFoundException notYours) {
            removeAll();
            add(new H2(getTranslation("cpd.activity.not-found.heading")),
                    new Paragraph(getTranslation("cpd.activity.not-found.text")),
                    new Anchor("cpd", getTranslation("cpd.activity.back")));
        }
    }

    private void showForm(@Nullable CpdActivityDetails activity) {
        removeAll();
        if (activity != null) {
            fields.read(asForm(activity));
        }
        var kept = draft.kept();
        kept.ifPresent(typed -> fields.read(typed.content()));

        var save = new Button(getTranslation("cpd.form.save-draft"),
                click -> act(cpd::saveDraft, "cpd.form.draft-saved"));
        save.setId("save-draft");
        var submit = new Button(getTranslation("cpd.form.submit"), click -> act(cpd::submit, "cpd.form.submitted"));
        submit.setId("submit-activity");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(save, submit);
        if (activity != null) {
            var withdraw = new Button(getTranslation("cpd.form.withdraw"), click -> withdraw(activity.id()));
            withdraw.setId("withdraw-activity");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        var heading = new H2(activity == null ? getTranslation("cpd.form.heading-new") : activity.title());
        heading.setId("activity-title");
        add(heading);
        if (activity != null) {
            add(status(activity));
        }
        add(new Paragraph(getTranslation("cpd.form.intro")));
        kept.ifPresent(typed -> add(DraftKeeper.restoredNotice(typed, clock.getZone())));
        weigh();
        add(fields, evidenceCheck, preview, buttons);
    }

    /** Just after an upload (or a removal), what the evidence's text does not show of the activity as typed. */
    private void checkEvidence() {
        try {
            showEvidenceCheck(cpd.evidenceWarnings(fields.draft()));
        } catch (CpdRefusedException notOwnEvidence) {
            fields.show(notOwnEvidence);
        }
    }

    private void showEvidenceCheck(List<EvidenceWarning> warnings) {
        evidenceCheck.removeAll();
        evidenceCheck.add(EvidenceWarningList.of("evidence-warnings", "cpd.evidence-check.intro.member", warnings));
    }

    /** The preview follows what the form holds now, readable or not. */
    private void weigh() {
        preview.show(cpd.preview(fields.draft(), activityId));
    }

    private static CpdActivityData asForm(CpdActivityDetails activity) {
        return new CpdActivityData(activity.category(), activity.activityType(), activity.title(),
                activity.provider(), activity.startsOn(), activity.endsOn(), activity.hours(),
                activity.excludedHours(), activity.description(), activity.audience(),
                activity.independenceDeclared(), activity.evidence());
    }

    /** Saves or submits what the form holds; a refusal shows on the fields concerned and nothing typed is lost. */
    private void act(BiFunction<@Nullable Long, CpdActivityData, Long> action, String doneKey) {
        var typed = fields.value();
        if (typed.isEmpty()) {
            return;
        }
        try {
            long saved = action.apply(activityId, typed.get());
            draft.discard();
            activityId = saved;
            Toast.success(getTranslation(doneKey));
            getUI().ifPresent(ui -> ui.navigate(MyCpdView.class));
        } catch (CpdRefusedException | DocumentRejectedException refused) {
            fields.show(refused);
        }
    }

    /** A refusal (already decided) or an activity gone reaches the session's error handler, which says so. */
    private void withdraw(long id) {
        cpd.withdraw(id);
        Toast.success(getTranslation("cpd.form.withdrawn"));
        getUI().ifPresent(ui -> ui.navigate(MyCpdView.class));
    }

    /** A decided activity: its details, the registrar's note, and, under audit, the evidence upload. */
    private void showDecided(CpdActivityDetails activity) {
        removeAll();
        var heading = new H2(activity.title());
        heading.setId("activity-title");
        var details = new UnorderedList(
                new ListItem(kind(activity)),
                new ListItem(activity.provider() + " \u00b7 " + dates(activity)),
                new ListItem(getTranslation("cpd.activity.claimed", credits(activity))));
        if (activity.audience() != null) {
            details.add(new ListItem(getTranslation("cpd.activity.audience", activity.audience())));
        }
        add(heading, status(activity), details);
        var evidenceLinks = new UnorderedList();
        this.documents.findAll(activity.evidence()).forEach(document -> {
            var link = new Anchor(document.downloadPath() + "?view=true", document.filename());
            link.setRouterIgnore(true);
            link.setTarget("_blank");
            evidenceLinks.add(new ListItem(link));
        });
        if (!activity.evidence().isEmpty()) {
            add(new Paragraph(getTranslation("cpd.activity.evidence")), evidenceLinks,
                    EvidenceWarningList.of("evidence-warnings", "cpd.evidence-check.intro.member",
                            activity.evidenceWarnings()));
        }
        if (activity.status() == CpdActivityStatus.AUDIT_REQUESTED) {
            auditEvidence.setValue(List.of());
            var send = new Button(getTranslation("cpd.activity.send-audit-evidence"),
                    click -> answerAudit(activity.id()));
            send.setId("send-audit-evidence");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(auditEvidence, send);
        }
        add(new Anchor("cpd", getTranslation("cpd.activity.back")));
    }

    private void answerAudit(long id) {
        try {
            cpd.answerAudit(id, auditEvidence.getValue().stream().map(DocumentReference::id).toList());
            Toast.success(getTranslation("cpd.activity.audit-sent"));
            load(String.valueOf(id));
        } catch (CpdRefusedException refused) {
            auditEvidence.setErrorMessage(Translated.reasons(refused));
            auditEvidence.setInvalid(true);
            auditEvidence.focus();
        }
    }

    private Div status(CpdActivityDetails activity) {
        var badge = new Div(getTranslation(activity.status().labelKey()));
        badge.setId("activity-status");
        badge.addClassNames("gh-badge", activity.status().counts() ? "gh-badge-yes" : "gh-badge-no");
        var box = new Div(badge);
        if (activity.reviewNote() != null) {
            var note = new Paragraph(getTranslation("cpd.activity.registrar-note", activity.reviewNote()));
            note.setId("activity-review-note");
            box.add(note);
        } else if (activity.status() == CpdActivityStatus.AUDIT_REQUESTED) {
            var note = new Paragraph(getTranslation("cpd.audit.drawn"));
            note.setId("activity-review-note");
            box.add(note);
        }
        return box;
    }

    /** The day, or the first and last days, in the reader's language. */
    static String dates(CpdActivityDetails activity) {
        var format = DateTimeFormatter.ofPattern(Text.DATE, UI.getCurrent().getLocale());
        return activity.startsOn().equals(activity.endsOn()) ? format.format(activity.endsOn())
                : format.format(activity.startsOn()) + " \u2013 " + format.format(activity.endsOn());
    }

    static String credits(CpdActivityDetails activity) {
        return UI.getCurrent().getTranslation("cpd.activity.credits", activity.creditsClaimed());
    }

    /** "Continuing Education · Webinar, webcast or video-conference" in the reader's language. */
    static String kind(CpdActivityDetails activity) {
        var ui = UI.getCurrent();
        return ui.getTranslation(activity.category().labelKey()) + " \u00b7 "
                + ui.getTranslation(CpdActivityType.labelKey(activity.activityType()));
    }
}
