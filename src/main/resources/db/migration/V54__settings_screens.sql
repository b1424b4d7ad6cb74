-- Settings screens (issue 18). Panel size, days to score and the disagreement spread move from their one-row table
-- to effective-dated settings; a value other than the default carries over from the first day.
INSERT INTO setting_value (setting_key, setting_value, effective_from, recorded_by, recorded_at, reason)
SELECT 'assessment.setting.panel-size', panel_size, DATE '2000-01-01', 'migration', CURRENT_TIMESTAMP(6),
       'Carried over from the assessment settings'
FROM assessment_settings WHERE panel_size <> 3;

INSERT INTO setting_value (setting_key, setting_value, effective_from, recorded_by, recorded_at, reason)
SELECT 'assessment.setting.days-to-score', days_to_score, DATE '2000-01-01', 'migration', CURRENT_TIMESTAMP(6),
       'Carried over from the assessment settings'
FROM assessment_settings WHERE days_to_score <> 21;

INSERT INTO setting_value (setting_key, setting_value, effective_from, recorded_by, recorded_at, reason)
SELECT 'assessment.setting.disagreement-spread', disagreement_spread, DATE '2000-01-01', 'migration',
       CURRENT_TIMESTAMP(6), 'Carried over from the assessment settings'
FROM assessment_settings WHERE disagreement_spread <> 2;

DROP TABLE assessment_settings;
