package io.github.hrindicators.core.uncertainty;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of people by capture history across t lists (sources), such as the HIV case registers of several
 * reporting centres linked on a unique code: how many appear on list 1 only, on lists 1 and 2 only, and so on, for
 * each of the 2^t − 1 histories of people seen at least once. The input of {@link MultipleSources}.
 *
 * <p>A history is written as t characters {@code 0} or {@code 1}, the first for list 1: {@code "1100"} is on lists 1
 * and 2 but not 3 or 4. Histories not given have count 0.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaptureHistories {
    /** The most lists accepted: 2^12 − 1 = 4,095 histories. */
    public static final int MAX_LISTS = 12;

    private final int lists;
    private final long[] counts;

    private CaptureHistories(int lists, long[] counts) {
        this.lists = lists;
        this.counts = counts;
    }

    /**
     * Capture histories from their counts.
     *
     * @param lists the number t of lists, from 2 to {@value #MAX_LISTS}
     * @param countsByHistory the count of each history given, such as {@code "1100" -> 33}; the others are 0
     * @return the capture histories
     * @throws IllegalArgumentException if t is out of range, a history is not t characters 0 or 1, is all zeros
     *     (nobody seen on no list is counted), or a count is negative, or nobody is seen at all
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static CaptureHistories of(int lists, Map<String, Long> countsByHistory) {
        if (lists < 2 || lists > MAX_LISTS) {
            throw new IllegalArgumentException("Number of lists is not between 2 and " + MAX_LISTS + ": " + lists);
        }
        Objects.requireNonNull(countsByHistory, "countsByHistory");
        long[] counts = new long[1 << lists];
        countsByHistory.forEach((history, count) -> {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(count, "count");
            int index = index(history, lists);
            if (count < 0) {
                throw new IllegalArgumentException("Count of capture history " + history + " is negative: " + count);
            }
            counts[index] = count;
        });
        if (Arrays.stream(counts).sum() == 0) {
            throw new IllegalArgumentException("Nobody is seen on any of the " + lists + " lists");
        }
        return new CaptureHistories(lists, counts);
    }

    private static int index(String history, int lists) {
        if (history.length() != lists || !history.chars().allMatch(c -> c == '0' || c == '1')) {
            throw new IllegalArgumentException("Capture history is not " + lists + " characters 0 or 1: '" + history
                    + "'");
        }
        int index = 0;
        for (int j = 0; j < lists; j++) {
            if (history.charAt(j) == '1') {
                index |= 1 << j;
            }
        }
        if (index == 0) {
            throw new IllegalArgumentException("Capture history " + history + " is on no list: the people never seen"
                    + " are what is estimated");
        }
        return index;
    }

    /**
     * The number t of lists.
     *
     * @return t
     */
    public int lists() {
        return lists;
    }

    /**
     * The count of one history.
     *
     * @param history t characters 0 or 1, not all 0
     * @return its count
     * @throws IllegalArgumentException if the history is malformed or all zeros
     * @throws NullPointerException if {@code history} is null
     */
    public long count(String history) {
        Objects.requireNonNull(history, "history");
        return counts[index(history, lists)];
    }

    /**
     * The number of people seen on at least one list.
     *
     * @return the sum of all counts
     */
    public long seen() {
        return Arrays.stream(counts).sum();
    }

    /** The count of the history whose bit j (from 0) says whether list j + 1 holds it; index 0 is unused. */
    long countAt(int index) {
        return counts[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptureHistories h && h.lists == lists && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * lists + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CaptureHistories[lists=").append(lists);
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] != 0) {
                s.append(", ");
                for (int j = 0; j < lists; j++) {
                    s.append((i >> j & 1) == 1 ? '1' : '0');
                }
                s.append('=').append(counts[i]);
            }
        }
        return s.append(']').toString();
    }
}
