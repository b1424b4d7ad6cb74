-- The designation catalogue (seed 001: CPD hours per three-year cycle; seed 003: CCSM).
-- Reference data an admin may tune later; awarded certifications will keep their own copy of what applied.
CREATE TABLE designation (
    code                VARCHAR(8)   NOT NULL PRIMARY KEY,
    full_name           VARCHAR(120) NOT NULL,
    level               VARCHAR(20)  NOT NULL,
    cpd_hours_per_cycle INT          NOT NULL,
    cycle_years         INT          NOT NULL DEFAULT 3,
    CONSTRAINT ck_designation_level CHECK (level IN ('PROFESSIONAL', 'SPECIALIST', 'MANAGER')),
    CONSTRAINT ck_designation_hours CHECK (cpd_hours_per_cycle > 0),
    CONSTRAINT ck_designation_cycle CHECK (cycle_years > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO designation (code, full_name, level, cpd_hours_per_cycle) VALUES
    ('CCSP', 'Certified Customer Service Professional', 'PROFESSIONAL', 36),
    ('CCES', 'Certified Customer Experience Specialist', 'SPECIALIST', 36),
    ('CCEM', 'Certified Customer Experience Manager', 'MANAGER', 45),
    ('CRMP', 'Certified CRM Professional', 'PROFESSIONAL', 36),
    ('CRMS', 'Certified CRM Specialist', 'SPECIALIST', 36),
    ('CRMM', 'Certified CRM Manager', 'MANAGER', 45),
    ('CCCP', 'Certified Contact Center Professional', 'PROFESSIONAL', 36),
    ('CCCS', 'Certified Contact Center Specialist', 'SPECIALIST', 36),
    ('CCCM', 'Certified Contact Center Manager', 'MANAGER', 45),
    -- Seed 003 names CCSM without an hour figure; as a manager-level designation it takes the manager figure.
    ('CCSM', 'Certified Customer Service Manager', 'MANAGER', 45);
