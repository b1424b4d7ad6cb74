-- Issue 18: every certification cycle keeps the CPD requirement it was counted against, so the transcript of an
-- earlier cycle reads its own requirement, not the current cycle's (docs/decisions/cycle-requirement.md).
CREATE TABLE certification_cycle_requirement (
    certification_id   BIGINT NOT NULL,
    cycle_number       INT    NOT NULL,
    cpd_hours_required INT    NOT NULL,
    PRIMARY KEY (certification_id, cycle_number),
    CONSTRAINT fk_cycle_requirement_certification FOREIGN KEY (certification_id) REFERENCES certification (id),
    CONSTRAINT ck_cycle_requirement CHECK (cycle_number >= 1 AND cpd_hours_required >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The backfill. The current cycle: its requirement on record (already lowered by a granted pause). An earlier
-- cycle: the requirement a granted pause left it, else the best known value, the current cycle's requirement before
-- any pause (what the transcript assumed until now: no earlier requirement was ever stored).
INSERT INTO certification_cycle_requirement (certification_id, cycle_number, cpd_hours_required)
SELECT c.id, numbers.n,
       CASE WHEN numbers.n = c.cycle_number THEN c.cpd_hours_required
            ELSE COALESCE(paused.granted_required, current_pause.previous_required, c.cpd_hours_required) END
FROM certification c
JOIN (WITH RECURSIVE cycle_numbers (n) AS (
          SELECT 1
          UNION ALL
          SELECT n + 1 FROM cycle_numbers WHERE n < (SELECT COALESCE(MAX(cycle_number), 1) FROM certification))
      SELECT n FROM cycle_numbers) numbers ON numbers.n <= c.cycle_number
LEFT JOIN cpd_hardship_request paused
       ON paused.certification_id = c.id AND paused.cycle_number = numbers.n AND paused.state = 'PAUSED'
LEFT JOIN cpd_hardship_request current_pause
       ON current_pause.certification_id = c.id AND current_pause.cycle_number = c.cycle_number
      AND current_pause.state = 'PAUSED';
