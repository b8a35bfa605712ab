-- Against the people who attack a prize contest (issue 13).

-- Logout, a password change or reset, disabling and a change of roles end every access token
-- issued before this instant (account/SessionValidity).
ALTER TABLE account ADD COLUMN sessions_valid_after DATETIME(3) NULL;

-- Wrong passwords per account and client address (a keyed hash): a guesser slows down and is
-- locked out from their own address, while the owner elsewhere only meets the bot check.
CREATE TABLE login_failure (
    account_id      BIGINT      NOT NULL,
    address_hash    BINARY(32)  NOT NULL,
    failures        INT         NOT NULL,
    first_failed_at DATETIME(3) NOT NULL,
    locked_until    DATETIME(3) NULL,
    locks           INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, address_hash),
    CONSTRAINT fk_login_failure_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a registration came from, for the farming signals of the review queue: keyed hashes of
-- the address, its network (/24 or /64), the User-Agent and the page's device fingerprint.
CREATE TABLE registration_origin (
    account_id    BIGINT      NOT NULL,
    ip_hash       BINARY(32)  NOT NULL,
    network_hash  BINARY(32)  NOT NULL,
    agent_hash    BINARY(32)  NOT NULL,
    device_hash   BINARY(32)  NULL,
    registered_at DATETIME(3) NOT NULL,
    PRIMARY KEY (account_id),
    KEY ix_registration_origin_ip (ip_hash, registered_at),
    KEY ix_registration_origin_network (network_hash, registered_at),
    KEY ix_registration_origin_device (device_hash),
    CONSTRAINT fk_registration_origin_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE attempt_origin ADD COLUMN device_hash BINARY(32) NULL;

-- Somebody else registered my citizen ID or phone (giành lại danh tính): the claim, the contact
-- the committee calls back (encrypted), and the decision.
CREATE TABLE identity_claim (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    citizen_id_hash     BINARY(32)    NULL,
    citizen_id_cipher   VARBINARY(96) NULL,
    phone_hash          BINARY(32)    NULL,
    phone_cipher        VARBINARY(96) NULL,
    full_name           VARCHAR(150)  NOT NULL,
    contact_cipher      VARBINARY(400) NOT NULL,
    note                VARCHAR(1000) NULL,
    claimant_account_id BIGINT        NULL,
    holder_account_id   BIGINT        NULL,
    status              VARCHAR(16)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    decided_by          BIGINT        NULL,
    decided_at          DATETIME(3)   NULL,
    decision_reason     VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_identity_claim_status (status, created_at),
    CONSTRAINT fk_identity_claim_claimant FOREIGN KEY (claimant_account_id) REFERENCES account (id),
    CONSTRAINT fk_identity_claim_holder FOREIGN KEY (holder_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What an account is told at its next login (an identity transferred to or away from it).
CREATE TABLE account_notice (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    account_id BIGINT        NOT NULL,
    kind       VARCHAR(32)   NOT NULL,
    message_vi VARCHAR(1000) NOT NULL,
    message_en VARCHAR(1000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    seen_at    DATETIME(3)   NULL,
    PRIMARY KEY (id),
    KEY ix_account_notice_account (account_id, seen_at),
    CONSTRAINT fk_account_notice_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A committee member has checked this contestant's papers: prizes are signed only for such winners.
CREATE TABLE identity_verification (
    account_id  BIGINT        NOT NULL,
    method      VARCHAR(24)   NOT NULL,
    note        VARCHAR(500)  NULL,
    verified_by BIGINT        NOT NULL,
    verified_at DATETIME(3)   NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_identity_verification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_identity_verification_staff FOREIGN KEY (verified_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
