-- Issue 20: the panel's decision records, for each competency domain of the rubric (seed 004), Met or Not yet
-- met with feedback written for the candidate. Decisions taken before this have no rows.
CREATE TABLE panel_domain_outcome (
    panel_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    domain_code VARCHAR(20)   NOT NULL,
    result      VARCHAR(20)   NOT NULL,
    feedback    VARCHAR(1500) NOT NULL,
    PRIMARY KEY (panel_id, position),
    CONSTRAINT uk_panel_domain_outcome UNIQUE (panel_id, domain_code),
    CONSTRAINT fk_panel_domain_outcome_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_panel_domain_outcome_domain FOREIGN KEY (domain_code) REFERENCES rubric_domain (code),
    CONSTRAINT ck_panel_domain_outcome_result CHECK (result IN ('MET', 'NOT_YET_MET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
