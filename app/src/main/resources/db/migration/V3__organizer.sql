-- The organizer console: contest settings, staff lockout, bank import previews, where attempts
-- came from (for the review queue), review decisions, and audit search.

-- Contest settings the console edits: eligibility (điều kiện dự thi), prize text (cơ cấu giải
-- thưởng) and branding. The organizing unit is contest.organizer; the rules (thể lệ) rules_md.
ALTER TABLE contest ADD COLUMN eligibility_min_age INT NULL;
-- TRUE: only people living, working or studying in the province may take part
ALTER TABLE contest ADD COLUMN eligibility_local_only BOOLEAN NOT NULL DEFAULT FALSE;
-- comma-separated participant groups (OFFICIAL, UNION_MEMBER, STUDENT, RESIDENT); NULL = everyone
ALTER TABLE contest ADD COLUMN eligibility_groups VARCHAR(100) NULL;
ALTER TABLE contest ADD COLUMN prize_md MEDIUMTEXT NULL;
ALTER TABLE contest ADD COLUMN brand_color CHAR(7) NULL;
ALTER TABLE contest ADD COLUMN brand_logo_url VARCHAR(500) NULL;

-- Staff login lockout: failures since the last success, and until when the account is locked.
ALTER TABLE account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until DATETIME(3) NULL;

-- An uploaded bank file between preview and confirm. The file itself is kept, so the confirm
-- imports exactly the bytes that were previewed; bank_state fingerprints the stored questions at
-- preview time, so a confirm after someone else changed the bank is refused instead of surprising.
CREATE TABLE bank_import_preview (
    token           CHAR(43)     NOT NULL,
    bank_id         BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    content         MEDIUMBLOB   NOT NULL,
    bank_state      CHAR(64)     NOT NULL,
    question_count  INT          NOT NULL,
    new_count       INT          NOT NULL,
    changed_count   INT          NOT NULL,
    unchanged_count INT          NOT NULL,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (token),
    KEY ix_import_preview_expiry (expires_at),
    CONSTRAINT fk_import_preview_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where an attempt was started and submitted from, as keyed hashes (HMAC) of the client address
-- and of the User-Agent: enough to see many accounts on one address or device, never the
-- address itself.
CREATE TABLE attempt_origin (
    attempt_id  BIGINT      NOT NULL,
    stage       VARCHAR(8)  NOT NULL,
    ip_hash     BINARY(32)  NOT NULL,
    agent_hash  BINARY(32)  NOT NULL,
    recorded_at DATETIME(3) NOT NULL,
    PRIMARY KEY (attempt_id, stage),
    KEY ix_attempt_origin_ip (ip_hash),
    CONSTRAINT fk_attempt_origin_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The committee's decisions on a contestant's entry in a round (DISQUALIFIED or CLEARED), with
-- the reason and the flags seen; the latest decision is the one in force.
CREATE TABLE review_decision (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    round_id   BIGINT        NOT NULL,
    account_id BIGINT        NOT NULL,
    decision   VARCHAR(12)   NOT NULL,
    reason     VARCHAR(1000) NOT NULL,
    flags      VARCHAR(200)  NULL,
    decided_by BIGINT        NOT NULL,
    decided_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_decision_entry (round_id, account_id, id),
    CONSTRAINT fk_review_decision_round FOREIGN KEY (round_id) REFERENCES contest_round (id),
    CONSTRAINT fk_review_decision_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audit search by actor and by action, newest first.
CREATE INDEX ix_audit_actor ON audit_log (actor_id, at);
CREATE INDEX ix_audit_action ON audit_log (action, at);

-- The live view counts attempts started and submitted per minute in a round.
CREATE INDEX ix_attempt_round_started ON attempt (round_id, started_at);
