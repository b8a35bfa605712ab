package vn.dongnai.contest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seeded contestants (tokens.csv: index, accountId, phone, citizenId, token). Scenarios of
 * one simulation take disjoint slices, so nobody starts the same round twice by accident.
 */
final class Contestants {

    record Contestant(int index, long accountId, String phone, String citizenId, String token) {
    }

    private static List<Contestant> all;

    private Contestants() {
    }

    static synchronized List<Contestant> all() {
        if (all == null) {
            all = load(Settings.tokensFile());
        }
        return all;
    }

    /** {@code count} contestants from {@code from}, handed out round and round (readers may repeat). */
    static Iterator<Map<String, Object>> circular(int from, int count) {
        List<Contestant> contestants = all();
        if (from + count > contestants.size()) {
            throw new IllegalArgumentException("the simulation needs contestants " + from + ".." + (from + count - 1)
                    + " but only " + contestants.size() + " were seeded; seed more (--contestants)");
        }
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return row(contestants.get(from + Math.floorMod(next.getAndIncrement(), count)));
            }
        };
    }

    /** {@code count} contestants from {@code from}, each handed out once; running dry fails loudly. */
    static Iterator<Map<String, Object>> slice(int from, int count) {
        List<Contestant> contestants = all();
        if (from + count > contestants.size()) {
            throw new IllegalArgumentException("the simulation needs contestants " + from + ".." + (from + count - 1)
                    + " but only " + contestants.size() + " were seeded; seed more (--contestants)");
        }
        AtomicInteger next = new AtomicInteger(from);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return next.get() < from + count;
            }

            @Override
            public Map<String, Object> next() {
                int i = next.getAndIncrement();
                if (i >= from + count) {
                    throw new NoSuchElementException("slice " + from + "+" + count + " used up");
                }
                return row(contestants.get(i));
            }
        };
    }

    private static Map<String, Object> row(Contestant c) {
        return Map.of("index", c.index(), "accountId", c.accountId(), "phone", c.phone(),
                "citizenId", c.citizenId(), "token", c.token());
    }

    private static List<Contestant> load(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Contestant> contestants = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", 5);
                contestants.add(new Contestant(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2], f[3], f[4]));
            }
            return contestants;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contestants' tokens from " + file
                    + " (start the load-test platform, or pass -Dplatform / -Dtokens)", e);
        }
    }
}
