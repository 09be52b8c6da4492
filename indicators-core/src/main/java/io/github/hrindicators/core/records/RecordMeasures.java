package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.QuantityKind;
import java.util.List;

/**
 * The measures of computed figures that the library's vocabulary ({@link Measure#values()}) does not have. The
 * figures of unique NSP clients, needles-syringes and people on OAMT use the vocabulary's
 * {@link Measure#NSP_CLIENTS}, {@link Measure#NEEDLES_SYRINGES_DISTRIBUTED} and {@link Measure#OST_CLIENTS}, so that
 * the catalogue's indicators take them as inputs.
 */
public final class RecordMeasures {
    /** Unique people with any NSP contact in the period (the "PWID accessing the service" of PRV.8). */
    public static final Measure NSP_CLIENTS_SERVED = Measure.distinctPeople("nsp_clients_served",
            "unique people with any needle-syringe programme contact in the period");

    /** PRV.9, first form: unique people with a contact in every 30-day window of the period. */
    public static final Measure NSP_REGULAR_EVERY_30_DAYS = Measure.distinctPeople("nsp_regular_every_30_days",
            "unique people with a needle-syringe programme contact in every 30-day window of the period (WHO PRV.9)");

    /** PRV.9, second form: unique people with at least one contact per month of the period on average. */
    public static final Measure NSP_REGULAR_MONTHLY_AVERAGE = Measure.distinctPeople("nsp_regular_monthly_average",
            "unique people with at least one needle-syringe programme contact per month of the period on average "
                    + "(WHO PRV.9)");

    /** PRV.12: person-years on OAMT in the period. */
    public static final Measure OAMT_PERSON_YEARS = Measure.of("oamt_person_years", QuantityKind.ESTIMATE,
            "person-years on opioid agonist maintenance therapy in the period (WHO PRV.12)");

    /** PRV.13 denominator: people starting OAMT in the recruitment window, due for the 6-month check. */
    public static final Measure OAMT_STARTERS_6_MONTHS = Measure.distinctPeople("oamt_starters_6_months",
            "people starting opioid agonist maintenance therapy in the recruitment window whose 6-month date is "
                    + "within follow-up (WHO PRV.13)");

    /** PRV.13 numerator: of those, people still on OAMT 6 months after their own start. */
    public static final Measure OAMT_RETAINED_6_MONTHS = Measure.distinctPeople("oamt_retained_6_months",
            "people still on opioid agonist maintenance therapy 6 months after their own start (WHO PRV.13)");

    /** PRV.13 denominator at 12 months. */
    public static final Measure OAMT_STARTERS_12_MONTHS = Measure.distinctPeople("oamt_starters_12_months",
            "people starting opioid agonist maintenance therapy in the recruitment window whose 12-month date is "
                    + "within follow-up (WHO PRV.13)");

    /** PRV.13 numerator at 12 months. */
    public static final Measure OAMT_RETAINED_12_MONTHS = Measure.distinctPeople("oamt_retained_12_months",
            "people still on opioid agonist maintenance therapy 12 months after their own start (WHO PRV.13)");

    /** PRV.14 denominator: people on a maintenance dose of methadone or buprenorphine. */
    public static final Measure OAMT_MAINTENANCE_DOSE = Measure.distinctPeople("oamt_maintenance_dose",
            "people on a maintenance dose of methadone or buprenorphine, induction and tapering excluded (WHO PRV.14)");

    /** PRV.14 numerator: of those, people on at least the minimum dose. */
    public static final Measure OAMT_ADEQUATE_DOSE = Measure.distinctPeople("oamt_adequate_dose",
            "people on a maintenance dose of at least 60 mg methadone or 8 mg buprenorphine (WHO PRV.14)");

    private RecordMeasures() {
    }

    /**
     * Every measure of this class.
     *
     * @return an unmodifiable list, in declaration order
     */
    public static List<Measure> values() {
        return List.of(NSP_CLIENTS_SERVED, NSP_REGULAR_EVERY_30_DAYS, NSP_REGULAR_MONTHLY_AVERAGE, OAMT_PERSON_YEARS,
                OAMT_STARTERS_6_MONTHS, OAMT_RETAINED_6_MONTHS, OAMT_STARTERS_12_MONTHS, OAMT_RETAINED_12_MONTHS,
                OAMT_MAINTENANCE_DOSE, OAMT_ADEQUATE_DOSE);
    }
}
