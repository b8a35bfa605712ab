-- Certificates (giấy chứng nhận, issue 18): a layout per contest, and one stored verification code
-- per certificate issued, so the QR code printed on it can be checked at /verify/{code}.

-- The organizer's layout: text with placeholders, who signs, colours, logo and signature images.
-- participation_enabled: everyone with an entry in a closed round may also get one ("đã tham gia").
CREATE TABLE certificate_template (
    contest_id            BIGINT       NOT NULL,
    issuer                VARCHAR(300) NOT NULL,
    title                 VARCHAR(120) NOT NULL,
    body                  TEXT         NOT NULL,
    place                 VARCHAR(100) NOT NULL,
    signer_title          VARCHAR(150) NOT NULL,
    signer_name           VARCHAR(150) NOT NULL,
    primary_color         CHAR(7)      NOT NULL,
    accent_color          CHAR(7)      NOT NULL,
    participation_enabled BOOLEAN      NOT NULL DEFAULT FALSE,
    logo                  MEDIUMBLOB   NULL,
    signature             MEDIUMBLOB   NULL,
    updated_at            DATETIME(3)  NOT NULL,
    updated_by            BIGINT       NULL,
    PRIMARY KEY (contest_id),
    CONSTRAINT fk_certificate_template_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One certificate: an individual prize (PRIZE), a unit's collective prize (COLLECTIVE) or taking
-- part (PARTICIPATION). The code is random (80 bits), never derived from the person. A prize's
-- certificate belongs to one version of the decision: once the decision is unlocked and drafted
-- again its version moves on, and the old code answers "no longer valid".
CREATE TABLE certificate (
    code             CHAR(16)     NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    scope_key        VARCHAR(24)  NOT NULL,
    contest_id       BIGINT       NOT NULL,
    round_id         BIGINT       NULL,
    subject_key      VARCHAR(210) NOT NULL,
    account_id       BIGINT       NULL,
    unit_name        VARCHAR(200) NULL,
    tier_name        VARCHAR(100) NULL,
    decision_version INT          NOT NULL,
    issued_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uk_certificate_subject (kind, scope_key, subject_key, decision_version),
    KEY ix_certificate_account (account_id),
    CONSTRAINT fk_certificate_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
