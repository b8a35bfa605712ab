package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where a request came from, as keyed hashes only (never the values): the client address, its
 * network (/24 for IPv4, /64 for IPv6: one household, office or mobile carrier's block), the
 * User-Agent, and the contest page's device fingerprint ({@code X-Device}: a hash the page computes
 * from what the browser openly tells — screen, time zone, languages, platform — not a cookie).
 */
@Singleton
public class ClientOrigin {

    public static final String DEVICE_HEADER = "X-Device";
    private static final Pattern DEVICE = Pattern.compile("[0-9a-f]{16,64}");

    private final PersonalData personalData;
    private final HttpClientAddressResolver addresses;

    ClientOrigin(PersonalData personalData, HttpClientAddressResolver addresses) {
        this.personalData = personalData;
        this.addresses = addresses;
    }

    /** @param networkHash only for a registration (the bursts per network); null on an attempt's hot path */
    public record Origin(byte[] ipHash, @Nullable byte[] networkHash, byte[] agentHash, @Nullable byte[] deviceHash) {
    }

    /** Address, User-Agent and device: what an attempt's start and submit record. */
    public Origin of(HttpRequest<?> request) {
        return of(request, false);
    }

    /** The same and the address's network, for a registration. */
    public Origin ofRegistration(HttpRequest<?> request) {
        return of(request, true);
    }

    private Origin of(HttpRequest<?> request, boolean withNetwork) {
        String address = String.valueOf(addresses.resolve(request));
        String agent = request.getHeaders().get(HttpHeaders.USER_AGENT, String.class).orElse("");
        String device = request.getHeaders().get(DEVICE_HEADER, String.class).orElse("").strip();
        return new Origin(personalData.hash("ip", address), withNetwork ? personalData.hash("net", network(address)) : null,
                personalData.hash("ua", agent), DEVICE.matcher(device).matches() ? personalData.hash("device", device) : null);
    }

    /** "203.0.113.7" → "203.0.113.0/24"; an IPv6 address → its /64; anything else as it is. */
    static String network(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
            int keep = bytes.length == 4 ? 3 : 8;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 4 ? "/24" : "/64");
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
