import type { MessageKey } from '@/config/messages';
import type { StaffRole } from '@/features/staff/api/staff';

/** What each role may do, as the people assigning them read it. */
export const ROLE_LABELS: Record<StaffRole, MessageKey> = {
  ADMIN: 'staffRoleAdmin',
  ORGANIZER: 'staffRoleOrganizer',
  COMMITTEE: 'staffRoleCommittee',
  COMMITTEE_CHAIR: 'staffRoleCommitteeChair',
};

export const ROLE_COLORS: Record<StaffRole, string> = {
  ADMIN: 'red',
  ORGANIZER: 'blue',
  COMMITTEE: 'purple',
  COMMITTEE_CHAIR: 'gold',
};
