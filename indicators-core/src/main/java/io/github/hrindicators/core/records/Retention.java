package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Proportion;
import java.util.Optional;

/**
 * PRV.13 at one follow-up: of the people who started OAMT in the recruitment window and whose follow-up date is
 * within the records, those retained by a {@link RetentionRule} at that date. A person's own start is the first day
 * of their first spell of treatment that begins in the window (a spell begins on a day the person was not on
 * treatment the day before, so a transfer between sites is not a start); the follow-up date is that day plus 6 or 12
 * calendar months.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Retention {
    private final int months;
    private final RetentionRule rule;
    private final Breakdown cohort;
    private final Breakdown retained;
    private final long notYetDue;

    Retention(int months, RetentionRule rule, Breakdown cohort, Breakdown retained, long notYetDue) {
        this.months = months;
        this.rule = rule;
        this.cohort = cohort;
        this.retained = retained;
        this.notYetDue = notYetDue;
    }

    /**
     * The months of follow-up.
     *
     * @return 6 or 12
     */
    public int months() {
        return months;
    }

    /**
     * The rule.
     *
     * @return the rule
     */
    public RetentionRule rule() {
        return rule;
    }

    /**
     * The denominator: starters in the window whose follow-up date is within the records, disaggregated by the
     * place of their start.
     *
     * @return the breakdown
     */
    public Breakdown cohort() {
        return cohort;
    }

    /**
     * The numerator: those of the cohort retained.
     *
     * @return the breakdown
     */
    public Breakdown retained() {
        return retained;
    }

    /**
     * Starters in the window whose follow-up date is after the records' end, in neither numerator nor denominator.
     *
     * @return the count
     */
    public long notYetDue() {
        return notYetDue;
    }

    /**
     * The share retained.
     *
     * @return retained / cohort, or empty if the cohort is empty
     */
    public Optional<Proportion> share() {
        return cohort.total() == 0 ? Optional.empty()
                : Optional.of(Proportion.of(Count.of(retained.total()), Count.of(cohort.total())));
    }

    /** Every component, in order: what equality compares. */
    private java.util.List<Object> components() {
        return java.util.Arrays.asList(months, rule, cohort, retained, notYetDue);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Retention o && o.components().equals(components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "retained at " + months + " months (" + rule + "): " + retained.total() + " of " + cohort.total()
                + ", " + notYetDue + " not yet due";
    }
}
