package vn.dongnai.contest.system;

import java.util.ArrayList;
import java.util.List;

/** Collects per-field errors while a request body is checked, then fails once with all of them. */
public final class FieldErrors {

    private final List<ApiError.FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String code, String messageVi, String messageEn) {
        errors.add(new ApiError.FieldError(field, code, messageVi, messageEn));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<ApiError.FieldError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
