package vn.dongnai.contest.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The one error body of the whole API: a stable machine code, a message in Vietnamese for the
 * person in front of the screen and in English for developers, and per-field errors.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status,
                       String code,
                       String message,
                       String messageEn,
                       @Nullable List<FieldError> errors,
                       @Nullable Map<String, Object> details) {

    @Serdeable
    public record FieldError(String field, String code, String message, String messageEn) {
    }
}
