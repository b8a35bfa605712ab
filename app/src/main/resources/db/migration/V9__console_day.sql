-- The organizer console's day (issue 14, part B).

-- A staff member whose password someone else chose or generated (a new account, an ADMIN's
-- password reset) must choose their own before using the console; every other staff call answers
-- 403 PASSWORD_CHANGE_REQUIRED until then.
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
