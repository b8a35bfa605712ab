package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dongnai.contest.system.FieldErrors;

/** The bot check for forms of other features (an identity claim): solved, unexpired, unused. */
@Singleton
public class BotChecks {

    private final BotCheck botCheck;

    BotChecks(BotCheck botCheck) {
        this.botCheck = botCheck;
    }

    /** Spends the solution; a 422 at the {@code altcha} field when the check is on and it is missing or spent. */
    public void requireSolved(@Nullable String altcha) {
        if (!botCheck.enabled()) {
            return;
        }
        if (altcha == null || altcha.isBlank()) {
            new FieldErrors().add("altcha", "REQUIRED", "Chưa hoàn tất bước kiểm tra chống máy tự động, vui lòng thử lại.",
                    "The bot check (ALTCHA) is required.").throwIfAny();
        }
        if (!botCheck.verifyAndConsume(altcha)) {
            new FieldErrors().add("altcha", "INVALID", "Bước kiểm tra chống máy tự động không hợp lệ, đã hết hạn hoặc đã dùng; vui lòng thử lại.",
                    "The bot check (ALTCHA) is invalid, expired or already used.").throwIfAny();
        }
    }
}
