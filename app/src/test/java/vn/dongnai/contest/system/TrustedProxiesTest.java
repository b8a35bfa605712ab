package vn.dongnai.contest.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which hop counts as the client, with and without trusted proxies, for both forwarding headers. */
class TrustedProxiesTest {

    private static final TrustedProxies NOBODY = TrustedProxies.parse("", "X-Forwarded-For");
    private static final TrustedProxies NGINX = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 2001:db8:ffff::/48", "X-Forwarded-For");
    private static final TrustedProxies RFC7239 = TrustedProxies.parse("10.0.0.0/8,2001:db8:ffff::/48", "Forwarded");

    private static InetAddress peer(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withNoTrustedProxyTheSocketCountsWhateverTheHeadersSay() {
        assertEquals("198.51.100.20", NOBODY.clientAddress(peer("198.51.100.20"), List.of("1.2.3.4")));
        assertEquals("198.51.100.20", NOBODY.clientAddress(peer("198.51.100.20"), List.of()));
    }

    @Test
    void aRequestNotFromATrustedProxyKeepsItsSocketAddressEvenWithHeaders() {
        assertEquals("198.51.100.20", NGINX.clientAddress(peer("198.51.100.20"), List.of("203.0.113.7")));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopCountsAndForgedHopsLeftOfItAreIgnored() {
        // the client sent "X-Forwarded-For: 1.1.1.1"; nginx appended the address it saw
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"), List.of("1.1.1.1, 203.0.113.7")));
    }

    @Test
    void trustedHopsAreSkippedFromTheRightWhateverTheirNumber() {
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"),
                List.of("8.8.8.8, 203.0.113.7, 192.168.1.5", "10.1.2.3")));
    }

    @Test
    void whenEveryHopIsTrustedTheOneThatStartedTheChainCounts() {
        assertEquals("10.9.9.9", NGINX.clientAddress(peer("10.0.0.2"), List.of("10.9.9.9, 10.1.1.1")));
    }

    @Test
    void aTrustedProxyWithoutAHeaderIsItselfTheClient() {
        assertEquals("10.0.0.2", NGINX.clientAddress(peer("10.0.0.2"), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "_hidden", "example.com", "1.2.3", "127.1", "0x7f.0.0.1", "010.0.0.1",
        "1.2.3.4/8", "1.2.3.*", "1.2.3.4:99999", "[2001:db8::1", "fe80::1%eth0", "", "1.2.3.4 5.6.7.8"})
    void anUnreadableHopMakesTheSocketAddressCount(String hop) {
        assertEquals("10.0.0.2", NGINX.clientAddress(peer("10.0.0.2"), List.of("203.0.113.1, " + hop)));
    }

    @Test
    void anUnreadableHopLeftOfTheClientIsNeverReached() {
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"), List.of("garbage, 203.0.113.7")));
    }

    @Test
    void portsAndBracketsAreStrippedAndIPv6IsWrittenOneWay() {
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"), List.of("203.0.113.7:51234")));
        assertEquals("2001:db8::1", NGINX.clientAddress(peer("10.0.0.2"), List.of("[2001:DB8:0::1]:443")));
        assertEquals("2001:db8::1", NGINX.clientAddress(peer("10.0.0.2"), List.of("2001:db8:0:0:0:0:0:1")));
        assertEquals("2001:db8::1", NOBODY.clientAddress(peer("2001:db8:0:0::1"), List.of()));
    }

    @Test
    void anIPv4ClientSeenThroughAnIPv6MappedAddressIsTheSameClient() {
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"), List.of("::ffff:203.0.113.7")));
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("10.0.0.2"), List.of("::ffff:10.0.0.3, 203.0.113.7")));
    }

    @Test
    void anIPv6ProxyRangeIsTrusted() {
        assertEquals("203.0.113.7", NGINX.clientAddress(peer("2001:db8:ffff::10"), List.of("203.0.113.7")));
        assertEquals("2001:db8:ffff::10", NGINX.clientAddress(peer("2001:db8:ffff::10"), List.of("garbage")));
    }

    @Test
    void aVeryLongChainOfTrustedHopsIsNotBelieved() {
        String chain = String.join(", ", java.util.Collections.nCopies(TrustedProxies.MAX_HOPS + 1, "10.1.1.1"));
        assertEquals("10.0.0.2", NGINX.clientAddress(peer("10.0.0.2"), List.of("203.0.113.7, " + chain)));
    }

    @Test
    void theForwardedHeaderIsReadElementByElementWithQuotesPortsAndOtherParameters() {
        assertEquals("203.0.113.7", RFC7239.clientAddress(peer("10.0.0.2"),
                List.of("for=1.1.1.1;proto=http, For=\"203.0.113.7:4711\";proto=https;by=10.0.0.2")));
        assertEquals("2001:db8:cafe::17", RFC7239.clientAddress(peer("10.0.0.2"),
                List.of("for=\"[2001:db8:cafe::17]:4711\"", "for=10.0.0.9")));
    }

    @Test
    void aForwardedElementWithoutForOrWithABrokenQuoteIsNotBelieved() {
        assertEquals("10.0.0.2", RFC7239.clientAddress(peer("10.0.0.2"), List.of("proto=https")));
        assertEquals("10.0.0.2", RFC7239.clientAddress(peer("10.0.0.2"), List.of("for=\"203.0.113.7")));
        assertEquals("10.0.0.2", RFC7239.clientAddress(peer("10.0.0.2"), List.of("for=unknown")));
    }

    @Test
    void aMistypedProxyListOrHeaderNameIsRefusedNamingTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.parse("10.0.0.0/8, 10.0.0.300", null));
        assertTrue(e.getMessage().contains("10.0.0.300"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal", null));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8", "X-Real-IP"));
    }

    @Test
    void hostBitsInATrustedRangeStillMeanTheWholeBlock() {
        TrustedProxies sloppy = TrustedProxies.parse("10.0.0.7/24", "x-forwarded-for");
        assertEquals("203.0.113.7", sloppy.clientAddress(peer("10.0.0.200"), List.of("203.0.113.7")));
    }

    @Test
    void aHopIsOnlyEverAPlainAddress() {
        assertNull(TrustedProxies.hop("localhost"));
        assertNull(TrustedProxies.hop("::/0"));
        assertEquals("2001:db8::1", TrustedProxies.hop("[2001:db8::1]").toCanonicalString());
    }
}
