package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.ProviderType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact of a client with a needle-syringe programme: who, when, where, and what was given (WHO HIV Digital
 * Adaptation Kit, Web Annex A, sheet {@code HIV.Prevention}, data elements PRV.DE15–DE25). Counts of other items
 * that a programme does not record are 0.
 *
 * @param uic the client's code
 * @param date the day of the contact, in the years 1900 to 2999
 * @param site the site code, not blank, surrounding white space removed
 * @param area the area of the site
 * @param providerType who gave the service
 * @param needlesSyringes needles-syringes given, {@code >= 0}
 * @param condoms condoms given, {@code >= 0}
 * @param naloxoneKits naloxone kits given, {@code >= 0}
 * @param hivTest whether an HIV test was done at the contact
 * @param hcvTest whether a hepatitis C test was done at the contact
 */
public record NspContact(Uic uic, LocalDate date, String site, Area area, ProviderType providerType,
        long needlesSyringes, long condoms, long naloxoneKits, boolean hivTest, boolean hcvTest) {
    /**
     * Validates the contact.
     *
     * @param uic as in the record description
     * @param date as in the record description
     * @param site as in the record description
     * @param area as in the record description
     * @param providerType as in the record description
     * @param needlesSyringes as in the record description
     * @param condoms as in the record description
     * @param naloxoneKits as in the record description
     * @param hivTest as in the record description
     * @param hcvTest as in the record description
     * @throws IllegalArgumentException if the site is blank, a count is negative or the date is outside the years
     *     1900 to 2999
     * @throws NullPointerException if an argument is null
     */
    public NspContact {
        Objects.requireNonNull(uic, "uic");
        RecordChecks.date(date, "Contact date");
        site = RecordChecks.nonBlank(site, "Site code");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(providerType, "providerType");
        RecordChecks.nonNegative(needlesSyringes, "Needles-syringes given");
        RecordChecks.nonNegative(condoms, "Condoms given");
        RecordChecks.nonNegative(naloxoneKits, "Naloxone kits given");
    }

    /**
     * A contact at which needles-syringes and nothing else were given.
     *
     * @param uic the client's code
     * @param date the day
     * @param site the site code
     * @param area the area
     * @param providerType the provider type
     * @param needlesSyringes needles-syringes given
     * @return the contact
     * @throws IllegalArgumentException as the constructor
     * @throws NullPointerException if an argument is null
     */
    public static NspContact of(Uic uic, LocalDate date, String site, Area area, ProviderType providerType,
            long needlesSyringes) {
        return new NspContact(uic, date, site, area, providerType, needlesSyringes, 0, 0, false, false);
    }
}
