import type { StaffRole } from '@/features/staff/api/staff';

/** Each role's colour on the staff list (their names come from lib/labels: label('role', …)). */
export const ROLE_COLORS: Record<StaffRole, string> = {
  ADMIN: 'red',
  ORGANIZER: 'blue',
  COMMITTEE: 'purple',
  COMMITTEE_CHAIR: 'gold',
  SUPPORT: 'cyan',
};
