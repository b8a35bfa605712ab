package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Maps the exceptions our code and bean validation throw onto the one {@link ApiError} shape. */
final class ApiExceptionHandlers {

    private ApiExceptionHandlers() {
    }

    @Singleton
    @Produces
    static final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ApiException exception) {
            return HttpResponse.<ApiError>status(exception.status()).body(exception.toBody());
        }
    }

    /** Bean validation on a request body: 422 with one entry per field. */
    @Singleton
    @Produces
    @Replaces(ConstraintExceptionHandler.class)
    @Requires(classes = ConstraintViolationException.class)
    static final class ConstraintViolationHandler
            implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException exception) {
            List<ApiError.FieldError> errors = exception.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(ConstraintViolationHandler::toFieldError)
                    .toList();
            ApiException api = ApiException.invalid(errors);
            return HttpResponse.<ApiError>status(api.status()).body(api.toBody());
        }

        private static ApiError.FieldError toFieldError(ConstraintViolation<?> violation) {
            String field = "";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                    field = field.isEmpty() ? node.getName() : field + "." + node.getName();
                }
            }
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            return new ApiError.FieldError(field, constraint.toUpperCase(),
                    ViMessages.forConstraint(constraint), violation.getMessage());
        }
    }

    /** A JSON value of the wrong type (text where a number belongs, …): 400 naming the field. */
    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static final class ConversionHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConversionErrorException exception) {
            String field = exception.getArgument().getName();
            ApiError body = new ApiError(400, "BAD_REQUEST",
                    "Dữ liệu gửi lên không đúng kiểu.", "A value has the wrong type.",
                    List.of(new ApiError.FieldError(field, "WRONG_TYPE",
                            "Giá trị không đúng kiểu dữ liệu.", "Wrong type.")), Map.of());
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(body);
        }
    }
}
