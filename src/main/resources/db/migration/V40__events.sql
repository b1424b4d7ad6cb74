-- Events of the institute (seed 000: seminars earn membership and certification points; seed 002: workshops,
-- conferences, forums and monthly discussion groups), their registrations and waiting lists, attendance, and the
-- membership points ledger attendance feeds.

-- The tunable rules of the events module, one row: registrars' defaults and the attendance import's limit.
CREATE TABLE event_settings (
    id                                INT NOT NULL PRIMARY KEY,
    default_cancellation_cutoff_hours INT NOT NULL,
    attendance_import_max_rows        INT NOT NULL,
    CONSTRAINT ck_event_settings_single CHECK (id = 1),
    CONSTRAINT ck_event_settings_values CHECK (default_cancellation_cutoff_hours >= 0
        AND attendance_import_max_rows > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registrants may cancel until 48 hours before the start; an attendance sheet holds at most 2,000 rows.
INSERT INTO event_settings (id, default_cancellation_cutoff_hours, attendance_import_max_rows) VALUES (1, 48, 2000);

CREATE TABLE institute_event (
    id                        BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT         NOT NULL DEFAULT 0,
    kind                      VARCHAR(20)    NOT NULL,
    title                     VARCHAR(160)   NOT NULL,
    description               VARCHAR(4000)  NOT NULL,
    starts_at                 DATETIME(6)    NOT NULL,
    ends_at                   DATETIME(6)    NOT NULL,
    time_zone                 VARCHAR(64)    NOT NULL,
    venue                     VARCHAR(300)   NULL,
    online_link               VARCHAR(500)   NULL,
    capacity                  INT            NOT NULL,
    member_fee                DECIMAL(10, 2) NOT NULL,
    non_member_fee            DECIMAL(10, 2) NOT NULL,
    cpd_category              VARCHAR(30)    NOT NULL,
    educational_hours         DECIMAL(5, 2)  NOT NULL,
    membership_points         INT            NOT NULL,
    cancellation_cutoff_hours INT            NULL,
    status                    VARCHAR(20)    NOT NULL,
    published_at              DATETIME(6)    NOT NULL,
    cancelled_at              DATETIME(6)    NULL,
    CONSTRAINT ck_event_cpd_category CHECK (cpd_category IN ('CONTINUING_EDUCATION', 'INSTRUCTION', 'ON_THE_JOB',
        'RESEARCH')),
    CONSTRAINT ck_event_kind CHECK (kind IN ('SEMINAR', 'WORKSHOP', 'CONFERENCE', 'FORUM', 'DISCUSSION_GROUP',
        'WEBINAR')),
    CONSTRAINT ck_event_status CHECK (status IN ('PUBLISHED', 'CANCELLED')),
    CONSTRAINT ck_event_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_event_place CHECK (venue IS NOT NULL OR online_link IS NOT NULL),
    CONSTRAINT ck_event_numbers CHECK (capacity > 0 AND member_fee >= 0 AND non_member_fee >= 0
        AND educational_hours >= 0 AND membership_points >= 0
        AND (cancellation_cutoff_hours IS NULL OR cancellation_cutoff_hours >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_institute_event_start ON institute_event (status, starts_at);

-- Members who present at an event: they earn Instruction hours for it instead of Continuing Education.
CREATE TABLE event_presenter (
    event_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    CONSTRAINT pk_event_presenter PRIMARY KEY (event_id, account_id),
    CONSTRAINT fk_event_presenter_event FOREIGN KEY (event_id) REFERENCES institute_event (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_presenter_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and event: cancelling keeps the row, registering again reopens it.
CREATE TABLE event_registration (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    event_id      BIGINT         NOT NULL,
    account_id    BIGINT         NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    fee           DECIMAL(10, 2) NOT NULL,
    registered_at DATETIME(6)    NOT NULL,
    confirmed_at  DATETIME(6)    NULL,
    cancelled_at  DATETIME(6)    NULL,
    CONSTRAINT uk_event_registration_person UNIQUE (event_id, account_id),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES institute_event (id),
    CONSTRAINT fk_event_registration_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_event_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    CONSTRAINT ck_event_registration_fee CHECK (fee >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_registration_queue ON event_registration (event_id, status, registered_at);
CREATE INDEX ix_event_registration_account ON event_registration (account_id, status);

CREATE TABLE event_attendance (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      BIGINT        NOT NULL,
    account_id    BIGINT        NOT NULL,
    as_presenter  BOOLEAN       NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    recorded_by   VARCHAR(254)  NOT NULL,
    CONSTRAINT uk_event_attendance_person UNIQUE (event_id, account_id),
    CONSTRAINT fk_event_attendance_event FOREIGN KEY (event_id) REFERENCES institute_event (id),
    CONSTRAINT fk_event_attendance_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_attendance_account ON event_attendance (account_id);

-- Membership points (seed 000): one entry per thing that earned them, keyed by its source so it is never
-- counted twice and can be taken back.
CREATE TABLE membership_points_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    source_key  VARCHAR(100) NOT NULL,
    points      INT          NOT NULL,
    reason      VARCHAR(250) NOT NULL,
    earned_on   DATE         NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_membership_points_source UNIQUE (source_key),
    CONSTRAINT fk_membership_points_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_membership_points_positive CHECK (points > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_membership_points_account ON membership_points_entry (account_id, earned_on);
