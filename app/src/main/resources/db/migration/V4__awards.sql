-- Awards (giải thưởng): prize rules per round and per contest, the committee's decisions
-- (draft → signed → published) with their winners and the reasons behind them.
-- A scope is a round ("R<round id>") or a whole contest ("C<contest id>").

-- Contest-wide settings: one prize per person across the contest's scopes, and the formula of
-- collective prizes (giải tập thể): index = rate_weight · participation % + points_weight · points.
CREATE TABLE award_policy (
    contest_id                  BIGINT        NOT NULL,
    one_prize_per_person        BOOLEAN       NOT NULL DEFAULT FALSE,
    rate_weight                 DECIMAL(10,3) NOT NULL DEFAULT 0,
    points_weight               DECIMAL(10,3) NOT NULL DEFAULT 0,
    collective_min_participants INT           NOT NULL DEFAULT 1,
    updated_at                  DATETIME(3)   NOT NULL,
    updated_by                  BIGINT        NULL,
    PRIMARY KEY (contest_id),
    CONSTRAINT fk_award_policy_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who may win a scope's individual prizes.
CREATE TABLE award_rule (
    scope_key        VARCHAR(24)  NOT NULL,
    contest_id       BIGINT       NOT NULL,
    round_id         BIGINT       NULL,
    min_score        INT          NULL,
    all_correct_only BOOLEAN      NOT NULL DEFAULT FALSE,
    eligible_groups  VARCHAR(100) NULL,
    updated_at       DATETIME(3)  NOT NULL,
    updated_by       BIGINT       NULL,
    PRIMARY KEY (scope_key),
    KEY ix_award_rule_contest (contest_id),
    CONSTRAINT fk_award_rule_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_award_rule_round FOREIGN KEY (round_id) REFERENCES contest_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Prize tiers (Giải Nhất, Nhì, Ba, Khuyến khích…), highest first; amounts in đồng. Individual tiers
-- carry the points a winner earns for their unit; collective tiers belong to the contest scope.
CREATE TABLE prize_tier (
    scope_key         VARCHAR(24)  NOT NULL,
    kind              VARCHAR(12)  NOT NULL,
    position          INT          NOT NULL,
    name              VARCHAR(100) NOT NULL,
    prize_count       INT          NOT NULL,
    amount_vnd        BIGINT       NOT NULL,
    collective_points INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (scope_key, kind, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People who may not win (organizing staff), by keyed hash of their citizen ID only.
CREATE TABLE award_exclusion (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    contest_id      BIGINT       NOT NULL,
    citizen_id_hash BINARY(32)   NOT NULL,
    note            VARCHAR(200) NULL,
    created_at      DATETIME(3)  NOT NULL,
    created_by      BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_award_exclusion (contest_id, citizen_id_hash),
    CONSTRAINT fk_award_exclusion_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The committee's decision for a scope. ranking_hash is the frozen ranking the draft was computed
-- from (a round's snapshot hash, or for a contest a hash over its rounds' hashes); sign-off
-- refuses if it no longer matches.
CREATE TABLE award_decision (
    scope_key       VARCHAR(24)  NOT NULL,
    contest_id      BIGINT       NOT NULL,
    round_id        BIGINT       NULL,
    status          VARCHAR(12)  NOT NULL,
    version         INT          NOT NULL,
    ranking_hash    CHAR(64)     NOT NULL,
    drafted_at      DATETIME(3)  NOT NULL,
    drafted_by      BIGINT       NULL,
    drafted_by_name VARCHAR(150) NULL,
    signed_at       DATETIME(3)  NULL,
    signed_by       BIGINT       NULL,
    signed_by_name  VARCHAR(150) NULL,
    signed_hash     CHAR(64)     NULL,
    published_at    DATETIME(3)  NULL,
    published_by    BIGINT       NULL,
    PRIMARY KEY (scope_key),
    KEY ix_award_decision_contest (contest_id, status),
    CONSTRAINT fk_award_decision_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_award_decision_round FOREIGN KEY (round_id) REFERENCES contest_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Individual winners of a decision with the figures the committee reviewed. decided_by is the
-- link of the ranking chain that put the winner above the next eligible entry; moved_up counts the
-- people ranked above who were passed over because they keep another prize.
CREATE TABLE award_winner (
    scope_key         VARCHAR(24)  NOT NULL,
    seq               INT          NOT NULL,
    tier_position     INT          NOT NULL,
    tier_name         VARCHAR(100) NOT NULL,
    amount_vnd        BIGINT       NOT NULL,
    collective_points INT          NOT NULL,
    account_id        BIGINT       NOT NULL,
    rank_no           INT          NOT NULL,
    score             INT          NOT NULL,
    correct_count     INT          NOT NULL,
    question_count    INT          NOT NULL,
    prediction        BIGINT       NULL,
    prediction_error  BIGINT       NULL,
    duration_ms       BIGINT       NOT NULL,
    submitted_at      DATETIME(3)  NOT NULL,
    decided_by        VARCHAR(16)  NOT NULL,
    moved_up          INT          NOT NULL,
    passed_over_count INT          NOT NULL,
    PRIMARY KEY (scope_key, seq),
    KEY ix_award_winner_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Entries ranked above a winner that were passed over, and why (the first 100 per winner).
CREATE TABLE award_passover (
    scope_key  VARCHAR(24)  NOT NULL,
    winner_seq INT          NOT NULL,
    seq        INT          NOT NULL,
    account_id BIGINT       NOT NULL,
    rank_no    INT          NOT NULL,
    reason     VARCHAR(24)  NOT NULL,
    held_scope VARCHAR(24)  NULL,
    held_tier  VARCHAR(100) NULL,
    PRIMARY KEY (scope_key, winner_seq, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Prizes of a tier that found nobody who could win them (left unawarded, not given below the bar).
CREATE TABLE award_unfilled (
    scope_key     VARCHAR(24)  NOT NULL,
    tier_position INT          NOT NULL,
    tier_name     VARCHAR(100) NOT NULL,
    unfilled      INT          NOT NULL,
    PRIMARY KEY (scope_key, tier_position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every unit the collective formula looked at: its figures, its prize or why it was not ranked.
CREATE TABLE award_unit_standing (
    scope_key          VARCHAR(24)   NOT NULL,
    seq                INT           NOT NULL,
    unit_name          VARCHAR(200)  NOT NULL,
    participants       INT           NOT NULL,
    headcount          INT           NULL,
    participation_rate DECIMAL(9,4)  NULL,
    points             INT           NOT NULL,
    collective_index   DECIMAL(16,4) NULL,
    tier_position      INT           NULL,
    tier_name          VARCHAR(100)  NULL,
    amount_vnd         BIGINT        NULL,
    not_ranked_reason  VARCHAR(24)   NULL,
    PRIMARY KEY (scope_key, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
