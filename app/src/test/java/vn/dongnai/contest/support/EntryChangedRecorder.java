package vn.dongnai.contest.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dongnai.contest.attempt.EntryChanged;

import java.util.ArrayList;
import java.util.List;

/** Remembers every {@link EntryChanged} a test context publishes, for tests that expect one. */
@Singleton
@Requires(env = Environment.TEST)
public class EntryChangedRecorder {

    private final List<EntryChanged> seen = new ArrayList<>();

    @EventListener
    synchronized void on(EntryChanged event) {
        seen.add(event);
    }

    public synchronized List<EntryChanged> ofRound(long roundId) {
        return seen.stream().filter(e -> e.roundId() == roundId).toList();
    }
}
