package vn.dongnai.contest.bank.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the 2025 audit of the bank caught by reading: stems that point at rows and sections a
 * contestant cannot see, plans named by number without their date, keys naming the district level
 * that ended on 1/7/2025, and "Chỉ …" distractors. Matched on NFC lower-case text with its
 * diacritics, because they carry the meaning ("chỉ" is "only", "chi" is not).
 */
final class WordingChecks {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Row or section numbers of a plan: STT 4, dòng 12, mục IV.3.e, khoản 1, điểm a, phần IV. */
    private static final List<Pattern> INTERNAL_REFERENCES = List.of(
            Pattern.compile("\\bstt\\s*(số\\s*)?\\d+", FLAGS),
            Pattern.compile("\\bdòng\\s+(số\\s+)?\\d+", FLAGS),
            Pattern.compile("\\bmục\\s+(số\\s+)?([ivxl]+|\\d+)(\\.[\\p{L}\\d]+)*\\b", FLAGS),
            Pattern.compile("\\bkhoản\\s+(số\\s+)?\\d+", FLAGS),
            Pattern.compile("\\bđiểm\\s+([a-zđ]|\\d+)(\\)|\\b)(?!\\s*(điểm|câu|%))", FLAGS),
            Pattern.compile("\\bphần\\s+([ivxl]+|\\d+)(\\.[\\p{L}\\d]+)*\\b(?!\\s*(trăm|nghìn|triệu))", FLAGS),
            Pattern.compile("\\bphụ lục\\b[^.?!]{0,120}?\\bdòng\\b", FLAGS));

    /**
     * A document number: 104/KH-UBND, 1588/QĐ-TTg, 57-NQ/TW, 01-KH/BCĐTW, 5074/VPCP-KGVX. A number
     * that carries its year (61/2018/NĐ-CP) dates itself.
     */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "\\b(kế hoạch|quyết định|nghị quyết|công văn|chỉ thị|thông báo|chương trình)\\s+(số\\s+)?"
                    + "(\\d+(/\\d{4})?[/-]\\p{L}[\\p{L}\\d]*([/-][\\p{L}\\d]+)*)", FLAGS);
    /** What may follow the number: "ngày 24/3/2025", "ngày 24 tháng 3 năm 2025", or "ngày nào" when the date is asked. */
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^[^?;]{0,80}?\\bngày\\s+(\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|nào|tháng\\s+năm\\s+nào)",
            FLAGS);

    /** The district level (cấp huyện) and towns (thị xã) were abolished by the 2025 reorganisation. */
    private static final Pattern OUTDATED_UNIT = Pattern.compile("\\b(cấp huyện|các huyện|huyện|thị xã)\\b", FLAGS);
    /** A stem that says it is about the time before the reorganisation may name the old units. */
    private static final Pattern HISTORICAL = Pattern.compile(
            "\\btrước\\s+(ngày\\s+)?0?1\\s*/\\s*0?7\\s*/\\s*2025\\b|\\btrước\\s+(khi\\s+)?(sắp xếp|sáp nhập|tổ chức lại)"
                    + "|\\btrước\\s+(khi\\s+)?(thực hiện\\s+)?(mô hình\\s+)?chính quyền địa phương hai cấp",
            FLAGS);

    private static final Pattern ONLY = Pattern.compile("^[\"“‘(]?\\s*chỉ\\b", FLAGS);

    private WordingChecks() {
    }

    static String lower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The first internal row or section reference in a stem, as written, e.g. "mục IV.3.e". */
    static Optional<String> internalReference(String stem) {
        String text = lower(stem);
        Matcher first = null;
        for (Pattern pattern : INTERNAL_REFERENCES) {
            Matcher m = pattern.matcher(text);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        String reference = original(stem, first.start(), first.end());
        // "Phụ lục … dòng" spans a clause; the two words are what the author needs to find.
        return Optional.of(reference.length() <= 40 ? reference
                : reference.substring(0, "phụ lục".length()) + " … " + reference.substring(reference.length() - "dòng".length()));
    }

    /** Documents the stem names by number, at their first mention, with no date after the number. */
    static List<String> undatedDocuments(String stem) {
        String text = lower(stem);
        Set<String> seen = new LinkedHashSet<>();
        List<String> undated = new ArrayList<>();
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group(3);
            if (!seen.add(number) || m.group(4) != null) {
                continue;
            }
            if (!DATE_AFTER.matcher(text.substring(m.end())).find()) {
                undated.add(original(stem, m.start(), m.end()));
            }
        }
        return undated;
    }

    /** The old unit a key names, unless the stem is explicitly about the time before 1/7/2025. */
    static Optional<String> outdatedUnit(String key, String stem) {
        Matcher m = OUTDATED_UNIT.matcher(lower(key));
        if (!m.find() || HISTORICAL.matcher(lower(stem)).find()) {
            return Optional.empty();
        }
        return Optional.of(original(key, m.start(), m.end()));
    }

    static boolean startsWithOnly(String option) {
        return ONLY.matcher(lower(option.strip())).find();
    }

    /** Lower-casing Vietnamese keeps every index, so a match maps back onto the text as written. */
    private static String original(String text, int start, int end) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.length() == lower(text).length() ? nfc.substring(start, end) : lower(text).substring(start, end);
    }
}
