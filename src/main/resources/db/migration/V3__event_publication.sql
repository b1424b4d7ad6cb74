-- Spring Modulith's event publication registry (its MariaDB schema, v2), so events between modules survive a crash.
-- Upper-case name: Modulith queries it so, and MariaDB table names are case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  DEFAULT NULL NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP(6),
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
);
