package org.guildhall.assessment.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.assessment.AssessmentRefusedException;
import org.guildhall.assessment.ConflictOverridesData;
import org.guildhall.assessment.AssessorOption;
import org.guildhall.assessment.PanelService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioNotFoundException;
import org.guildhall.shell.Toast;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.FieldErrors;
import org.guildhall.shell.Translated;

/**
 * Forming a panel: the portal's proposal is preselected (lightest workload, no conflicts); the registrar may
 * change it, gives a reason for each conflicted assessor kept, picks the chair and the due date.
 */
@Route("registrar/panels/form")
@PageTitle("assessment.title.form-panel")
@RolesAllowed(Role.Names.REGISTRAR)
final class FormPanelView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PanelService panels;
    private final Grid<AssessorOption> grid = new Grid<>();
    private final Div reasons = new Div();
    private final Map<Long, TextField> reasonFields = new HashMap<>();
    private final AnswerParts<Long, String> overrideReasons = new AnswerParts<>();
    private final Binder<ConflictOverridesData> overrides = new Binder<>(ConflictOverridesData.class);
    private final Select<AssessorOption> chair = new Select<>();
    private final DatePicker due = DateInputs.datePicker(getTranslation("assessment.form-panel.due"));
    private long portfolioId;
    private String designationCode = "";

    FormPanelView(PanelService panels) {
        this.panels = panels;
        setId("form-panel");
        addClassName("gh-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long portfolioId) {
        this.portfolioId = portfolioId;
        List<AssessorOption> options;
        try {
            options = panels.options(portfolioId);
        } catch (PortfolioNotFoundException | AssessmentRefusedException notSubmitted) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        int size = panels.panelSize();
        designationCode = panels.designationOf(portfolioId);
        add(new H2(getTranslation("assessment.form-panel.heading", size)),
                new Paragraph(getTranslation("assessment.form-panel.intro")));

        grid.setId("assessor-options");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(AssessorOption::name).setHeader(getTranslation("assessment.column.assessor")).setFlexGrow(1);
        grid.addColumn(AssessorOption::openPanels).setHeader(getTranslation("assessment.column.open-panels")).setAutoWidth(true);
        grid.addColumn(this::proposal).setHeader(getTranslation("assessment.column.proposal")).setFlexGrow(2);
        grid.addColumn(o -> o.qualifiedBy() == null
                        ? getTranslation("assessment.qualification.none", designationCode)
                        : Translated.text(o.qualifiedBy()))
                .setHeader(getTranslation("assessment.column.qualified")).setFlexGrow(1);
        grid.setPartNameGenerator(o -> o.conflicted() ? "conflicted" : null);
        grid.setItems(options);
        grid.setAllRowsVisible(true);
        grid.asMultiSelect().select(options.stream().filter(AssessorOption::proposed).toList());
        grid.asMultiSelect().addValueChangeListener(e -> selectionChanged());

        chair.setId("panel-chair");
        chair.setLabel(getTranslation("assessment.seat.chair"));
        chair.setItemLabelGenerator(o -> o == null ? "" : o.name());
        due.setId("panel-due");
        due.setValue(panels.defaultDueDate());
        reasons.setId("override-reasons");
        overrides.forField(overrideReasons).bind(ConflictOverridesData.REASONS);
        overrides.readRecord(new ConflictOverridesData(Map.of()));

        var form = new Button(getTranslation("assessment.form-panel.submit"), e -> form(size));
        form.setId("form-panel-submit");
        form.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(grid, reasons, new HorizontalLayout(chair, due), form);
        selectionChanged();
    }

    /** Proposed or not, then each conflict's reason and any earlier panel sat on (continuity, no conflict). */
    private String proposal(AssessorOption option) {
        var parts = new java.util.ArrayList<String>();
        if (option.proposed()) {
            parts.add(getTranslation("assessment.form-panel.proposed"));
        }
        option.conflicts().forEach(c -> parts.add(Translated.text(c.detail())));
        option.continuity().forEach(text -> parts.add(Translated.text(text)));
        return String.join(" ", parts);
    }

    private void selectionChanged() {
        var selected = List.copyOf(grid.getSelectedItems());
        var previousChair = chair.getValue();
        chair.setItems(selected);
        if (previousChair != null && selected.contains(previousChair)) {
            chair.setValue(previousChair);
        } else if (!selected.isEmpty()) {
            chair.setValue(selected.getFirst());
        }
        reasons.removeAll();
        selected.stream().filter(AssessorOption::conflicted).forEach(option -> {
            var field = reasonFields.computeIfAbsent(option.accountId(), id -> {
                var reason = overrideReasons.part(id, ConflictOverridesData.reasonField(id),
                        new TextField(getTranslation("assessment.form-panel.override.label", option.name(),
                                option.conflicts().stream().map(c -> Translated.text(c.kind().text()))
                                        .collect(Collectors.joining(", ")))));
                reason.setWidthFull();
                reason.setMaxLength(ConflictOverridesData.MAX_REASON);
                return reason;
            });
            reasons.add(field);
        });
    }

    private void form(int size) {
        var selected = List.copyOf(grid.getSelectedItems());
        if (selected.size() != size) {
            Toast.error(getTranslation("assessment.form-panel.count", size, selected.size()));
            return;
        }
        if (chair.getValue() == null || due.getValue() == null) {
            Toast.error(getTranslation("assessment.form-panel.chair-and-due"));
            return;
        }
        FieldErrors.write(overrides).ifPresent(reasons -> {
            try {
                long panelId = panels.form(portfolioId, selected.stream().map(AssessorOption::accountId).toList(),
                        chair.getValue().accountId(), due.getValue(), reasons.reasons());
                Toast.success(getTranslation("assessment.form-panel.formed"));
                getUI().ifPresent(ui -> ui.navigate(PanelView.class, panelId));
            } catch (AssessmentRefusedException refused) {
                FieldErrors.show(overrides, refused);
            }
        });
    }
}
