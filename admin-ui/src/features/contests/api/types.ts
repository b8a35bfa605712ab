import type { Schema } from '@/api';

/** Contests and rounds as /api/admin returns them (contest/AdminViews.java). */
export type ContestSummary = Schema<'AdminViews.ContestSummary'>;

/** audience: ALL, OFFICIALS or RESIDENTS; absent, the round's */
export type DrawRule = Schema<'AdminViews.DrawRuleView'>;
export type Prediction = Schema<'AdminViews.Prediction'>;

/** Đợt thi */
export type Round = Schema<'AdminViews.RoundView'>;

export type Contest = Schema<'AdminViews.ContestView'>;

export type ContestBody = Schema<'AdminViews.ContestBody'>;
export type RoundBody = Schema<'AdminViews.RoundBody'>;
export type DrawRuleBody = Schema<'AdminViews.DrawRuleBody'>;
