package vn.dongnai.contest.system;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Maps the exceptions our code and the framework throw onto the one {@link ApiError} shape. */
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
