-- The two routes to a designation (seed 003): the experience each asks for (years, tunable per designation), the
-- candidate's work history, the courses the exam route requires and the certificates that prove them, the exam's
-- syllabus, sittings, enrolments and bookings with their results.
ALTER TABLE designation
    ADD COLUMN experience_route_years INT NOT NULL DEFAULT 5,
    ADD COLUMN exam_route_years       INT NOT NULL DEFAULT 2,
    ADD COLUMN exam_pass_mark         INT NOT NULL DEFAULT 70,
    ADD CONSTRAINT ck_designation_route_years CHECK (experience_route_years > 0 AND exam_route_years > 0),
    ADD CONSTRAINT ck_designation_pass_mark CHECK (exam_pass_mark BETWEEN 1 AND 100);

CREATE TABLE work_period (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id           BIGINT        NOT NULL,
    employer             VARCHAR(120)  NOT NULL,
    job_title            VARCHAR(120)  NOT NULL,
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NULL,
    kind                 VARCHAR(30)   NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_work_period_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_work_period_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT ck_work_period_kind CHECK (kind IN ('MANAGEMENT_OR_CRM', 'CUSTOMER_SERVICE_ROLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_work_period_account ON work_period (account_id, starts_on);

-- Seed 003, "How it works": the courses an exam-route candidate completes first. Sales only "if applicable".
CREATE TABLE exam_course (
    code     VARCHAR(20)  NOT NULL PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    required BOOLEAN      NOT NULL,
    position INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO exam_course (code, name, required, position) VALUES
    ('SKILLS', 'Customer Service Skills Development', TRUE, 1),
    ('CRM', 'Customer Relationship Management (CRM) Certification', TRUE, 2),
    ('DIPLOMA', 'Customer Service Diploma studies', TRUE, 3),
    ('RETENTION', 'Customer Retention Strategies', TRUE, 4),
    ('SALES', 'Sales Certification (if applicable)', FALSE, 5);

CREATE TABLE course_certificate (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    course_code VARCHAR(20) NOT NULL,
    document_id UUID        NOT NULL,
    added_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_course_certificate UNIQUE (account_id, course_code, document_id),
    CONSTRAINT fk_course_certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_course_certificate_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_course_certificate_course FOREIGN KEY (course_code) REFERENCES exam_course (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_certificate_document ON course_certificate (document_id);

-- Seed 003, "Examination": what the exam tests, shown to candidates as the syllabus.
CREATE TABLE exam_syllabus_topic (
    position INT          NOT NULL PRIMARY KEY,
    title    VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO exam_syllabus_topic (position, title) VALUES
    (1, 'Customer service management principles'),
    (2, 'Effective customer service strategies and tools'),
    (3, 'Customer journey mapping and experience design'),
    (4, 'CRM systems and their role in improving customer relationships'),
    (5, 'Leadership and management skills in customer service environments');

-- A candidate who passed the experience check for a designation: recorded once, so its portfolio opens once.
CREATE TABLE experience_route_opening (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT      NOT NULL,
    designation_code VARCHAR(8)  NOT NULL,
    opened_at        DATETIME(6) NOT NULL,
    CONSTRAINT uk_experience_route_opening UNIQUE (account_id, designation_code),
    CONSTRAINT fk_experience_opening_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_experience_opening_designation FOREIGN KEY (designation_code) REFERENCES designation (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exam_sitting (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    starts_at   DATETIME     NOT NULL,
    venue       VARCHAR(200) NULL,
    online_link VARCHAR(300) NULL,
    capacity    INT          NOT NULL,
    seats_taken INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_exam_sitting_capacity CHECK (capacity > 0 AND seats_taken BETWEEN 0 AND capacity),
    CONSTRAINT ck_exam_sitting_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exam_sitting_starts ON exam_sitting (starts_at);

CREATE TABLE exam_enrolment (
    id                          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT         NOT NULL DEFAULT 0,
    candidate_account_id        BIGINT         NOT NULL,
    designation_code            VARCHAR(8)     NOT NULL,
    designation_name            VARCHAR(120)   NOT NULL,
    exam_fee                    DECIMAL(10, 2) NOT NULL,
    status                      VARCHAR(20)    NOT NULL,
    enrolled_at                 DATETIME(6)    NOT NULL,
    paid_at                     DATETIME(6)    NULL,
    reapplies_certification_id  BIGINT         NULL,
    CONSTRAINT fk_exam_enrolment_candidate FOREIGN KEY (candidate_account_id) REFERENCES account (id),
    CONSTRAINT fk_exam_enrolment_designation FOREIGN KEY (designation_code) REFERENCES designation (code),
    CONSTRAINT fk_exam_enrolment_reapplies FOREIGN KEY (reapplies_certification_id) REFERENCES certification (id),
    CONSTRAINT ck_exam_enrolment_status CHECK (status IN ('AWAITING_PAYMENT', 'READY_TO_BOOK', 'BOOKED', 'PASSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exam_enrolment_candidate ON exam_enrolment (candidate_account_id, enrolled_at);

CREATE TABLE exam_booking (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    enrolment_id        BIGINT       NOT NULL,
    sitting_id          BIGINT       NOT NULL,
    booked_at           DATETIME(6)  NOT NULL,
    score               INT          NULL,
    pass_mark           INT          NULL,
    passed              BOOLEAN      NULL,
    result_entered_at   DATETIME(6)  NULL,
    result_entered_by   VARCHAR(254) NULL,
    CONSTRAINT uk_exam_booking UNIQUE (enrolment_id, sitting_id),
    CONSTRAINT fk_exam_booking_enrolment FOREIGN KEY (enrolment_id) REFERENCES exam_enrolment (id),
    CONSTRAINT fk_exam_booking_sitting FOREIGN KEY (sitting_id) REFERENCES exam_sitting (id),
    CONSTRAINT ck_exam_booking_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CONSTRAINT ck_exam_booking_pass_mark CHECK (pass_mark IS NULL OR pass_mark BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exam_booking_sitting ON exam_booking (sitting_id);
