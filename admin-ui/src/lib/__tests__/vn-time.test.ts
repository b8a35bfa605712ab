import dayjs from 'dayjs';
import { formatVn, fromPicker, parseVn, toPicker, vnDayEnd, vnDayStart } from '@/lib/vn-time';
import { codesMatching, label, labelOptions } from '@/lib/labels';

describe('Vietnam time, whatever the computer says', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    // a computer in New York: 12 hours off Vietnam
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = zone;
  });

  it('shows an instant on Vietnam clocks', () => {
    expect(formatVn('2026-12-05T17:30:00Z')).toBe('06/12/2026 00:30');
    expect(formatVn(null)).toBe('—');
  });

  it('reads typed text as Vietnam time', () => {
    expect(parseVn('06/12/2026 00:30')).toBe('2026-12-05T17:30:00.000Z');
    expect(parseVn('31/02/2026 10:00')).toBeNull();
  });

  it('round-trips a picker value through the Vietnam wall clock', () => {
    const picked = toPicker('2026-12-05T01:00:00Z')!;
    expect(picked.format('DD/MM/YYYY HH:mm')).toBe('05/12/2026 08:00');
    expect(fromPicker(picked)).toBe('2026-12-05T01:00:00.000Z');
    expect(fromPicker(dayjs('2026-12-06T09:15:00'))).toBe('2026-12-06T02:15:00.000Z');
  });

  it('bounds a date filter by Vietnam days', () => {
    expect(vnDayStart(dayjs('2026-12-06T00:00:00'))).toBe('2026-12-05T17:00:00.000Z');
    expect(vnDayEnd(dayjs('2026-12-06T00:00:00'))).toBe('2026-12-06T17:00:00.000Z');
  });
});

describe('labels', () => {
  it('names every code in Vietnamese, as the Excel files do', () => {
    expect(label('difficulty', 'MEDIUM', 'vi')).toBe('Trung bình');
    expect(label('auditAction', 'STAFF_CREATED', 'vi')).toBe('Tạo tài khoản cán bộ');
    expect(label('importCode', 'BAD_ANSWER', 'vi')).toBe('Đáp án không hợp lệ');
    expect(label('role', 'ORGANIZER', 'vi')).toBe('Ban tổ chức');
  });

  it('finds codes by words of their Vietnamese labels, and lists a kind for a select', () => {
    expect(codesMatching('auditAction', 'đợt thi', 'vi')).toEqual(expect.arrayContaining(['ROUND_CREATED', 'ROUND_CLOSED']));
    expect(codesMatching('auditAction', 'đợt thi', 'vi')).not.toContain('CONTEST_CREATED');
    expect(labelOptions('difficulty', 'vi')).toEqual([
      { value: 'EASY', label: 'Dễ' },
      { value: 'MEDIUM', label: 'Trung bình' },
      { value: 'HARD', label: 'Khó' },
    ]);
  });

  it('never shows an unknown code bare', () => {
    expect(label('auditAction', 'SOMETHING_NEW', 'vi')).toBe('Something new');
    expect(label('auditAction', null, 'vi')).toBe('—');
  });
});
