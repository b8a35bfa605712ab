package vn.dongnai.contest.bank.validation;

import java.util.List;
import java.util.regex.Pattern;
import vn.dongnai.contest.bank.TextKeys;

/**
 * Options that refer to the other options ("Tất cả các đáp án trên", "Cả A, B, C đều đúng"). The
 * contest shuffles options per attempt, so "trên" and the letters stop pointing where the author
 * meant. Matched on folded text, so missing diacritics do not hide one.
 */
final class CatchAllOptions {

    private static final List<Pattern> PATTERNS = List.of(
            // tất cả các đáp án trên / tất cả đều đúng / tất cả các phương án nêu trên
            Pattern.compile("^tat ca( \\S+){0,5} (tren|dung|sai)$"),
            // cả A, B, C đều đúng / A và B đều đúng / cả A và B / tất cả các đáp án A, B, C / phương án A và C
            Pattern.compile("^((tat )?ca( cac)? )?((dap an|phuong an|y) )?[a-f]( (va |hoac )?[a-f])+( deu (dung|sai))?$"),
            // cả hai / cả ba đáp án trên đều đúng (but not "cả hai vợ chồng")
            Pattern.compile("^(ca|tat ca) (hai|ba|bon)(( \\S+){0,3} (tren|dung|sai))?$"),
            // không có đáp án nào đúng / không phương án nào đúng
            Pattern.compile("^khong( co)? (dap an|phuong an|y|lua chon|cau tra loi|cau) nao( \\S+){0,3}$"),
            Pattern.compile("\\b(all|none|both|neither) of the (above|options|answers|choices)\\b"),
            Pattern.compile("^(both|neither) [a-f] (and|nor) [a-f]$"));

    private CatchAllOptions() {
    }

    static boolean matches(String option) {
        String folded = TextKeys.fold(option);
        return PATTERNS.stream().anyMatch(pattern -> pattern.matcher(folded).find());
    }
}
