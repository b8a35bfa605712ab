-- Runs on MySQL 8 and MariaDB 10.11+. Times are UTC, written by the application (only the
-- server's clock counts), with millisecond precision.

-- Accounts: staff log in by username; contestants by phone or citizen ID (see participant).
CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NULL,
    full_name     VARCHAR(150) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A contestant's personal data. Citizen ID and phone are kept as a keyed hash (uniqueness and
-- login) and AES-GCM ciphertext (shown to the committee only); never in clear.
CREATE TABLE participant (
    account_id        BIGINT        NOT NULL,
    citizen_id_hash   BINARY(32)    NOT NULL,
    citizen_id_cipher VARBINARY(96) NOT NULL,
    phone_hash        BINARY(32)    NOT NULL,
    phone_cipher      VARBINARY(96) NOT NULL,
    email             VARCHAR(254)  NULL,
    birth_date        DATE          NOT NULL,
    commune           VARCHAR(150)  NOT NULL,
    unit              VARCHAR(200)  NULL,
    participant_group VARCHAR(24)   NOT NULL,
    display_name      VARCHAR(100)  NOT NULL,
    consent_version   VARCHAR(32)   NOT NULL,
    consent_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (account_id),
    UNIQUE KEY uk_participant_citizen_id (citizen_id_hash),
    UNIQUE KEY uk_participant_phone (phone_hash),
    CONSTRAINT fk_participant_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens are stored as a hash, so a database leak gives nobody a session.
CREATE TABLE refresh_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  BINARY(32)  NOT NULL,
    account_id  BIGINT      NOT NULL,
    revoked     BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    CONSTRAINT fk_refresh_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Question banks (ngân hàng câu hỏi), their topics (chủ đề) and versioned questions.
CREATE TABLE bank (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_bank_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    bank_id BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_topic_name (bank_id, name),
    CONSTRAINT fk_topic_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A question is its stable code plus a chain of versions; attempts point at the version they
-- showed, so editing a question never changes past grading.
CREATE TABLE question (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    bank_id         BIGINT      NOT NULL,
    code            VARCHAR(40) NOT NULL,
    topic_id        BIGINT      NOT NULL,
    difficulty      VARCHAR(8)  NOT NULL,
    current_version INT         NOT NULL,
    status          VARCHAR(12) NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_code (bank_id, code),
    KEY ix_question_pool (bank_id, status, topic_id, difficulty),
    CONSTRAINT fk_question_bank FOREIGN KEY (bank_id) REFERENCES bank (id),
    CONSTRAINT fk_question_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_version (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    question_id BIGINT        NOT NULL,
    version_no  INT           NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    explanation VARCHAR(2000) NULL,
    source      VARCHAR(300)  NULL,
    created_at  DATETIME(3)   NOT NULL,
    created_by  BIGINT        NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_version (question_id, version_no),
    CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_option (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version_id BIGINT       NOT NULL,
    position   SMALLINT     NOT NULL,
    text       VARCHAR(300) NOT NULL,
    correct    BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_option_position (version_id, position),
    CONSTRAINT fk_question_option_version FOREIGN KEY (version_id) REFERENCES question_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contests (cuộc thi) and their rounds (đợt thi).
CREATE TABLE contest (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(80)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    description TEXT         NULL,
    organizer   VARCHAR(300) NOT NULL,
    rules_md    MEDIUMTEXT   NULL,
    bank_id     BIGINT       NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_contest_slug (slug),
    CONSTRAINT fk_contest_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contest_round (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    contest_id          BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    name                VARCHAR(200) NOT NULL,
    opens_at            DATETIME(3)  NOT NULL,
    closes_at           DATETIME(3)  NOT NULL,
    question_count      INT          NOT NULL,
    time_limit_seconds  INT          NOT NULL,
    attempts_allowed    INT          NOT NULL,
    counting_rule       VARCHAR(8)   NOT NULL,
    grace_seconds       INT          NOT NULL,
    points_per_question INT          NOT NULL,
    prediction_kind     VARCHAR(16)  NOT NULL,
    prediction_prompt   VARCHAR(500) NULL,
    status              VARCHAR(12)  NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_round_seq (contest_id, seq),
    CONSTRAINT fk_round_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How many questions of a topic and/or difficulty a round draws; the rest of question_count is
-- drawn from the whole pool.
CREATE TABLE round_draw_rule (
    id             BIGINT     NOT NULL AUTO_INCREMENT,
    round_id       BIGINT     NOT NULL,
    topic_id       BIGINT     NULL,
    difficulty     VARCHAR(8) NULL,
    question_count INT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draw_rule_round FOREIGN KEY (round_id) REFERENCES contest_round (id),
    CONSTRAINT fk_draw_rule_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attempt (lượt thi). attempt_no is unique per contestant and round, which is what keeps
-- parallel starts within the attempt limit without a lock.
CREATE TABLE attempt (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    round_id       BIGINT       NOT NULL,
    account_id     BIGINT       NOT NULL,
    attempt_no     INT          NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    started_at     DATETIME(3)  NOT NULL,
    deadline_at    DATETIME(3)  NOT NULL,
    submitted_at   DATETIME(3)  NULL,
    duration_ms    BIGINT       NULL,
    question_count INT          NOT NULL,
    correct_count  INT          NULL,
    score          INT          NULL,
    prediction     BIGINT       NULL,
    submit_key     VARCHAR(100) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attempt_no (round_id, account_id, attempt_no),
    KEY ix_attempt_account (account_id, round_id),
    KEY ix_attempt_open (status, deadline_at),
    CONSTRAINT fk_attempt_round FOREIGN KEY (round_id) REFERENCES contest_round (id),
    CONSTRAINT fk_attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions an attempt showed, in the order shown, with the option permutation
-- (option ids in display order, comma-separated).
CREATE TABLE attempt_question (
    attempt_id          BIGINT      NOT NULL,
    position            SMALLINT    NOT NULL,
    question_version_id BIGINT      NOT NULL,
    option_order        VARCHAR(200) NOT NULL,
    PRIMARY KEY (attempt_id, position),
    UNIQUE KEY uk_attempt_question (attempt_id, question_version_id),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
    CONSTRAINT fk_attempt_question_version FOREIGN KEY (question_version_id) REFERENCES question_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Saved answers (autosave, last write wins); `correct` is filled when the attempt is graded.
CREATE TABLE answer (
    attempt_id          BIGINT      NOT NULL,
    question_version_id BIGINT      NOT NULL,
    option_id           BIGINT      NOT NULL,
    saved_at            DATETIME(3) NOT NULL,
    correct             BOOLEAN     NULL,
    PRIMARY KEY (attempt_id, question_version_id),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what, when, with the state before and after (kept at least 12 months).
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(3)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor_name  VARCHAR(150) NULL,
    action      VARCHAR(64)  NOT NULL,
    entity      VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NULL,
    before_json MEDIUMTEXT   NULL,
    after_json  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY ix_audit_at (at),
    KEY ix_audit_entity (entity, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
