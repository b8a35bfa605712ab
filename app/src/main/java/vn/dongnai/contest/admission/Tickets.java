package vn.dongnai.contest.admission;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A waiting-room ticket as the client holds it: {@code room.line.number.issuedAt.mac}. The MAC
 * (HMAC-SHA256 with the platform's token key) binds the number to its room, its line (the Redis one,
 * or a node's own while Redis is away) and its holder (the account for a start, nobody for a
 * sign-in), so nobody jumps the queue by typing a smaller number or using someone else's ticket.
 */
final class Tickets {

    /** One ticket as read back from a request. */
    record Ticket(String room, String line, long number, Instant issuedAt) {
    }

    private final SecretKeySpec key;
    private final Duration validity;

    Tickets(String secret, Duration validity) {
        this.key = new SecretKeySpec(("waiting-room:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.validity = validity;
    }

    String issue(String room, String line, long number, String holder, Instant now) {
        String body = room + "." + line + "." + number + "." + now.getEpochSecond();
        return body + "." + mac(body, holder);
    }

    /** The ticket, when it is well formed, signed for this holder, and not older than its validity. */
    Optional<Ticket> read(String token, String holder, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int cut = token.lastIndexOf('.');
        if (cut < 0) {
            return Optional.empty();
        }
        String body = token.substring(0, cut);
        byte[] expected = mac(body, holder).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = body.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(parts[3]));
            if (issuedAt.plus(validity).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(parts[0], parts[1], Long.parseLong(parts[2]), issuedAt));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String mac(String body, String holder) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((holder + "|" + body).getBytes(StandardCharsets.UTF_8));
            byte[] full = mac.doFinal();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
