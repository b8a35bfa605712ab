package vn.dongnai.contest.system;

import inet.ipaddr.AddressStringParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which address a request comes from, for per-address limits and the review queue's "many
 * accounts behind one address" flag. Forwarding headers are written by whoever sends the
 * request, so they count only when the socket's peer is one of the operator's own proxies
 * ({@code TRUSTED_PROXIES}); then the hops are read from the right, past every trusted proxy, and
 * the first untrusted one is the client — anything a client wrote further left is ignored. A
 * hop that cannot be read is never guessed at: the socket's address counts instead.
 *
 * <p>Only the header the proxies actually write is read ({@code X-Forwarded-For} by default, or
 * RFC 7239 {@code Forwarded}): a proxy passes the other one through untouched from the client.
 */
final class TrustedProxies {

    /** The forwarding header the trusted proxies write. */
    enum Header {
        X_FORWARDED_FOR("X-Forwarded-For"),
        FORWARDED("Forwarded");

        private final String headerName;

        Header(String headerName) {
            this.headerName = headerName;
        }

        String headerName() {
            return headerName;
        }

        static Header named(String name) {
            for (Header header : values()) {
                if (header.headerName.equalsIgnoreCase(name.trim())) {
                    return header;
                }
            }
            throw new IllegalArgumentException("TRUSTED_PROXY_HEADER must be X-Forwarded-For or Forwarded, not '" + name + "'");
        }
    }

    /** A chain longer than this through trusted proxies alone is not a real deployment. */
    static final int MAX_HOPS = 32;

    /** One plain address: no prefix, mask, range, wildcard, zone or inet_aton shorthand ("127.1", "0x7f.1"). */
    private static final IPAddressStringParameters ONE_ADDRESS = strict(false);
    /** A trusted range: an address or a CIDR block. */
    private static final IPAddressStringParameters RANGE = strict(true);
    /** Digits, hex letters, dots and colons: no prefix, zone, wildcard or name ever gets to the parser. */
    private static final Pattern PLAIN_ADDRESS_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final IPAddressNetwork.IPAddressGenerator FROM_SOCKET = new IPAddressNetwork.IPAddressGenerator();

    private final List<IPAddress> ranges;
    private final Header header;

    private TrustedProxies(List<IPAddress> ranges, Header header) {
        this.ranges = List.copyOf(ranges);
        this.header = header;
    }

    /**
     * The proxies from a list of addresses and CIDR blocks, IPv4 or IPv6, separated by commas or
     * spaces; an empty list trusts nobody. A mistyped entry fails here, naming it, so a
     * deployment never runs believing a proxy is trusted when it is not (or the reverse).
     */
    static TrustedProxies parse(String list, String headerName) {
        List<IPAddress> ranges = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.trim().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            IPAddress range = new IPAddressString(entry, RANGE).getAddress();
            if (range == null) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range");
            }
            ranges.add(range.isPrefixed() ? range.toPrefixBlock() : unmapped(range));
        }
        return new TrustedProxies(ranges, Header.named(headerName == null || headerName.isBlank()
                ? Header.X_FORWARDED_FOR.headerName : headerName));
    }

    Header header() {
        return header;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The client's address, in one canonical spelling ({@code 203.0.113.7}, {@code 2001:db8::1}) so
     * that two spellings of one address share a limit.
     *
     * @param peer         the socket's remote address
     * @param headerValues every line of the configured forwarding header, in the order received
     */
    String clientAddress(InetAddress peer, List<String> headerValues) {
        IPAddress socket = unmapped(FROM_SOCKET.from(peer));
        if (!trusted(socket)) {
            return socket.toCanonicalString();
        }
        List<String> hops = header == Header.FORWARDED ? forwardedFor(headerValues) : forwardedForList(headerValues);
        if (hops == null) {
            return socket.toCanonicalString();
        }
        IPAddress client = socket;
        int walked = 0;
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (++walked > MAX_HOPS) {
                return socket.toCanonicalString();
            }
            IPAddress hop = hop(hops.get(i));
            if (hop == null) {
                return socket.toCanonicalString();
            }
            if (!trusted(hop)) {
                return hop.toCanonicalString();
            }
            client = hop;
        }
        // every hop is one of ours (a health check from inside): the one that started the chain
        return client.toCanonicalString();
    }

    private boolean trusted(IPAddress address) {
        for (IPAddress range : ranges) {
            if (range.getIPVersion() == address.getIPVersion() && range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** {@code X-Forwarded-For: client, proxy1, proxy2}; several header lines read as one list. */
    private static List<String> forwardedForList(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String hop : value.split(",", -1)) {
                hops.add(hop.trim());
            }
        }
        return hops;
    }

    /**
     * The {@code for} node of each element of RFC 7239 {@code Forwarded: for=192.0.2.43,
     * for="[2001:db8:cafe::17]:4711";proto=https}. Null when an element cannot be read or has no
     * {@code for}: the chain is then not to be believed at all.
     */
    private static List<String> forwardedFor(List<String> values) {
        List<String> hops = new ArrayList<>();
        for (String value : values) {
            for (String element : splitOutsideQuotes(value, ',')) {
                if (element == null) {
                    return null;
                }
                String node = null;
                for (String pair : splitOutsideQuotes(element, ';')) {
                    if (pair == null) {
                        return null;
                    }
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                        node = unquote(pair.substring(eq + 1).trim());
                    }
                }
                if (node == null) {
                    return null;
                }
                hops.add(node);
            }
        }
        return hops;
    }

    /** Splits on the separator outside double quotes; a null part marks an unterminated quote. */
    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == separator && !quoted) {
                parts.add(part.toString().trim());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(quoted ? null : part.toString().trim());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    /**
     * One hop: {@code 203.0.113.7}, {@code 203.0.113.7:5678}, {@code 2001:db8::1},
     * {@code [2001:db8::1]} or {@code [2001:db8::1]:443}; null for anything else, including
     * RFC 7239's {@code unknown} and obfuscated {@code _names}.
     */
    static IPAddress hop(String text) {
        String host = text.trim();
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0 || !isPortSuffix(host.substring(close + 1))) {
                return null;
            }
            host = host.substring(1, close);
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            int colon = host.indexOf(':');
            if (!isPortSuffix(host.substring(colon))) {
                return null;
            }
            host = host.substring(0, colon);
        }
        if (!PLAIN_ADDRESS_CHARACTERS.matcher(host).matches()) {
            return null;
        }
        IPAddress address = new IPAddressString(host, ONE_ADDRESS).getAddress();
        if (address == null || address.isMultiple() || address.isPrefixed()) {
            return null;
        }
        return unmapped(address);
    }

    private static boolean isPortSuffix(String suffix) {
        return suffix.isEmpty() || suffix.matches(":[0-9]{1,5}") && Integer.parseInt(suffix.substring(1)) <= 65535;
    }

    /** An IPv4 client on a dual-stack socket may show up as ::ffff:a.b.c.d; it is the same client. */
    private static IPAddress unmapped(IPAddress address) {
        if (address.isIPv6() && address.toIPv6().isIPv4Mapped()) {
            return address.toIPv6().getEmbeddedIPv4Address();
        }
        return address;
    }

    private static IPAddressStringParameters strict(boolean prefix) {
        IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder()
                .allowEmpty(false)
                .allowAll(false)
                .allowSingleSegment(false)
                .allowPrefixOnly(false)
                .allowMask(false)
                .allowPrefix(prefix)
                .allowWildcardedSeparator(false)
                .setRangeOptions(AddressStringParameters.RangeParameters.NO_RANGE)
                .allow_inet_aton(false);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowBinary(false);
        builder.getIPv6AddressParametersBuilder().allowZone(false).allowBase85(false).allowBinary(false);
        return builder.toParams();
    }
}
