package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

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

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        return typed.body(bodyFor(response.getStatus())).contentType(MediaType.APPLICATION_JSON_TYPE);
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
            case REQUEST_ENTITY_TOO_LARGE -> error(status, "PAYLOAD_TOO_LARGE",
                    "Dữ liệu gửi lên quá lớn.", "The request body is too large.");
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
