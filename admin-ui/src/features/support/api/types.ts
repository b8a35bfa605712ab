/** What the support desk's API answers (bộ phận hỗ trợ thí sinh): citizen ID, phone and e-mail masked. */
export type ContestantSummary = {
  accountId: number;
  fullName: string;
  citizenIdMasked: string;
  phoneMasked: string;
  unit: string | null;
  commune: string;
  birthDate: string;
  enabled: boolean;
  mustChangePassword: boolean;
  registeredAt: string;
};

export type ContestantPage = { items?: ContestantSummary[]; page: number; size: number; total: number };

export type Registration = {
  accountId: number;
  fullName: string;
  displayName: string;
  citizenId: string;
  phone: string;
  email: string | null;
  birthDate: string;
  commune: string;
  unit: string | null;
  group: string;
  groupLabel: string;
  enabled: boolean;
  mustChangePassword: boolean;
  registeredAt: string;
  erasedAt: string | null;
};

export type AttemptRecord = {
  attemptId: number;
  contestId: number;
  contestName: string;
  roundId: number;
  roundName: string;
  attemptNo: number;
  status: string;
  statusLabel: string;
  startedAt: string;
  submittedAt: string | null;
  score: number | null;
  correctCount: number | null;
  questionCount: number;
  durationMs: number | null;
  prediction: number | null;
  disqualified: boolean;
};

export type ResultRecord = {
  roundId: number;
  roundName: string;
  contestName: string;
  rank: number;
  score: number;
  durationMs: number;
  submittedAt: string;
  prize: string | null;
  prizeAmountVnd: number | null;
};

export type ContestantFile = {
  registration: Registration;
  consent: { version: string; acceptedAt: string };
  attempts?: AttemptRecord[];
  results?: ResultRecord[];
};

/** The registration fields the desk may correct, in the order the page lists them. */
export type CorrectableField = 'fullName' | 'birthDate' | 'citizenId' | 'phone' | 'email' | 'unit' | 'commune' | 'group';
