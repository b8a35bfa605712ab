-- Staff per contest (issue 15, last part). ADMIN stays platform-wide (and SUPPORT, the province's
-- desk, for contestant look-ups); ORGANIZER, COMMITTEE and COMMITTEE_CHAIR act only on contests they
-- are granted, one by one or through the contest's organizing unit (đơn vị tổ chức).

-- The organizing unit is the key grants name, set by an ADMIN (or, for a new contest, taken from its
-- creator's unit grant): contest.organizer stays the name the public page shows, which organizers
-- edit freely, so editing it can never move a contest into another department's scope.
-- Binary collation: the key compares exactly as the application compares it (staff/GrantRule).
ALTER TABLE contest ADD COLUMN organizing_unit VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
CREATE INDEX ix_contest_organizing_unit ON contest (organizing_unit);
-- Until an ADMIN says otherwise, a contest's unit is the organizer it names (V3 called it so).
UPDATE contest SET organizing_unit = LEFT(TRIM(organizer), 150);

-- One grant: this account may act in this role on this contest, or on every contest of this unit.
-- Exactly one of contest_id and organizing_unit is set; NULLs never collide in a unique key, so each
-- kind has its own.
CREATE TABLE staff_grant (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      BIGINT       NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    contest_id      BIGINT       NULL,
    organizing_unit VARCHAR(150) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    granted_by      BIGINT       NULL,
    granted_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_grant_contest (account_id, role, contest_id),
    UNIQUE KEY uk_staff_grant_unit (account_id, role, organizing_unit),
    KEY ix_staff_grant_contest (contest_id),
    CONSTRAINT ck_staff_grant_scope CHECK ((contest_id IS NULL) <> (organizing_unit IS NULL)),
    CONSTRAINT fk_staff_grant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    -- a deleted draft contest takes its grants with it
    CONSTRAINT fk_staff_grant_contest FOREIGN KEY (contest_id) REFERENCES contest (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's staff keep today's reach: each ORGANIZER, COMMITTEE and COMMITTEE_CHAIR account is granted
-- its roles on every existing contest (in practice the demo contest).
INSERT INTO staff_grant (account_id, role, contest_id, granted_by, granted_at)
SELECT a.id, r.role, c.id, NULL, UTC_TIMESTAMP(3)
FROM account a
JOIN (SELECT 'ORGANIZER' AS role UNION ALL SELECT 'COMMITTEE' UNION ALL SELECT 'COMMITTEE_CHAIR') r
  ON FIND_IN_SET(r.role, a.roles) > 0
CROSS JOIN contest c
WHERE a.username IS NOT NULL;
