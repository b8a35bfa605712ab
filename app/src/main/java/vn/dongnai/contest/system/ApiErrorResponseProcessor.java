package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Gives every error the framework produces (no route, unreadable JSON, body too large, not
 * authenticated, forbidden, unexpected failure) the same {@link ApiError} shape, never a stack
 * trace.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    private static final long MEGABYTE = 1024 * 1024;

    private final long maxFileBytes;
    private final long maxBodyBytes;

    ApiErrorResponseProcessor(HttpServerConfiguration server) {
        this.maxFileBytes = server.getMultipart().getMaxFileSize();
        this.maxBodyBytes = server.getMaxRequestBufferSize();
    }

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            // The rest of the body is never read. Left open, the connection would wait for a
            // client that is itself still waiting to send the rest before it reads any answer:
            // closing it ends the upload, and browsers and HTTP clients then read this 413.
            typed.header(HttpHeaders.CONNECTION, "close");
        }
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        ApiError body = response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE
                ? tooLarge(context.getRequest())
                : bodyFor(response.getStatus());
        return typed.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Says the limit that was passed: an organizer's file (multipart) or a JSON body. */
    private ApiError tooLarge(HttpRequest<?> request) {
        boolean upload = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        long limit = upload ? maxFileBytes : maxBodyBytes;
        String size = size(limit);
        return upload
                ? new ApiError(413, "PAYLOAD_TOO_LARGE", "Tệp quá lớn (tối đa " + size.replace('.', ',') + ").",
                        "The file is too large (at most " + size + ").", List.of(), Map.of("maxBytes", limit))
                : new ApiError(413, "PAYLOAD_TOO_LARGE", "Dữ liệu gửi lên quá lớn (tối đa " + size.replace('.', ',') + ").",
                        "The request body is too large (at most " + size + ").", List.of(), Map.of("maxBytes", limit));
    }

    /** 10 MB, 1.5 MB, 512 KB: the size as a person would say it (the caller writes the Vietnamese decimal comma). */
    static String size(long bytes) {
        if (bytes >= MEGABYTE) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.DOWN)
                    .stripTrailingZeros().toPlainString() + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    static ApiError bodyFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> error(status, "BAD_REQUEST",
                    "Yêu cầu không hợp lệ (dữ liệu gửi lên không đúng định dạng).",
                    "The request is malformed.");
            case UNAUTHORIZED -> error(status, "UNAUTHORIZED",
                    "Bạn cần đăng nhập để tiếp tục.", "Authentication required.");
            case FORBIDDEN -> error(status, "FORBIDDEN",
                    "Bạn không có quyền thực hiện thao tác này.", "You are not allowed to do this.");
            case NOT_FOUND -> error(status, "NOT_FOUND",
                    "Không tìm thấy nội dung yêu cầu.", "Not found.");
            case METHOD_NOT_ALLOWED -> error(status, "METHOD_NOT_ALLOWED",
                    "Phương thức không được hỗ trợ.", "Method not allowed.");
            case UNSUPPORTED_MEDIA_TYPE -> error(status, "UNSUPPORTED_MEDIA_TYPE",
                    "Định dạng dữ liệu không được hỗ trợ (cần JSON).", "Unsupported content type (JSON expected).");
            case TOO_MANY_REQUESTS -> error(status, "TOO_MANY_REQUESTS",
                    "Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.", "Too many requests, try again later.");
            case SERVICE_UNAVAILABLE -> error(status, "SERVICE_UNAVAILABLE",
                    "Hệ thống đang bận, vui lòng thử lại sau.", "Service unavailable, try again later.");
            default -> status.getCode() >= 500
                    ? error(status, "INTERNAL_ERROR", "Đã có lỗi xảy ra, vui lòng thử lại sau.",
                    "An unexpected error occurred.")
                    : error(status, status.name(), status.getReason(), status.getReason());
        };
    }

    private static ApiError error(HttpStatus status, String code, String vi, String en) {
        return new ApiError(status.getCode(), code, vi, en, List.of(), Map.of());
    }
}
