package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;

/**
 * The one answer to "where does this request come from" for every caller (rate limits per
 * address, the origins the review queue compares): the socket's peer, or behind configured
 * trusted proxies the right-most hop they did not write ({@link TrustedProxies}). Micronaut's
 * default believed the left-most {@code X-Forwarded-For} or {@code Forwarded} entry, which the
 * client writes itself; its {@code micronaut.server.client-address-header} (a header read
 * blindly) is not honoured either. Created at startup, so a mistyped TRUSTED_PROXIES stops the
 * app there rather than failing the first registration.
 */
@Context
@Replaces(DefaultHttpClientAddressResolver.class)
final class ClientAddressResolver implements HttpClientAddressResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ClientAddressResolver.class);

    private final TrustedProxies proxies;

    ClientAddressResolver(@Value("${contest.trusted-proxies:}") String trustedProxies,
                          @Value("${contest.trusted-proxy-header:X-Forwarded-For}") String header,
                          HttpServerConfiguration server) {
        this.proxies = TrustedProxies.parse(trustedProxies, header);
        if (server.getClientAddressHeader() != null) {
            LOG.warn("micronaut.server.client-address-header is ignored: set TRUSTED_PROXIES to the proxies' addresses");
        }
        if (!proxies.isEmpty()) {
            LOG.info("Client addresses: {} is read when the request comes from a trusted proxy",
                    proxies.header().headerName());
        }
    }

    @Override
    @Nullable
    public String resolve(HttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return null;
        }
        return proxies.clientAddress(peer.getAddress(), request.getHeaders().getAll(proxies.header().headerName()));
    }
}
