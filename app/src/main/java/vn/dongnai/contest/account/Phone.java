package vn.dongnai.contest.account;

import java.util.Optional;

/** A Vietnamese mobile number, kept in its national form 0xxxxxxxxx. */
public final class Phone {

    private Phone() {
    }

    /** "+84 912 345 678", "84912345678" and "0912.345.678" all become "0912345678". */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        // mobile ranges after the 2018 renumbering: 03x, 05x, 07x, 08x, 09x
        return digits.matches("0[35789]\\d{8}") ? Optional.of(digits) : Optional.empty();
    }
}
