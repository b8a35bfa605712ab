package vn.dongnai.contest.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One unit or commune as organizers manage it; {@code headcount} is what collective prizes divide by. */
@Serdeable
record CatalogEntry(long id, String name, @Nullable String kind, @Nullable Integer headcount, boolean active) {
}
