package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One episode of opioid agonist maintenance therapy (OAMT) of a client at a site: from its first day to its last
 * (both included), or still on treatment. A client who stops and starts again has two episodes; one who moves to
 * another site has an episode at each.
 *
 * @param uic the client's code
 * @param site the site code, not blank, surrounding white space removed
 * @param area the area of the site
 * @param drug the agonist given
 * @param start the first day on treatment, in the years 1900 to 2999
 * @param end the last day on treatment, not before {@code start}, or empty while still on treatment
 * @param endReason why the episode ended as recorded ("transfer", "dropped out"), not blank, or empty
 */
public record OamtEpisode(Uic uic, String site, Area area, Drug drug, LocalDate start, Optional<LocalDate> end,
        Optional<String> endReason) {
    /**
     * Validates the episode.
     *
     * @param uic as in the record description
     * @param site as in the record description
     * @param area as in the record description
     * @param drug as in the record description
     * @param start as in the record description
     * @param end as in the record description
     * @param endReason as in the record description
     * @throws IllegalArgumentException if the site or end reason is blank, a date is outside the years 1900 to
     *     2999, or the end is before the start
     * @throws NullPointerException if an argument is null
     */
    public OamtEpisode {
        Objects.requireNonNull(uic, "uic");
        site = RecordChecks.nonBlank(site, "Site code");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(drug, "drug");
        RecordChecks.date(start, "Episode start");
        Objects.requireNonNull(end, "end");
        if (end.isPresent()) {
            RecordChecks.date(end.get(), "Episode end");
            if (end.get().isBefore(start)) {
                throw new IllegalArgumentException("Episode end " + end.get() + " is before its start " + start);
            }
        }
        endReason = Objects.requireNonNull(endReason, "endReason").map(r -> RecordChecks.nonBlank(r, "End reason"));
    }

    /**
     * An episode still under way.
     *
     * @param uic the client's code
     * @param site the site code
     * @param area the area
     * @param drug the agonist
     * @param start the first day
     * @return the episode
     * @throws IllegalArgumentException as the constructor
     * @throws NullPointerException if an argument is null
     */
    public static OamtEpisode ongoing(Uic uic, String site, Area area, Drug drug, LocalDate start) {
        return new OamtEpisode(uic, site, area, drug, start, Optional.empty(), Optional.empty());
    }

    /**
     * An episode that has ended.
     *
     * @param uic the client's code
     * @param site the site code
     * @param area the area
     * @param drug the agonist
     * @param start the first day
     * @param end the last day
     * @param endReason why it ended
     * @return the episode
     * @throws IllegalArgumentException as the constructor
     * @throws NullPointerException if an argument is null
     */
    public static OamtEpisode ended(Uic uic, String site, Area area, Drug drug, LocalDate start, LocalDate end,
            String endReason) {
        return new OamtEpisode(uic, site, area, drug, start, Optional.of(end), Optional.of(endReason));
    }

    /**
     * Whether the client was on treatment in this episode on a day.
     *
     * @param day the day
     * @return true if {@code start <= day} and the episode had not ended before the day
     * @throws NullPointerException if {@code day} is null
     */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && (end.isEmpty() || !day.isAfter(end.get()));
    }
}
