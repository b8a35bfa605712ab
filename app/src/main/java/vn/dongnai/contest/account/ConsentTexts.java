package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import vn.dongnai.contest.system.FreeText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The personal-data consent text (Law 91/2025/QH15, Decree 356/2025/NĐ-CP) that the registration
 * form shows, in Vietnamese and English, for the current version. A new text comes with a new
 * version: {@code {version}.vi.md} and {@code {version}.en.md}, from CONSENT_TEXT_DIR or the
 * built-in {@code consent/} resources. The app does not start without the Vietnamese text of the
 * current version, so nobody can agree to a version they were never shown.
 */
@Context
class ConsentTexts {

    private final String vietnamese;
    private final String english;

    ConsentTexts(@Value("${contest.consent.current-version}") String version,
                 @Value("${contest.consent.text-dir:}") @Nullable String textDir) {
        this.vietnamese = read(textDir, version + ".vi.md");
        if (this.vietnamese == null) {
            throw new IllegalStateException("No consent text for version " + version + ": put " + version
                    + ".vi.md (and .en.md) in CONSENT_TEXT_DIR or in app/src/main/resources/consent/");
        }
        String en = read(textDir, version + ".en.md");
        this.english = en == null ? vietnamese : en;
    }

    String vietnamese() {
        return vietnamese;
    }

    String english() {
        return english;
    }

    private static @Nullable String read(@Nullable String textDir, String name) {
        try {
            if (textDir != null && !textDir.isBlank()) {
                Path file = Path.of(textDir).resolve(name);
                if (Files.isRegularFile(file)) {
                    return FreeText.normalizeLines(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = ConsentTexts.class.getResourceAsStream("/consent/" + name)) {
                return in == null ? null : FreeText.normalizeLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
