package vn.dongnai.contest.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A contestant's registration: personal data protected by {@link PersonalData}, consent recorded. */
@MappedEntity("participant")
public record Participant(@Id Long accountId,
                          byte[] citizenIdHash,
                          byte[] citizenIdCipher,
                          byte[] phoneHash,
                          byte[] phoneCipher,
                          @Nullable String email,
                          LocalDate birthDate,
                          String commune,
                          @Nullable String unit,
                          String participantGroup,
                          String displayName,
                          String consentVersion,
                          Instant consentAt,
                          @Nullable String nameKey) {
}
