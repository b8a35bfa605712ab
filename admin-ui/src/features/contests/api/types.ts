/** Contests and rounds as /api/admin returns them (contest/AdminViews.java). */
export type ContestSummary = { id: number; slug: string; name: string; status: string; bankId: number; rounds: number; updatedAt: string };

/** audience: ALL, OFFICIALS or RESIDENTS; absent, the round's */
export type DrawRule = { topicId?: number | null; topic?: string | null; difficulty?: string | null; count: number; audience?: string | null };
export type Prediction = { kind?: string | null; prompt?: string | null };

/** Đợt thi */
export type Round = {
  id: number;
  contestId: number;
  seq: number;
  name: string;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  drawRules: DrawRule[];
  timeLimitSeconds: number;
  attemptsAllowed: number;
  countingRule: string;
  pointsPerQuestion: number;
  graceSeconds: number;
  prediction: Prediction;
  leaderboardVisible: boolean;
  status: string;
  attempts: number;
  locked: boolean;
  /** ALL, OFFICIALS or RESIDENTS: who the round draws questions for */
  audience: string;
};

export type Contest = {
  id: number;
  slug: string;
  name: string;
  description?: string | null;
  organizer: string;
  rulesMd?: string | null;
  bankId: number;
  bankName: string;
  status: string;
  eligibility: { minAge?: number | null; localOnly?: boolean | null; groups?: string[] | null };
  prizeMd?: string | null;
  branding: { color?: string | null; logoUrl?: string | null };
  overallBoard: boolean;
  /** A contestant's draw also avoids the questions they were shown in the contest's earlier rounds. */
  avoidRepeatsAcrossRounds?: boolean;
  /** The đơn vị tổ chức: staff granted that unit reach the contest (set by ADMIN only). */
  organizingUnit?: string | null;
  rounds: Round[];
};

export type ContestBody = Partial<Omit<Contest, 'id' | 'bankName' | 'status' | 'rounds' | 'organizingUnit'>>;
export type RoundBody = Partial<Omit<Round, 'id' | 'contestId' | 'seq' | 'status' | 'attempts' | 'locked'>>;
