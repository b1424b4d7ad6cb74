-- Effective-dated settings (issue 18): each change of a tunable number is a new row from a day on, never updated,
-- so the rows are the audit trail. A setting without rows has the default its module declares.
CREATE TABLE setting_value (
    id BIGINT NOT NULL AUTO_INCREMENT,
    setting_key VARCHAR(100) NOT NULL,
    setting_value DECIMAL(12, 2) NOT NULL,
    effective_from DATE NOT NULL,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    CONSTRAINT pk_setting_value PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_setting_value_key ON setting_value (setting_key, effective_from);

-- The audit sample percentage moves from its one-row table to a setting; a value other than the default carries over.
INSERT INTO setting_value (setting_key, setting_value, effective_from, recorded_by, recorded_at, reason)
SELECT 'cpd.setting.audit-sample-percent', audit_sample_percent, DATE '2000-01-01', 'migration', CURRENT_TIMESTAMP(6),
       'Carried over from the CPD policy'
FROM cpd_policy WHERE audit_sample_percent <> 10;

DROP TABLE cpd_policy;
