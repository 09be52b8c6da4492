package io.github.hrindicators.core.records;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One daily dose of an opioid agonist given to a client: day, site, drug, dose and phase of treatment.
 *
 * @param uic the client's code
 * @param date the day, in the years 1900 to 2999
 * @param site the site code, not blank, surrounding white space removed
 * @param drug the agonist
 * @param milligrams the daily dose in milligrams, finite and {@code >= 0}
 * @param phase induction, maintenance or tapering
 */
public record DoseRecord(Uic uic, LocalDate date, String site, Drug drug, double milligrams, DosePhase phase) {
    /**
     * Validates the dose.
     *
     * @param uic as in the record description
     * @param date as in the record description
     * @param site as in the record description
     * @param drug as in the record description
     * @param milligrams as in the record description
     * @param phase as in the record description
     * @throws IllegalArgumentException if the site is blank, the date is outside the years 1900 to 2999 or the
     *     dose is negative or not a finite number
     * @throws NullPointerException if an argument is null
     */
    public DoseRecord {
        Objects.requireNonNull(uic, "uic");
        RecordChecks.date(date, "Dose date");
        site = RecordChecks.nonBlank(site, "Site code");
        Objects.requireNonNull(drug, "drug");
        if (!(milligrams >= 0 && milligrams < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Dose is not a finite, non-negative number of milligrams: "
                    + milligrams);
        }
        milligrams += 0.0;
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * Whether this dose meets the PRV.14 minimum of its drug.
     *
     * @return true if the drug has a minimum ({@link Drug#minimumMaintenanceMilligrams()}) and the dose is at
     *     least that
     */
    public boolean meetsMinimum() {
        return drug.minimumMaintenanceMilligrams().isPresent()
                && milligrams >= drug.minimumMaintenanceMilligrams().getAsDouble();
    }
}
