package vn.dongnai.contest.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.dongnai.contest.account.AccountErased;
import vn.dongnai.contest.account.AccountNotices;
import vn.dongnai.contest.account.CitizenId;
import vn.dongnai.contest.account.ContestantAccounts;
import vn.dongnai.contest.account.Emails;
import vn.dongnai.contest.account.Masking;
import vn.dongnai.contest.account.PersonalData;
import vn.dongnai.contest.account.Phone;
import vn.dongnai.contest.account.RegistrationService;
import vn.dongnai.contest.attempt.Disqualifications;
import vn.dongnai.contest.attempt.EntryChanged;
import vn.dongnai.contest.audit.Actor;
import vn.dongnai.contest.audit.AuditLog;
import vn.dongnai.contest.review.ReviewDecisions;
import vn.dongnai.contest.system.ApiException;
import vn.dongnai.contest.system.FieldErrors;
import vn.dongnai.contest.system.FreeText;
import vn.dongnai.contest.system.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The claims queue. A claim never tells the claimant whether the number is registered (the same
 * answer either way); the committee sees which account holds it. Transferring disables the holding
 * account, takes its entries out of every ranking, frees the number (or hands it to the claimant's
 * own account) and tells both accounts at their next login — in one transaction, audited.
 */
@Singleton
class IdentityClaims {

    static final String OPEN = "OPEN";
    static final String TRANSFERRED = "TRANSFERRED";
    static final String REJECTED = "REJECTED";

    private final Sql sql;
    private final PersonalData personalData;
    private final RegistrationService registrations;
    private final AccountNotices notices;
    private final ContestantAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ReviewDecisions reviewDecisions;
    private final Disqualifications disqualifications;
    private final ApplicationEventPublisher<EntryChanged> entryChanged;

    IdentityClaims(Sql sql, PersonalData personalData, RegistrationService registrations, AccountNotices notices,
                   ContestantAccounts accounts, AuditLog audit, Clock clock, ReviewDecisions reviewDecisions,
                   Disqualifications disqualifications, ApplicationEventPublisher<EntryChanged> entryChanged) {
        this.sql = sql;
        this.personalData = personalData;
        this.registrations = registrations;
        this.notices = notices;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.reviewDecisions = reviewDecisions;
        this.disqualifications = disqualifications;
        this.entryChanged = entryChanged;
    }

    /** An erased claimant's claims keep the pseudonym and no contact or note; in the erasure's transaction. */
    @EventListener
    void erased(AccountErased event) {
        sql.update("UPDATE identity_claim SET full_name = ?, contact_cipher = ?, note = NULL WHERE claimant_account_id = ?",
                event.pseudonym(), personalData.encrypt(""), event.accountId());
    }

    /** The claim form on the contest page. {@code contact}: a phone or e-mail the committee calls back. */
    @Serdeable
    record ClaimForm(@Nullable String citizenId, @Nullable String phone, @Nullable String fullName,
                     @Nullable String contact, @Nullable String note, @Nullable String altcha) {
    }

    @Serdeable
    record ClaimReceived(long claimId, String message) {
    }

    @Serdeable
    record ClaimView(long id, String status, String fullName, @Nullable String citizenIdMasked,
                     @Nullable String phoneMasked, String contactMasked, @Nullable String note,
                     @Nullable Long claimantAccountId, @Nullable Long holderAccountId, @Nullable String holderName,
                     @Nullable Boolean holderEnabled, Instant createdAt, @Nullable Instant decidedAt,
                     @Nullable String decidedByName, @Nullable String decisionReason) {
    }

    /** The claim with the contact in clear: the committee member calling the claimant back needs it. */
    @Serdeable
    record ClaimContact(long id, String fullName, String contact) {
    }

    @Serdeable
    record Decision(@Nullable String reason) {
    }

    record Checked(@Nullable String citizenId, @Nullable String phone, String fullName, String contact, @Nullable String note) {
    }

    Checked check(ClaimForm form) {
        FieldErrors errors = new FieldErrors();
        String citizenId = form.citizenId() == null || form.citizenId().isBlank() ? null : CitizenId.normalize(form.citizenId());
        if (citizenId != null && !citizenId.matches("\\d{12}")) {
            errors.add("citizenId", "INVALID", "Số định danh cá nhân gồm 12 chữ số.", "A citizen ID has 12 digits.");
        }
        String phone = null;
        if (form.phone() != null && !form.phone().isBlank()) {
            phone = Phone.normalize(form.phone()).orElse(null);
            if (phone == null) {
                errors.add("phone", "INVALID", "Số điện thoại di động không hợp lệ (ví dụ 0912345678).",
                        "Not a Vietnamese mobile number.");
            }
        } else if (citizenId == null) {
            errors.add("citizenId", "REQUIRED", "Vui lòng nhập số định danh hoặc số điện thoại đã bị người khác đăng ký.",
                    "Give the citizen ID or the phone that somebody else registered.");
        }
        String fullName = FreeText.normalize(form.fullName());
        if (fullName.isEmpty() || fullName.length() > 150) {
            errors.add("fullName", "REQUIRED", "Vui lòng nhập họ và tên (tối đa 150 ký tự).", "Full name is required.");
        } else {
            FreeText.check(errors, "fullName", fullName);
        }
        String contact = FreeText.normalize(form.contact());
        Optional<String> contactPhone = Phone.normalize(contact);
        if (contact.isEmpty()) {
            errors.add("contact", "REQUIRED", "Vui lòng cho biết số điện thoại hoặc email để Ban tổ chức liên hệ lại.",
                    "A phone or e-mail to call you back is required.");
        } else if (contactPhone.isEmpty() && !Emails.wellFormed(contact)) {
            errors.add("contact", "INVALID", "Số điện thoại hoặc email liên hệ không hợp lệ.", "Not a phone or e-mail.");
        }
        String note = FreeText.normalize(form.note());
        if (note.length() > 1000) {
            errors.add("note", "TOO_LONG", "Ghi chú tối đa 1000 ký tự.", "The note is at most 1000 characters.");
        } else {
            FreeText.check(errors, "note", note);
        }
        errors.throwIfAny();
        return new Checked(citizenId, phone, fullName, contactPhone.orElse(contact.toLowerCase(Locale.ROOT)),
                note.isEmpty() ? null : note);
    }

    /** Files a claim; the answer is the same whether or not the number is registered. */
    @Transactional
    ClaimReceived file(Checked claim, @Nullable Long claimantAccountId) {
        byte[] citizenIdHash = claim.citizenId() == null ? null : registrations.citizenIdHash(claim.citizenId());
        byte[] phoneHash = claim.phone() == null ? null : registrations.phoneHash(claim.phone());
        Long holder = holderOf(citizenIdHash, phoneHash).orElse(null);
        if (holder != null && holder.equals(claimantAccountId)) {
            holder = null; // claiming one's own number changes nothing
        }
        long id = sql.insert("""
                INSERT INTO identity_claim (citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, full_name,
                                            contact_cipher, note, claimant_account_id, holder_account_id, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""",
                citizenIdHash, claim.citizenId() == null ? null : personalData.encrypt(claim.citizenId()),
                phoneHash, claim.phone() == null ? null : personalData.encrypt(claim.phone()), claim.fullName(),
                personalData.encrypt(claim.contact()), claim.note(), claimantAccountId, holder, clock.instant());
        audit.record(claimantAccountId, claimantAccountId == null ? "public" : "contestant", "IDENTITY_CLAIM_FILED",
                "identity_claim", id, null, Map.of("holderFound", holder != null));
        return new ClaimReceived(id, "Ban tổ chức đã nhận yêu cầu xác minh danh tính của bạn (mã " + id + "). "
                + "Cán bộ sẽ liên hệ qua thông tin bạn để lại và đề nghị bạn xuất trình giấy tờ tùy thân để đối chiếu.");
    }

    private Optional<Long> holderOf(@Nullable byte[] citizenIdHash, @Nullable byte[] phoneHash) {
        return accounts.holderOf(citizenIdHash, phoneHash);
    }

    List<ClaimView> list(@Nullable String status) {
        String filter = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (filter != null && !List.of(OPEN, TRANSFERRED, REJECTED).contains(filter)) {
            new FieldErrors().add("status", "INVALID", "Trạng thái phải là OPEN, TRANSFERRED hoặc REJECTED.",
                    "status must be OPEN, TRANSFERRED or REJECTED.").throwIfAny();
        }
        return sql.list("""
                SELECT c.id, c.status, c.full_name, c.citizen_id_cipher, c.phone_cipher, c.contact_cipher, c.note,
                       c.claimant_account_id, c.holder_account_id, h.full_name AS holder_name, h.enabled AS holder_enabled,
                       c.created_at, c.decided_at, d.full_name AS decided_by_name, c.decision_reason
                FROM identity_claim c LEFT JOIN account h ON h.id = c.holder_account_id
                LEFT JOIN account d ON d.id = c.decided_by
                WHERE (? IS NULL OR c.status = ?) ORDER BY c.id DESC LIMIT 500""",
                rs -> {
                    byte[] cid = rs.getBytes("citizen_id_cipher");
                    byte[] phone = rs.getBytes("phone_cipher");
                    String contact = personalData.decrypt(rs.getBytes("contact_cipher"));
                    return new ClaimView(rs.getLong("id"), rs.getString("status"), rs.getString("full_name"),
                            cid == null ? null : Masking.citizenId(personalData.decrypt(cid)),
                            phone == null ? null : Masking.phone(personalData.decrypt(phone)),
                            contact.contains("@") ? Emails.masked(contact) : Masking.phone(contact), rs.getString("note"),
                            Sql.nullableLong(rs, "claimant_account_id"), Sql.nullableLong(rs, "holder_account_id"),
                            rs.getString("holder_name"), rs.getObject("holder_enabled", Boolean.class),
                            Sql.instant(rs, "created_at"), Sql.instant(rs, "decided_at"), rs.getString("decided_by_name"),
                            rs.getString("decision_reason"));
                }, filter, filter);
    }

    /** The contact in clear for the committee member who calls back; audited with their reason. */
    ClaimContact contact(Actor actor, long claimId, @Nullable String reason) {
        String why = FreeText.normalize(reason);
        if (why.length() < 5) {
            new FieldErrors().add("reason", "REQUIRED", "Vui lòng ghi lý do xem thông tin liên hệ (ít nhất 5 ký tự).",
                    "A reason (at least 5 characters) is required.").throwIfAny();
        }
        ClaimContact contact = sql.one("SELECT id, full_name, contact_cipher FROM identity_claim WHERE id = ?",
                rs -> new ClaimContact(rs.getLong("id"), rs.getString("full_name"),
                        personalData.decrypt(rs.getBytes("contact_cipher"))), claimId)
                .orElseThrow(() -> ApiException.notFound("yêu cầu xác minh danh tính"));
        audit.record(actor, "IDENTITY_CLAIM_CONTACT_VIEWED", "identity_claim", claimId, null, Map.of("reason", why));
        return contact;
    }

    /**
     * The committee has checked the claimant's papers: the holding account is disabled and leaves
     * every ranking, the number is freed (or moved to the claimant's own account, which is then
     * verified), both are told at their next login.
     */
    List<EntryChanged> transfer(Actor actor, long claimId, Decision body) {
        List<EntryChanged> changed = transferInTransaction(actor, claimId, body);
        changed.forEach(entryChanged::publishEvent);
        return changed;
    }

    @Transactional
    List<EntryChanged> transferInTransaction(Actor actor, long claimId, Decision body) {
        String reason = reasonOf(body);
        record Claim(String status, byte[] cidHash, byte[] cidCipher, byte[] phoneHash, byte[] phoneCipher,
                     Long claimant, Long holder) {
        }
        Claim claim = sql.one("""
                SELECT status, citizen_id_hash, citizen_id_cipher, phone_hash, phone_cipher, claimant_account_id,
                       holder_account_id FROM identity_claim WHERE id = ? FOR UPDATE""",
                rs -> new Claim(rs.getString("status"), rs.getBytes("citizen_id_hash"), rs.getBytes("citizen_id_cipher"),
                        rs.getBytes("phone_hash"), rs.getBytes("phone_cipher"), Sql.nullableLong(rs, "claimant_account_id"),
                        Sql.nullableLong(rs, "holder_account_id")), claimId)
                .orElseThrow(() -> ApiException.notFound("yêu cầu xác minh danh tính"));
        requireOpen(claim.status());
        // who holds the number now (it may have changed since the claim was filed)
        Long holder = holderOf(claim.cidHash(), claim.phoneHash()).orElse(null);
        if (holder != null && holder.equals(claim.claimant())) {
            holder = null;
        }
        Instant now = clock.instant();
        List<EntryChanged> changed = new java.util.ArrayList<>();
        if (holder != null) {
            accounts.releaseIdentity(holder, claim.cidHash(), claim.phoneHash());
            for (long roundId : sql.list("SELECT DISTINCT round_id FROM attempt WHERE account_id = ?",
                    rs -> rs.getLong("round_id"), holder)) {
                reviewDecisions.recordIdentityTransfer(roundId, holder, claimId, reason, actor.id(), now);
                changed.add(new EntryChanged(roundId, holder));
            }
            disqualifications.disqualifyEverywhere(holder);
            notices.tell(holder, "IDENTITY_TRANSFERRED_AWAY",
                    "Tài khoản này đã bị khóa: số định danh hoặc số điện thoại dùng để đăng ký thuộc về người khác, "
                            + "đã được Hội đồng xác minh qua giấy tờ tùy thân. Kết quả của tài khoản không được xếp hạng. "
                            + "Nếu có sai sót, vui lòng liên hệ Ban tổ chức.",
                    "This account is disabled: the citizen ID or phone it was registered with belongs to somebody "
                            + "else, as the committee verified with their papers. Its results are not ranked.");
        }
        if (claim.claimant() != null) {
            accounts.receiveIdentity(claim.claimant(), claim.cidHash(), claim.cidCipher(), claim.phoneHash(),
                    claim.phoneCipher());
            sql.update("""
                    INSERT INTO identity_verification (account_id, method, note, verified_by, verified_at) VALUES (?, 'IDENTITY_CLAIM', ?, ?, ?)
                    ON DUPLICATE KEY UPDATE method = VALUES(method), note = VALUES(note), verified_by = VALUES(verified_by),
                                            verified_at = VALUES(verified_at)""",
                    claim.claimant(), "Yêu cầu " + claimId + ": " + reason, actor.id(), now);
            notices.tell(claim.claimant(), "IDENTITY_TRANSFERRED_TO",
                    "Yêu cầu xác minh danh tính của bạn đã được chấp nhận: số định danh/số điện thoại nay gắn với tài khoản của bạn.",
                    "Your identity claim was accepted: the citizen ID or phone now belongs to your account.");
        }
        sql.update("UPDATE identity_claim SET status = 'TRANSFERRED', holder_account_id = ?, decided_by = ?, decided_at = ?, "
                + "decision_reason = ? WHERE id = ?", holder, actor.id(), now, reason, claimId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", TRANSFERRED);
        after.put("holderDisabled", holder);
        after.put("claimantAccountId", claim.claimant());
        after.put("roundsLeft", changed.stream().map(EntryChanged::roundId).toList());
        after.put("reason", reason);
        audit.record(actor, "IDENTITY_TRANSFERRED", "identity_claim", claimId, Map.of("status", OPEN), after);
        return changed;
    }

    @Transactional
    void reject(Actor actor, long claimId, Decision body) {
        String reason = reasonOf(body);
        String status = sql.one("SELECT status FROM identity_claim WHERE id = ? FOR UPDATE", rs -> rs.getString("status"), claimId)
                .orElseThrow(() -> ApiException.notFound("yêu cầu xác minh danh tính"));
        requireOpen(status);
        sql.update("UPDATE identity_claim SET status = 'REJECTED', decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?",
                actor.id(), clock.instant(), reason, claimId);
        audit.record(actor, "IDENTITY_CLAIM_REJECTED", "identity_claim", claimId, Map.of("status", OPEN),
                Map.of("status", REJECTED, "reason", reason));
    }

    private static void requireOpen(String status) {
        if (!OPEN.equals(status)) {
            throw new ApiException(HttpStatus.CONFLICT, "CLAIM_DECIDED", "Yêu cầu này đã được xử lý.",
                    "This claim was already decided.");
        }
    }

    private static String reasonOf(Decision body) {
        String reason = FreeText.normalize(body == null ? null : body.reason());
        FieldErrors errors = new FieldErrors();
        if (reason.length() < 5 || reason.length() > 1000) {
            errors.add("reason", "REQUIRED", "Vui lòng ghi rõ đã đối chiếu giấy tờ gì (5–1000 ký tự).",
                    "Say which papers were checked (5–1000 characters).");
        } else {
            FreeText.check(errors, "reason", reason);
        }
        errors.throwIfAny();
        return reason;
    }

}
