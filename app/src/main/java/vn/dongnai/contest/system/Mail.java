package vn.dongnai.contest.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;

/**
 * Sends plain-text mail through the SMTP server the configuration names (Jakarta Mail, Eclipse
 * Angus): {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_TLS} (STARTTLS, required, by default;
 * SMTPS for a TLS port such as 465; NONE only for a server on the same host or a test),
 * {@code SMTP_USER} / {@code SMTP_PASSWORD} when the server asks for a login, {@code MAIL_FROM}.
 * Without a host nothing is sent and {@link #configured()} says so.
 */
@Singleton
public class Mail {

    public enum Tls { STARTTLS, SMTPS, NONE }

    private final String host;
    private final String from;
    private final String fromName;
    private final Session session;

    Mail(@Value("${contest.mail.host:}") String host,
         @Value("${contest.mail.port:587}") int port,
         @Value("${contest.mail.tls:STARTTLS}") String tls,
         @Value("${contest.mail.user:}") String user,
         @Value("${contest.mail.password:}") String password,
         @Value("${contest.mail.from:}") String from,
         @Value("${contest.mail.from-name:Ban tổ chức cuộc thi}") String fromName,
         @Value("${contest.mail.timeout:10s}") java.time.Duration timeout) {
        this.host = host.strip();
        this.from = from.strip();
        this.fromName = fromName;
        Tls mode;
        try {
            mode = Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("contest.mail.tls (SMTP_TLS) must be STARTTLS, SMTPS or NONE");
        }
        if (!this.host.isEmpty() && this.from.isEmpty()) {
            throw new IllegalStateException("contest.mail.from (MAIL_FROM) is required when SMTP_HOST is set");
        }
        String protocol = mode == Tls.SMTPS ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", this.host);
        props.put("mail." + protocol + ".port", Integer.toString(port));
        String millis = Long.toString(timeout.toMillis());
        // a slow or silent server must not hold a thread for ever
        props.put("mail." + protocol + ".connectiontimeout", millis);
        props.put("mail." + protocol + ".timeout", millis);
        props.put("mail." + protocol + ".writetimeout", millis);
        if (mode == Tls.STARTTLS) {
            // required, not merely enabled: a server (or a man in the middle) that drops STARTTLS gets no mail
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (mode != Tls.NONE) {
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = null;
        if (!user.isBlank()) {
            props.put("mail." + protocol + ".auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(props, authenticator);
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** Sends one message; blocking (call it off the request thread). */
    public void send(String to, String subject, String text) throws MessagingException {
        if (!configured()) {
            throw new MessagingException("no SMTP server configured (SMTP_HOST)");
        }
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("sender name", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
