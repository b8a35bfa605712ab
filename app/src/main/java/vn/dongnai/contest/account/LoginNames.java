package vn.dongnai.contest.account;

import vn.dongnai.contest.system.FreeText;

import java.util.Locale;

/**
 * One name per account for every login limit and counter, whatever way it was typed:
 * "0912.345.678", "+84 912 345 678" and "(0912) 345678" are one phone, a citizen ID with spaces or
 * dots is one citizen ID, a staff username is case-insensitive (as its column is).
 */
final class LoginNames {

    private LoginNames() {
    }

    static String normalized(String typed) {
        String text = FreeText.normalize(typed);
        String citizenId = CitizenId.normalize(text);
        if (citizenId.matches("\\d{12}")) {
            return "cid:" + citizenId;
        }
        return Phone.normalize(text).map(phone -> "phone:" + phone)
                .orElse("user:" + text.toLowerCase(Locale.ROOT));
    }

    /** Once the account is known, its id: a phone and a citizen ID of one person share their limits. */
    static String ofAccount(long accountId) {
        return "account:" + accountId;
    }
}
