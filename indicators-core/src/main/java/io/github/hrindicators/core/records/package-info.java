/**
 * Indicators computed from programme records: client-level needle-syringe programme (NSP) contacts, opioid agonist
 * maintenance therapy (OAMT) episodes and daily doses, with the optional client and site tables.
 *
 * <p>The records are immutable values ({@link io.github.hrindicators.core.records.Uic},
 * {@link io.github.hrindicators.core.records.Client}, {@link io.github.hrindicators.core.records.Site},
 * {@link io.github.hrindicators.core.records.NspContact}, {@link io.github.hrindicators.core.records.OamtEpisode},
 * {@link io.github.hrindicators.core.records.DoseRecord}). The accumulators
 * ({@link io.github.hrindicators.core.records.NspAccumulator},
 * {@link io.github.hrindicators.core.records.OamtAccumulator},
 * {@link io.github.hrindicators.core.records.DoseAccumulator},
 * {@link io.github.hrindicators.core.records.DispensingAccumulator}, which builds OAMT episodes from a dispensing
 * log of doses for programmes without an episode file) take one record at a time, hold state per distinct
 * client (never per row), do no I/O and hold no global state, and merge: the records split into parts, each part
 * accumulated on its own and the parts merged, give exactly the result of the whole. Their results are immutable and
 * become input figures ({@link io.github.hrindicators.core.Observation}) whose source says which file and how many
 * rows they were computed from, so that the catalogue's indicators use them with their denominators.
 *
 * <p>The indicator codes are those of WHO, <i>Consolidated guidelines on person-centred HIV strategic information</i>
 * (2022), PRV.8–PRV.14, and the Global Fund's KP-4 (needles-syringes per person reached).
 *
 * <p>No method of this package accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.github.hrindicators.core.records;
