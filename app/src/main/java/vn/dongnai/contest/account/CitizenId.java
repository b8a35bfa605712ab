package vn.dongnai.contest.account;

import vn.dongnai.contest.system.BusinessRule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân / CCCD): a province code of
 * birth registration (3 digits, Circular 07/2016/TT-BCA; numbers issued before the 2025 province
 * merger keep their old code), a century-and-sex digit, the last two digits of the birth year,
 * then six random digits.
 */
@BusinessRule
public final class CitizenId {

    static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019",
            "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054",
            "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
            "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private CitizenId() {
    }

    /** Strips spaces and dots people type between digit groups. */
    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
    }

    /** Empty when the number is well-formed, else the reason in Vietnamese and English. */
    public static Optional<String[]> problem(String normalized, LocalDate birthDate) {
        if (!normalized.matches("\\d{12}")) {
            return Optional.of(new String[]{"Số định danh cá nhân phải gồm đúng 12 chữ số.",
                    "The citizen ID must be exactly 12 digits."});
        }
        if (!PROVINCE_CODES.contains(normalized.substring(0, 3))) {
            return Optional.of(new String[]{"Ba chữ số đầu của số định danh không phải mã tỉnh, thành phố hợp lệ.",
                    "The first three digits are not a valid province code."});
        }
        if (birthDate != null) {
            int century = 1900 + (normalized.charAt(3) - '0') / 2 * 100;
            int year = century + Integer.parseInt(normalized.substring(4, 6));
            if (year != birthDate.getYear()) {
                return Optional.of(new String[]{"Số định danh không khớp với năm sinh đã khai.",
                        "The citizen ID does not match the birth year."});
            }
        }
        return Optional.empty();
    }
}
