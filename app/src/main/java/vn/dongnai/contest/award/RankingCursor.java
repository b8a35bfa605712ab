package vn.dongnai.contest.award;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A frozen ranking read page by page as the allocation walks down it: prizes are usually settled
 * within the first page, and a round of 200,000 entries is never held in memory. Each candidate
 * is built together with the row ranked just below it, so it can say which link separated them.
 */
final class RankingCursor<R> implements Iterator<PrizeAllocation.Candidate> {

    static final int PAGE = 1000;

    @FunctionalInterface
    interface Pager<R> {
        /** Up to {@code size} rows after the first {@code loaded} ones ({@code last} is the last of them). */
        List<R> page(int loaded, @Nullable R last, int size);
    }

    @FunctionalInterface
    interface Converter<R> {
        PrizeAllocation.Candidate candidate(R row, @Nullable R next);
    }

    private final Pager<R> pager;
    private final Converter<R> converter;
    private final ArrayDeque<R> buffer = new ArrayDeque<>();
    private int loaded;
    private R last;
    private boolean exhausted;

    RankingCursor(Pager<R> pager, Converter<R> converter) {
        this.pager = pager;
        this.converter = converter;
    }

    @Override
    public boolean hasNext() {
        fill(1);
        return !buffer.isEmpty();
    }

    @Override
    public PrizeAllocation.Candidate next() {
        fill(2);
        R row = buffer.poll();
        if (row == null) {
            throw new NoSuchElementException();
        }
        return converter.candidate(row, buffer.peek());
    }

    private void fill(int wanted) {
        while (buffer.size() < wanted && !exhausted) {
            List<R> page = pager.page(loaded, last, PAGE);
            if (page.size() < PAGE) {
                exhausted = true;
            }
            if (!page.isEmpty()) {
                buffer.addAll(page);
                loaded += page.size();
                last = page.getLast();
            }
        }
    }
}
