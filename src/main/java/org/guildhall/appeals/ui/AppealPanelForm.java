package org.guildhall.appeals.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.guildhall.appeals.AppealPanelChoice;
import org.guildhall.appeals.AppealPanelOption;
import org.guildhall.shell.RecordForm;
import org.guildhall.shell.Translated;

/**
 * The registrar's choice of an appeal panel over {@link AppealPanelChoice}: every assessor, those who may not hear
 * the appeal shown with why and not selectable, and the chair from among the chosen.
 */
final class AppealPanelForm extends RecordForm<AppealPanelChoice> {

    AppealPanelForm(List<AppealPanelOption> options) {
        super(AppealPanelChoice.class);
        Map<Long, AppealPanelOption> byId = options.stream()
                .collect(Collectors.toMap(AppealPanelOption::accountId, Function.identity()));
        var assessors = new CheckboxGroup<Long>(getTranslation("appeals.panel-form.assessors.label"));
        assessors.setId("appeal-panel-assessors");
        assessors.setItems(options.stream().map(AppealPanelOption::accountId).toList());
        assessors.setItemLabelGenerator(id -> label(byId.get(id)));
        assessors.setItemEnabledProvider(id -> byId.get(id).eligible());
        var chair = new Select<Long>();
        chair.setLabel(getTranslation("appeals.panel-form.chair.label"));
        chair.setId("appeal-panel-chair");
        chair.setItemLabelGenerator(id -> id == null ? "" : byId.get(id).name());
        assessors.addValueChangeListener(event -> {
            var chosen = List.copyOf(event.getValue());
            var current = chair.getValue();
            chair.setItems(chosen);
            if (current != null && chosen.contains(current)) {
                chair.setValue(current);
            }
        });

        binder.forField(assessors).withConverter(Converter.<Set<Long>, List<Long>>from(
                set -> Result.ok(List.copyOf(set)), LinkedHashSet::new)).bind(AppealPanelChoice.ASSESSORS);
        binder.forField(chair).bind(AppealPanelChoice.CHAIR);
        binder.readRecord(new AppealPanelChoice(List.of(), null));
        getContent().add(assessors, chair);
    }

    private String label(AppealPanelOption option) {
        if (option.eligible()) {
            return option.name();
        }
        return option.name() + " \u2014 " + option.exclusions().stream().map(Translated::text)
                .collect(Collectors.joining("; "));
    }
}
