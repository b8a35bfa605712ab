-- A refresh token is spent by its renewal (spent_at) and revoked by a logout or an ended session
-- (revoked): two facts, so that a renewal whose answer never reached the browser (the page was
-- reloaded while it ran) can be repeated for a few seconds and give the same next token.
ALTER TABLE refresh_token ADD COLUMN spent_at DATETIME(3) NULL AFTER revoked;
