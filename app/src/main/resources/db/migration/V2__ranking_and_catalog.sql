-- Ranking (xếp hạng): disqualification, the prediction's actual value, frozen rankings, and the
-- catalog of units and communes that collective boards and prizes count against.

-- A disqualified contestant's attempts in a round leave every ranking (set by the review queue).
ALTER TABLE attempt ADD COLUMN disqualified BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_attempt_ranking ON attempt (round_id, status, disqualified, account_id);

-- A contest may rank contestants over all its rounds together (bảng xếp hạng toàn cuộc thi).
ALTER TABLE contest ADD COLUMN overall_board BOOLEAN NOT NULL DEFAULT FALSE;

-- What the prediction question asks to guess, known when the round closes:
-- PARTICIPANTS (people who took part) or ALL_CORRECT (entries with every answer right).
ALTER TABLE contest_round ADD COLUMN prediction_actual BIGINT NULL;
ALTER TABLE contest_round ADD COLUMN closed_at DATETIME(3) NULL;
ALTER TABLE contest_round ADD COLUMN leaderboard_visible BOOLEAN NOT NULL DEFAULT TRUE;
-- Rounds close on their own at the end of the window; a round an ADMIN reopened waits for a hand.
ALTER TABLE contest_round ADD COLUMN auto_close BOOLEAN NOT NULL DEFAULT TRUE;

-- The frozen ranking of a closed round: one row per ranked entry, and a SHA-256 over them.
CREATE TABLE ranking_snapshot (
    round_id          BIGINT      NOT NULL,
    computed_at       DATETIME(3) NOT NULL,
    prediction_actual BIGINT      NULL,
    entry_count       INT         NOT NULL,
    content_hash      CHAR(64)    NOT NULL,
    closed_by         BIGINT      NULL,
    PRIMARY KEY (round_id),
    CONSTRAINT fk_snapshot_round FOREIGN KEY (round_id) REFERENCES contest_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ranked_entry (
    round_id         BIGINT      NOT NULL,
    rank_no          INT         NOT NULL,
    account_id       BIGINT      NOT NULL,
    attempt_id       BIGINT      NOT NULL,
    score            INT         NOT NULL,
    correct_count    INT         NOT NULL,
    question_count   INT         NOT NULL,
    prediction       BIGINT      NULL,
    prediction_error BIGINT      NULL,
    duration_ms      BIGINT      NOT NULL,
    submitted_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (round_id, rank_no),
    UNIQUE KEY uk_ranked_entry_account (round_id, account_id),
    CONSTRAINT fk_ranked_entry_round FOREIGN KEY (round_id) REFERENCES contest_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Changes to entries, for Redis: written with the grade, marked applied once the board has it, so a
-- Redis outage only delays the boards (no entry lost or counted twice). Applied rows are kept a day,
-- so a rebuild can replay what changed while it was reading.
CREATE TABLE leaderboard_outbox (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    round_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    applied_at DATETIME(3) NULL,
    PRIMARY KEY (id),
    KEY ix_outbox_pending (applied_at, round_id, account_id),
    KEY ix_outbox_round (round_id, account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Units (đơn vị) and communes (xã, phường) as data, not code: after the 2025 two-level
-- reorganisation they change by decision, and collective prizes count participation against
-- a unit's headcount.
CREATE TABLE unit (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(40)  NULL,
    headcount INT          NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commune (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    name      VARCHAR(150) NOT NULL,
    kind      VARCHAR(20)  NULL,
    headcount INT          NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_commune_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
