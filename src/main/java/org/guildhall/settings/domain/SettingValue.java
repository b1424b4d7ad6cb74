package org.guildhall.settings.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A setting's value from a day on, as an admin set it. Rows are never changed: a change is a new row, so the rows
 * are the audit trail; of two rows from the same day the later recorded one holds.
 */
@Entity
@Table(name = "setting_value")
public class SettingValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String settingKey;

    private BigDecimal settingValue;

    private LocalDate effectiveFrom;

    private String recordedBy;

    private Instant recordedAt;

    private String reason;

    protected SettingValue() {
    }

    public SettingValue(String settingKey, BigDecimal settingValue, LocalDate effectiveFrom, String recordedBy,
            Instant recordedAt, String reason) {
        this.settingKey = settingKey;
        this.settingValue = settingValue;
        this.effectiveFrom = effectiveFrom;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.reason = reason;
    }

    public RecordedValue recorded() {
        return new RecordedValue(settingKey, settingValue, effectiveFrom, recordedBy, recordedAt, reason);
    }

    public String settingKey() {
        return settingKey;
    }

    public BigDecimal value() {
        return settingValue;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String reason() {
        return reason;
    }
}
