package vn.dongnai.contest.system;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A failure that is part of the API: it carries its status, code and both messages. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageVi;
    private final List<ApiError.FieldError> fieldErrors;
    private final Map<String, Object> details;

    public ApiException(HttpStatus status, String code, String messageVi, String messageEn) {
        this(status, code, messageVi, messageEn, List.of(), Map.of());
    }

    public ApiException(HttpStatus status, String code, String messageVi, String messageEn,
                        List<ApiError.FieldError> fieldErrors, Map<String, Object> details) {
        super(messageEn, null, false, false);
        this.status = status;
        this.code = code;
        this.messageVi = messageVi;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.details = Map.copyOf(details);
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND",
                "Không tìm thấy " + what + ".", "Not found: " + what + ".");
    }

    public static ApiException invalid(List<ApiError.FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
                "Thông tin chưa hợp lệ, vui lòng kiểm tra lại.", "Some fields are invalid.",
                errors, Map.of());
    }

    public ApiError toBody() {
        return new ApiError(status.getCode(), code, messageVi, getMessage(), fieldErrors, details);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
