-- Whether a contestant's draw in a round also avoids the questions they were shown in the
-- contest's earlier rounds (within a round it always does). Off by default: a contest whose
-- rounds are meant to be independent weeks keeps drawing each week from the whole pool.
ALTER TABLE contest ADD COLUMN avoid_repeats_across_rounds BOOLEAN NOT NULL DEFAULT FALSE;
