package org.guildhall.settings.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.settings.SettingChangeData;
import org.guildhall.settings.SettingSummary;
import org.guildhall.shell.DateInputs;
import org.guildhall.shell.RecordForm;

/**
 * The admin's new value for one setting from a day on, with why, bound to {@link SettingChangeData} by one
 * {@link Binder}; the settings rules check it and each problem shows on its field.
 */
final class SettingChangeForm extends RecordForm<SettingChangeData> {

    static final int MAX_REASON = 500;

    SettingChangeForm(SettingSummary summary, LocalDate today) {
        super(SettingChangeData.class);
        var setting = summary.setting();
        // The setting being changed, shown by its name; the record carries its key.
        var name = new TextField(getTranslation("settings.form.setting"));
        name.setId("setting-name");
        name.setReadOnly(true);
        var value = new BigDecimalField(getTranslation("settings.form.value"));
        value.setId("setting-value");
        value.setHelperText(getTranslation("settings.form.value-help", setting.minimum(), setting.maximum(),
                getTranslation(setting.unit().key())).strip());
        var from = DateInputs.datePicker(getTranslation("settings.form.from"));
        from.setId("setting-from");
        from.setMin(today);
        var reason = new TextArea(getTranslation("settings.form.reason"));
        reason.setId("setting-reason");
        reason.setMaxLength(MAX_REASON);

        binder.forField(name).withConverter(shown -> setting.key(), key -> getTranslation(setting.labelKey()),
                "").bind(SettingChangeData.KEY);
        binder.forField(value).bind(SettingChangeData.VALUE);
        binder.forField(from).bind(SettingChangeData.EFFECTIVE_FROM);
        binder.forField(reason).withNullRepresentation("").bind(SettingChangeData.REASON);
        binder.readRecord(new SettingChangeData(setting.key(), summary.valueToday(), today.plusDays(1), ""));

        getContent().add(name, value, from, reason);
        getContent().setColspan(reason, 2);
    }
}
