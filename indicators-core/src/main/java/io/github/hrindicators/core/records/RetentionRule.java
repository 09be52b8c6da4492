package io.github.hrindicators.core.records;

/**
 * When a starter counts as retained at their 6- or 12-month date (WHO PRV.13). Episodes of one client that overlap
 * or follow each other without a day off (a transfer between sites) are one spell of treatment.
 */
public enum RetentionRule {
    /** On treatment on the date, whether or not treatment stopped and restarted in between. */
    ON_TREATMENT_AT_DATE {
        @Override
        boolean retained(long[][] spells, int first, long due) {
            for (long[] s : spells) {
                if (s[0] <= due && due <= s[1]) {
                    return true;
                }
            }
            return false;
        }
    },
    /** On treatment without a break from the start to the date. */
    CONTINUOUS {
        @Override
        boolean retained(long[][] spells, int first, long due) {
            return spells[first][1] >= due;
        }
    };

    /**
     * Whether a client is retained.
     *
     * @param spells the client's spells of treatment, {start, end} in epoch days, ordered, not touching
     * @param first the index of the spell the client started in
     * @param due the 6- or 12-month date, in epoch days
     */
    abstract boolean retained(long[][] spells, int first, long due);
}
