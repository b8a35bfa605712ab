-- Past one machine (issue 16).

-- Bot-check solutions spent while Redis was failing: the single use falls back to MySQL instead of
-- failing open, and a solution spent here is refused when Redis is back. Kept until the challenge
-- expires (a challenge lives 20 minutes by default); the key is a SHA-256 of the challenge.
CREATE TABLE bot_check_spent (
    challenge_hash BINARY(32)  NOT NULL,
    expires_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (challenge_hash),
    KEY ix_bot_check_spent_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
