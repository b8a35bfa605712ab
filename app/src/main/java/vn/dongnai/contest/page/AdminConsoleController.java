package vn.dongnai.contest.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The organizer console (built from admin-ui/ into classpath:admin). Its files are public, the
 * data behind them is not: every API call carries the staff token. Any path under /admin that
 * is not a built file is one of the console's own screens, so it gets index.html and the
 * console's router takes over.
 */
@Controller("/admin")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminConsoleController {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** antd writes its styles at run time, hence inline styles; scripts stay our own. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ResourceResolver resources;

    AdminConsoleController(ResourceResolver resources) {
        this.resources = resources;
    }

    /** /admin and /admin/ alike: the console's assets are addressed from the root, so both work. */
    @Get
    HttpResponse<?> root() {
        return index();
    }

    @Get("/{+path}")
    HttpResponse<?> file(@Nullable String path) {
        String file = path == null ? "" : path;
        if (file.startsWith("assets/") && !file.contains("..")) {
            Optional<HttpResponse<byte[]>> asset = read("classpath:admin/" + file)
                    .map(bytes -> HttpResponse.ok(bytes)
                            .contentType(MediaType.forFilename(file))
                            .header("Cache-Control", IMMUTABLE));
            if (asset.isPresent()) {
                return asset.get();
            }
            return HttpResponse.notFound();
        }
        return index();
    }

    private HttpResponse<?> index() {
        return read("classpath:admin/index.html")
                .<HttpResponse<?>>map(bytes -> HttpResponse.ok(bytes)
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Cache-Control", "no-cache")
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .header("Referrer-Policy", "same-origin"))
                .orElseGet(() -> HttpResponse.notFound("The organizer console is not built: run the Maven build with Node.js installed."));
    }

    private Optional<byte[]> read(String location) {
        return resources.getResourceAsStream(location).map(in -> {
            try (InputStream stream = in) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
