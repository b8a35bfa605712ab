-- People (issue 15): account recovery, my account, personal-data rights, the support desk.

-- A password the support desk set and read out by phone: the next login must replace it, as for a
-- staff member's one-time password (account.password_change_required, V9).
-- When the account's personal data was erased (right to deletion); the rows stay for the records.
ALTER TABLE account ADD COLUMN erased_at DATETIME(3) NULL;

-- The full name folded for search (lower case, no diacritics, đ → d), so the support desk finds
-- "Nguyễn Văn An" from "nguyen van an"; filled by the application (account/NameKeys).
ALTER TABLE participant ADD COLUMN name_key VARCHAR(150) NULL;
CREATE INDEX ix_participant_name_key ON participant (name_key);
CREATE INDEX ix_participant_unit ON participant (unit);
CREATE INDEX ix_participant_commune ON participant (commune);

-- Quên mật khẩu: single-use links, kept as a SHA-256 of the token (a leak of the table opens nothing).
CREATE TABLE password_reset (
    token_hash  BINARY(32)  NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3) NULL,
    PRIMARY KEY (token_hash),
    KEY ix_password_reset_account (account_id, created_at),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request to delete my account: carried out at once, or when every round I took part in has
-- final awards (signed or published).
CREATE TABLE account_deletion (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    account_id     BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    requested_at   DATETIME(3)  NOT NULL,
    waiting_rounds VARCHAR(1000) NULL,
    completed_at   DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_deletion_account (account_id),
    KEY ix_account_deletion_status (status),
    CONSTRAINT fk_account_deletion_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How to reach the support desk (đường dây nóng, giờ làm việc), shown on the contest page.
ALTER TABLE contest ADD COLUMN support_hotline VARCHAR(50) NULL;
ALTER TABLE contest ADD COLUMN support_hours VARCHAR(200) NULL;
