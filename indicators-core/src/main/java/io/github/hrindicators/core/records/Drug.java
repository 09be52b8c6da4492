package io.github.hrindicators.core.records;

import java.util.OptionalDouble;

/**
 * The opioid agonist given in maintenance therapy, with the minimum daily maintenance dose of WHO PRV.14
 * (<i>Consolidated guidelines on person-centred HIV strategic information</i>, 2022): methadone at least 60 mg,
 * buprenorphine at least 8 mg (WHO, <i>Guidelines for the psychosocially assisted pharmacological treatment of
 * opioid dependence</i>, 2009).
 */
public enum Drug {
    /** Methadone: minimum maintenance dose 60 mg a day. */
    METHADONE {
        @Override
        public OptionalDouble minimumMaintenanceMilligrams() {
            return OptionalDouble.of(60);
        }
    },
    /** Buprenorphine (alone or with naloxone): minimum maintenance dose 8 mg a day. */
    BUPRENORPHINE {
        @Override
        public OptionalDouble minimumMaintenanceMilligrams() {
            return OptionalDouble.of(8);
        }
    },
    /** Another agonist (slow-release morphine, say): PRV.14 sets no minimum, so its doses are not assessed. */
    OTHER {
        @Override
        public OptionalDouble minimumMaintenanceMilligrams() {
            return OptionalDouble.empty();
        }
    };

    /**
     * The minimum daily maintenance dose of PRV.14.
     *
     * @return the dose in milligrams, or empty if PRV.14 sets none for this drug
     */
    public abstract OptionalDouble minimumMaintenanceMilligrams();
}
