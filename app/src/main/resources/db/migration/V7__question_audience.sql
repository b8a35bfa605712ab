-- Who a question is written for (đối tượng): ALL, OFFICIALS (cán bộ, công chức) or RESIDENTS
-- (người dân), and what it asks for (loại câu hỏi, optional: PRACTICE, UNDERSTANDING, FIGURE,
-- AGENCY, WORDING). Kept per version: changing either is an edit like any other.
ALTER TABLE question_version
    ADD COLUMN audience VARCHAR(10) NOT NULL DEFAULT 'ALL',
    ADD COLUMN kind     VARCHAR(16) NULL;

-- A round may be set for one audience: its whole draw takes that audience's questions and those
-- for ALL. A draw rule may narrow further (NULL: the round's audience).
ALTER TABLE contest_round
    ADD COLUMN audience VARCHAR(10) NOT NULL DEFAULT 'ALL';
ALTER TABLE round_draw_rule
    ADD COLUMN audience VARCHAR(10) NULL;
