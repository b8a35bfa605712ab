package vn.dongnai.contest.account;

/** Who a contestant is, as the province's plans name the audiences (đối tượng dự thi). */
public enum ParticipantGroup {
    /** Cán bộ, công chức, viên chức. */
    OFFICIAL,
    /** Đoàn viên, hội viên. */
    UNION_MEMBER,
    /** Học sinh, sinh viên. */
    STUDENT,
    /** Người dân sinh sống, học tập, làm việc trên địa bàn tỉnh. */
    RESIDENT
}
