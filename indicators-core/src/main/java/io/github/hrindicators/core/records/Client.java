package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a client table: a client's code, gender, year or date of birth, key-population type and area (WHO HIV
 * Digital Adaptation Kit, Web Annex A, sheet {@code HIV.Prevention}). Contacts and episodes refer to clients by
 * {@link Uic}; a client without a row here counts with gender {@link Gender#UNKNOWN} and no age.
 *
 * <p>Age at a date is exact when the date of birth is known; with the year alone it is the age reached in that
 * date's calendar year (exact at 31 December, the end of a calendar-year period).
 *
 * @param uic the client's code
 * @param gender the gender, {@link Gender#UNKNOWN} when not recorded
 * @param birthYear the year of birth, 1900 to 2999, or empty
 * @param birthDate the date of birth, in {@code birthYear} when both are given, or empty
 * @param keyPopulation the key-population type as recorded ("PWID"), not blank, or empty
 * @param area the client's area of residence, or empty
 */
public record Client(Uic uic, Gender gender, OptionalInt birthYear, Optional<LocalDate> birthDate,
        Optional<String> keyPopulation, Optional<Area> area) {

    /**
     * Validates the row; a birth date without a year sets the year.
     *
     * @param uic as in the record description
     * @param gender as in the record description
     * @param birthYear as in the record description
     * @param birthDate as in the record description
     * @param keyPopulation as in the record description
     * @param area as in the record description
     * @throws IllegalArgumentException if the birth year is outside 1900 to 2999, the birth date is not in the
     *     birth year, or the key-population type is blank
     * @throws NullPointerException if an argument is null
     */
    public Client {
        Objects.requireNonNull(uic, "uic");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthYear, "birthYear");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(keyPopulation, "keyPopulation");
        Objects.requireNonNull(area, "area");
        if (birthYear.isEmpty() && birthDate.isPresent()) {
            birthYear = OptionalInt.of(birthDate.get().getYear());
        }
        if (birthYear.isPresent()) {
            int y = birthYear.getAsInt();
            if (!(y >= 1900 && y <= 2999)) {
                throw new IllegalArgumentException("Birth year is not within 1900-2999: " + y);
            }
            if (birthDate.isPresent() && birthDate.get().getYear() != y) {
                throw new IllegalArgumentException("Birth date " + birthDate.get() + " is not in the birth year " + y);
            }
        }
        if (keyPopulation.isPresent() && keyPopulation.get().isBlank()) {
            throw new IllegalArgumentException("Key-population type is blank");
        }
        keyPopulation = keyPopulation.map(String::strip);
    }

    /**
     * A client with a code and a gender only.
     *
     * @param uic the code
     * @param gender the gender
     * @return the client
     * @throws NullPointerException if an argument is null
     */
    public static Client of(Uic uic, Gender gender) {
        return new Client(uic, gender, OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a year of birth (and no date of birth).
     *
     * @param year the year, 1900 to 2999
     * @return the client
     * @throws IllegalArgumentException if the year is out of range
     */
    public Client withBirthYear(int year) {
        return new Client(uic, gender, OptionalInt.of(year), Optional.empty(), keyPopulation, area);
    }

    /**
     * A copy with a date of birth (and its year).
     *
     * @param date the date
     * @return the client
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code date} is null
     */
    public Client withBirthDate(LocalDate date) {
        return new Client(uic, gender, OptionalInt.of(date.getYear()), Optional.of(date), keyPopulation, area);
    }

    /**
     * A copy with a key-population type.
     *
     * @param type the type, not blank
     * @return the client
     * @throws IllegalArgumentException if the type is blank
     * @throws NullPointerException if {@code type} is null
     */
    public Client withKeyPopulation(String type) {
        return new Client(uic, gender, birthYear, birthDate, Optional.of(type), area);
    }

    /**
     * A copy with an area of residence.
     *
     * @param newArea the area
     * @return the client
     * @throws NullPointerException if {@code newArea} is null
     */
    public Client withArea(Area newArea) {
        return new Client(uic, gender, birthYear, birthDate, keyPopulation,
                Optional.of(Objects.requireNonNull(newArea, "area")));
    }

    /**
     * The age in completed years at a date, as the record description says.
     *
     * @param date the date
     * @return the age, or empty if the birth year is unknown or after the date
     * @throws NullPointerException if {@code date} is null
     */
    public OptionalInt ageAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (birthDate.isPresent()) {
            LocalDate b = birthDate.get();
            return b.isAfter(date) ? OptionalInt.empty() : OptionalInt.of(Period.between(b, date).getYears());
        }
        if (birthYear.isEmpty() || birthYear.getAsInt() > date.getYear()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(date.getYear() - birthYear.getAsInt());
    }
}
