package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Picks the solved bot check ({@code "altcha"}) out of the {@code POST /login} body. The login
 * endpoint binds only username and password, and the body cannot be read a second time inside
 * the authentication provider, so it is read here, once, and handed over as a request attribute.
 */
// "/login/" too: routing takes that spelling to the login endpoint as well (its bot check would be lost)
@ServerFilter(value = "/login/?", patternStyle = FilterPatternStyle.REGEX)
final class LoginBodyFilter {

    static final String ALTCHA_ATTRIBUTE = "contest.login.altcha";

    private final JsonMapper json;

    LoginBodyFilter(JsonMapper json) {
        this.json = json;
    }

    @Serdeable
    record AltchaOnly(@Nullable String altcha) {
    }

    @RequestFilter
    void altcha(HttpRequest<?> request, @Body @Nullable String body) {
        if (request.getMethod() != HttpMethod.POST || body == null || !body.contains("altcha")) {
            return;
        }
        try {
            AltchaOnly parsed = json.readValue(body, AltchaOnly.class);
            if (parsed != null && parsed.altcha() != null) {
                request.setAttribute(ALTCHA_ATTRIBUTE, parsed.altcha());
            }
        } catch (Exception e) {
            // not JSON, or no such field: the login endpoint reports the body itself
        }
    }
}
