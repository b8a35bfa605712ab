package vn.dongnai.contest.system;

/** Vietnamese wording for the bean-validation constraints used in request bodies. */
final class ViMessages {

    private ViMessages() {
    }

    static String forConstraint(String constraint) {
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "Trường này là bắt buộc.";
            case "Size" -> "Độ dài không hợp lệ.";
            case "Email" -> "Địa chỉ email không hợp lệ.";
            case "Pattern" -> "Giá trị không đúng định dạng.";
            case "Min", "Positive", "PositiveOrZero" -> "Giá trị quá nhỏ.";
            case "Max" -> "Giá trị quá lớn.";
            case "Past" -> "Ngày phải ở trong quá khứ.";
            case "AssertTrue" -> "Bạn cần xác nhận mục này.";
            default -> "Giá trị không hợp lệ.";
        };
    }
}
