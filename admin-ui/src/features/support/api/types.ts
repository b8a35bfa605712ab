import type { Schema } from '@/api';

/** What the support desk's API answers (bộ phận hỗ trợ thí sinh): citizen ID, phone and e-mail masked. */
export type ContestantSummary = Schema<'SupportDesk.ContestantSummary'>;

export type ContestantPage = Schema<'Page_SupportDesk.ContestantSummary_'>;

export type Registration = Schema<'ContestantRecords.RegistrationRecord'>;
export type AttemptRecord = Schema<'ContestantRecords.AttemptRecord'>;
export type ResultRecord = Schema<'ContestantRecords.ResultRecord'>;
export type ContestantFile = Schema<'SupportDesk.ContestantFile'>;

/** The registration fields the desk may correct, in the order the page lists them. */
export type CorrectableField = 'fullName' | 'birthDate' | 'citizenId' | 'phone' | 'email' | 'unit' | 'commune' | 'group';
