package org.guildhall.cpd.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.cpd.CpdActivityForm;
import org.guildhall.cpd.CpdActivityNotFoundException;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdActivityDetails;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentRejectedException;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.drafts.DraftKeeper;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Logging one CPD activity: the category (its rule in one sentence under the choice), the kind, what, who, when
 * and how long, the questions only some categories ask, and the evidence. Save a draft, submit, or withdraw
 * before review; a reviewed activity is shown as it stands, and an audited one asks for its evidence again.
 */
@Route("cpd/activity")
@PageTitle("CPD activity")
@RolesAllowed(Role.Names.MEMBER)
final class CpdActivityEditor extends VerticalLayout implements HasUrlParameter<String> {

    private final CpdService cpd;
    private final DocumentService documents;
    private final CpdRulebook rules;
    private final Clock clock;
    private final Select<CpdCategory> category = new Select<>();
    private final Paragraph rule = new Paragraph();
    private final Select<CpdActivityType> type = new Select<>();
    private final TextField title = new TextField("Title");
    private final TextField provider = new TextField("Provider or publisher");
    private final DatePicker startsOn = new DatePicker("First day");
    private final DatePicker endsOn = new DatePicker("Last day");
    private final BigDecimalField hours = new BigDecimalField("Total hours");
    private final BigDecimalField excludedHours = new BigDecimalField("Non-educational hours");
    private final TextField audience = new TextField("Audience");
    private final Checkbox independent = new Checkbox(
            "This research is independent of my normal job responsibilities");
    private final TextArea description = new TextArea("Description");
    private final DocumentUploadField evidence;
    private final Paragraph error = new Paragraph();
    private final DraftKeeper<CpdActivityForm> draft;
    private @Nullable Long activityId;

    CpdActivityEditor(CpdService cpd, DocumentService documents, AccountService accounts, FormDrafts drafts,
            Clock clock) {
        this.cpd = cpd;
        this.documents = documents;
        this.clock = clock;
        this.rules = cpd.rulebook();
        this.evidence = new DocumentUploadField("Evidence", documents, accounts);
        this.draft = new DraftKeeper<>(drafts, this::draftKey, CpdActivityForm.class, this::form,
                CpdActivityForm::evidence)
                .watch(category, type, title, provider, startsOn, endsOn, hours, excludedHours, audience, independent,
                        description, evidence);
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
            add(new H2("Activity not found"), new Paragraph("There is no such activity in your CPD log."),
                    new Anchor("cpd", "Back to My CPD"));
        }
    }

    private void showForm(@Nullable CpdActivityDetails activity) {
        removeAll();
        configureFields();
        if (activity != null) {
            fill(asForm(activity));
        }
        var kept = draft.kept();
        kept.ifPresent(typed -> fill(typed.content()));
        error.setId("activity-error");
        error.addClassName("gh-error");
        error.setVisible(false);
        var form = new FormLayout(category, type, title, provider, startsOn, endsOn, hours, excludedHours, audience,
                independent, description, evidence);
        form.setColspan(rule, 2);
        form.setColspan(description, 2);
        form.setColspan(evidence, 2);
        form.setColspan(independent, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addComponentAtIndex(1, rule);

        var save = new Button("Save draft", click -> act(() -> cpd.saveDraft(activityId, form()), "Draft saved."));
        save.setId("save-draft");
        var submit = new Button("Submit for review", click -> act(() -> cpd.submit(activityId, form()),
                "Submitted. The registrar reviews it and you get an email with the decision."));
        submit.setId("submit-activity");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(save, submit);
        if (activity != null) {
            var withdraw = new Button("Withdraw", click -> withdraw(activity.id()));
            withdraw.setId("withdraw-activity");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        var heading = new H2(activity == null ? "Log a CPD activity" : activity.title());
        heading.setId("activity-title");
        add(heading);
        if (activity != null) {
            add(status(activity));
        }
        add(new Paragraph("Log each activity as soon as it is done, with its evidence: a certificate, an "
                + "attendance record, the published item."));
        kept.ifPresent(typed -> add(DraftKeeper.restoredNotice(typed, clock.getZone())));
        add(error, form, buttons);
    }

    private void configureFields() {
        category.setId("activity-category");
        category.setLabel("Category");
        category.setItems(CpdCategory.values());
        category.setItemLabelGenerator(choice -> choice == null ? "" : choice.label());
        category.addValueChangeListener(change -> showCategory(change.getValue()));
        rule.setId("category-rule");
        rule.addClassName("gh-rule");
        type.setId("activity-type");
        type.setLabel("Kind of activity");
        type.setItemLabelGenerator(choice -> choice == null ? "" : choice.choiceLabel());
        title.setId("activity-title-field");
        title.setMaxLength(200);
        provider.setId("activity-provider");
        provider.setMaxLength(200);
        provider.setHelperText("Who ran the course or event, or where it was published");
        startsOn.setId("activity-starts");
        endsOn.setId("activity-ends");
        endsOn.setHelperText("The same day for a one-day activity");
        var today = LocalDate.now(clock);
        startsOn.setMax(today);
        endsOn.setMax(today);
        startsOn.addValueChangeListener(change -> {
            if (change.getValue() != null && endsOn.getValue() == null) {
                endsOn.setValue(change.getValue());
            }
        });
        hours.setId("activity-hours");
        excludedHours.setId("activity-excluded");
        excludedHours.setHelperText("Registration, meals, breaks, exhibit hall time, pre-work: they do not count");
        audience.setId("activity-audience");
        audience.setMaxLength(200);
        audience.setHelperText("Who you delivered it to, e.g. \u201cNorthwind team leads\u201d");
        independent.setId("activity-independent");
        description.setId("activity-description");
        description.setMaxLength(2000);
        evidence.setId("activity-evidence");
        showCategory(null);
    }

    private void showCategory(@Nullable CpdCategory chosen) {
        rule.setText(chosen == null ? "Choose a category to see how it is credited." : rules.ruleSentence(chosen));
        var previous = type.getValue();
        type.setItems(chosen == null ? List.of() : rules.typesOf(chosen));
        if (previous != null && previous.category() == chosen) {
            type.setValue(previous);
        }
        boolean research = chosen == CpdCategory.RESEARCH;
        excludedHours.setVisible(chosen != null && chosen.excludesNonEducationalTime());
        audience.setVisible(chosen != null && chosen.recordsAudience());
        independent.setVisible(chosen != null && chosen.needsIndependenceDeclaration());
        hours.setLabel(research ? "Hours spent (for your records)" : chosen == CpdCategory.INSTRUCTION
                ? "Hours of presentation time" : "Total hours");
    }

    private static CpdActivityForm asForm(CpdActivityDetails activity) {
        return new CpdActivityForm(activity.category(), activity.activityType(), activity.title(),
                activity.provider(), activity.startsOn(), activity.endsOn(), activity.hours(),
                activity.excludedHours(), activity.description(), activity.audience(),
                activity.independenceDeclared(), activity.evidence());
    }

    private void fill(CpdActivityForm activity) {
        category.setValue(activity.category());
        if (activity.activityType() != null) {
            rules.type(activity.activityType()).ifPresent(type::setValue);
        }
        title.setValue(Objects.requireNonNullElse(activity.title(), ""));
        provider.setValue(Objects.requireNonNullElse(activity.provider(), ""));
        startsOn.setValue(activity.startsOn());
        endsOn.setValue(activity.endsOn());
        hours.setValue(activity.hours());
        excludedHours.setValue(activity.excludedHours());
        audience.setValue(Objects.requireNonNullElse(activity.audience(), ""));
        independent.setValue(activity.independenceDeclared());
        description.setValue(Objects.requireNonNullElse(activity.description(), ""));
        evidence.setValue(documents.findAll(activity.evidence()));
    }

    private CpdActivityForm form() {
        var chosenType = type.getValue();
        return new CpdActivityForm(category.getValue(), chosenType == null ? null : chosenType.code(),
                title.getValue(), provider.getValue(), startsOn.getValue(), endsOn.getValue(), hours.getValue(),
                excludedHours.isVisible() ? excludedHours.getValue() : BigDecimal.ZERO,
                description.getValue(), audience.isVisible() ? audience.getValue() : null,
                independent.isVisible() && independent.getValue(),
                evidence.getValue().stream().map(DocumentReference::id).toList());
    }

    private void act(Supplier<Long> action, String done) {
        try {
            long saved = action.get();
            draft.discard();
            activityId = saved;
            Toast.success(done);
            getUI().ifPresent(ui -> ui.navigate(MyCpdView.class));
        } catch (CpdRefusedException | DocumentRejectedException refused) {
            error.setText(refused.getMessage());
            error.setVisible(true);
        }
    }

    private void withdraw(long id) {
        try {
            cpd.withdraw(id);
            Toast.success("Withdrawn.");
            getUI().ifPresent(ui -> ui.navigate(MyCpdView.class));
        } catch (CpdRefusedException | CpdActivityNotFoundException refused) {
            error.setText(refused.getMessage());
            error.setVisible(true);
        }
    }

    /** A decided activity: its details, the registrar's note, and, under audit, the evidence upload. */
    private void showDecided(CpdActivityDetails activity) {
        removeAll();
        var heading = new H2(activity.title());
        heading.setId("activity-title");
        var details = new UnorderedList(
                new ListItem(activity.category().label() + " \u00b7 " + activity.activityTypeLabel()),
                new ListItem(activity.provider() + " \u00b7 " + dates(activity)),
                new ListItem(credits(activity) + " claimed"));
        if (activity.audience() != null) {
            details.add(new ListItem("Audience: " + activity.audience()));
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
            add(new Paragraph("Evidence:"), evidenceLinks);
        }
        if (activity.status() == CpdActivityStatus.AUDIT_REQUESTED) {
            error.setVisible(false);
            error.addClassName("gh-error");
            evidence.setValue(List.of());
            var send = new Button("Send audit evidence", click -> {
                try {
                    cpd.answerAudit(activity.id(), evidence.getValue().stream()
                            .map(DocumentReference::id).toList());
                    Toast.success("Sent to the registrar.");
                    load(String.valueOf(activity.id()));
                } catch (CpdRefusedException refused) {
                    error.setText(refused.getMessage());
                    error.setVisible(true);
                }
            });
            send.setId("send-audit-evidence");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(error, evidence, send);
        }
        add(new Anchor("cpd", "Back to My CPD"));
    }

    private Div status(CpdActivityDetails activity) {
        var badge = new Div(activity.status().label());
        badge.setId("activity-status");
        badge.addClassNames("gh-badge", activity.status().counts() ? "gh-badge-yes" : "gh-badge-no");
        var box = new Div(badge);
        if (activity.reviewNote() != null) {
            var note = new Paragraph("The registrar: " + activity.reviewNote());
            note.setId("activity-review-note");
            box.add(note);
        }
        return box;
    }

    static String dates(CpdActivityDetails activity) {
        return activity.startsOn().equals(activity.endsOn()) ? Formats.date(activity.endsOn())
                : Formats.date(activity.startsOn()) + " \u2013 " + Formats.date(activity.endsOn());
    }

    static String credits(CpdActivityDetails activity) {
        return activity.creditsClaimed().stripTrailingZeros().toPlainString() + " credits";
    }
}
