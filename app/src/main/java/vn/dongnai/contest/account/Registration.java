package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The registration form. Fields arrive as text and are checked by {@link RegistrationService},
 * so every mistake is reported at its field, in Vietnamese, all at once. {@code altcha} is the
 * solved bot check (base64 ALTCHA payload) when the bot check is on.
 */
@Serdeable
public record Registration(@Nullable String fullName,
                           @Nullable String citizenId,
                           @Nullable String phone,
                           @Nullable String email,
                           @Nullable String birthDate,
                           @Nullable String commune,
                           @Nullable String unit,
                           @Nullable String group,
                           @Nullable String password,
                           @Nullable Consent consent,
                           @Nullable String altcha) {

    /**
     * Đồng ý xử lý dữ liệu cá nhân: which text the person agreed to, and that they did. {@code accepted}
     * is taken as sent, so that only JSON {@code true} counts (a Boolean field would also read 1 or "true").
     */
    @Serdeable
    public record Consent(@Nullable String version, @Nullable Object accepted) {
    }

    @Serdeable
    public record Registered(long participantId) {
    }
}
