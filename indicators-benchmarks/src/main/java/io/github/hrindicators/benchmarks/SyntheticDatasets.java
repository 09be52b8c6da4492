package io.github.hrindicators.benchmarks;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic multi-area datasets for benchmarks. <b>The figures are synthetic</b>: made up from a fixed seed to
 * look like a national programme's figures, they describe no real place (areas are named "Synthetic area 00001",
 * and every figure cites {@value #CITATION}).
 *
 * <p>Each area gets a PWID size P between 2,000 and 60,000 (log-uniform) and, for each year from {@value #FIRST_YEAR}
 * to {@value #LAST_YEAR}, up to 18 figures: a PWID size estimate with plausible bounds (about ±25 %) every third
 * year, carried forward by the input selector; an estimate of people living with HIV with bounds, every year; OST
 * clients (2–30 % of P) with a prison subgroup and sites; NSP clients (10–60 % of P), sites and needles-syringes
 * (20–250 per PWID); registered alive, all and injecting; new diagnoses, all and injecting; ART clients and virally
 * suppressed, all and PWID; an estimate of PWID living with HIV (no range); and every second year a survey of
 * 200–600 PWID with its positives. Generation stops at exactly the number of figures asked for.
 *
 * <p>The same size and seed always give the same dataset.
 */
final class SyntheticDatasets {
    /** The citation of every synthetic figure. */
    static final String CITATION = "Synthetic benchmark data (seeded; not real figures)";
    /** First year of every area. */
    static final int FIRST_YEAR = 2001;
    /** Last year of every area. */
    static final int LAST_YEAR = 2024;

    private static final Source SOURCE = Source.of(CITATION);
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

    private SyntheticDatasets() {
    }

    /**
     * A dataset of exactly {@code figures} synthetic figures.
     *
     * @param figures the number of figures, {@code >= 1}
     * @param seed the seed
     * @return the dataset
     */
    static Dataset generate(int figures, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> out = new ArrayList<>(figures);
        for (int a = 1; out.size() < figures; a++) {
            addArea(out, figures, Area.of(String.format("Synthetic area %05d", a)), random);
        }
        return Dataset.of(out);
    }

    private static void addArea(List<Observation> out, int limit, Area area, SplittableRandom r) {
        double pwid = 2_000 * Math.exp(r.nextDouble() * Math.log(30));
        double prevalence = 0.02 + 0.3 * r.nextDouble();
        double plhiv = pwid * prevalence * (1.5 + 2 * r.nextDouble());
        int phase = r.nextInt(3);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            pwid *= 0.97 + 0.06 * r.nextDouble();
            plhiv *= 1.0 + 0.05 * r.nextDouble();
            double diagnosed = plhiv * (0.5 + 0.4 * r.nextDouble());
            double pwidDiagnosed = diagnosed * (0.2 + 0.5 * r.nextDouble());
            double onArt = diagnosed * (0.5 + 0.4 * r.nextDouble());
            double pwidOnArt = Math.min(onArt, pwidDiagnosed) * (0.4 + 0.5 * r.nextDouble());
            long ost = Math.round(pwid * (0.02 + 0.28 * r.nextDouble()));
            long nsp = Math.round(pwid * (0.1 + 0.5 * r.nextDouble()));
            long newDiagnoses = Math.round(plhiv * (0.03 + 0.07 * r.nextDouble()));
            ReferencePeriod y = ReferencePeriod.ofYear(year);
            if ((year + phase) % 3 == 0) {
                add(out, limit, Measure.PWID_POPULATION_SIZE, ranged(pwid, 0.25, r), y, area);
            }
            add(out, limit, Measure.PLHIV_ESTIMATE, ranged(plhiv, 0.2, r), y, area);
            add(out, limit, Measure.OST_CLIENTS, Count.of(ost), y, area);
            addPrison(out, limit, Measure.OST_CLIENTS, Count.of(Math.round(ost * 0.05 * r.nextDouble())), y, area);
            add(out, limit, Measure.OST_SITES, Count.of(1 + ost / 150), y, area);
            add(out, limit, Measure.NSP_CLIENTS, Count.of(nsp), y, area);
            add(out, limit, Measure.NSP_SITES, Count.of(1 + nsp / 400), y, area);
            add(out, limit, Measure.NEEDLES_SYRINGES_DISTRIBUTED,
                    Count.of(Math.round(pwid * (20 + 230 * r.nextDouble()))), y, area);
            add(out, limit, Measure.REGISTERED_HIV_ALIVE, Count.of(Math.round(diagnosed)), y, area);
            add(out, limit, Measure.REGISTERED_HIV_ALIVE_INJECTING, Count.of(Math.round(pwidDiagnosed)), y, area);
            add(out, limit, Measure.NEW_HIV_DIAGNOSES, Count.of(newDiagnoses), y, area);
            add(out, limit, Measure.NEW_HIV_DIAGNOSES_INJECTING,
                    Count.of(Math.round(newDiagnoses * (0.05 + 0.6 * r.nextDouble()))), y, area);
            add(out, limit, Measure.ART_CLIENTS, Count.of(Math.round(onArt)), y, area);
            add(out, limit, Measure.VIRALLY_SUPPRESSED, Count.of(Math.round(onArt * (0.7 + 0.25 * r.nextDouble()))),
                    y, area);
            add(out, limit, Measure.ART_CLIENTS_PWID, Count.of(Math.round(pwidOnArt)), y, area);
            add(out, limit, Measure.VIRALLY_SUPPRESSED_PWID,
                    Count.of(Math.round(pwidOnArt * (0.6 + 0.3 * r.nextDouble()))), y, area);
            add(out, limit, Measure.PLHIV_PWID_ESTIMATE, Estimate.of(Math.round(pwid * prevalence)), y, area);
            if (year % 2 == 0) {
                long tested = 200 + r.nextInt(401);
                long positives = Math.round(tested * prevalence * (0.8 + 0.4 * r.nextDouble()));
                add(out, limit, Measure.HIV_TESTED_PWID_SURVEY, Count.of(tested), y, area);
                add(out, limit, Measure.HIV_POSITIVE_PWID_SURVEY, Count.of(Math.min(tested, positives)), y, area);
            }
        }
    }

    private static Estimate ranged(double point, double spread, SplittableRandom r) {
        double p = Math.round(point);
        double low = Math.round(p * (1 - spread * (0.6 + 0.8 * r.nextDouble())));
        double high = Math.round(p * (1 + spread * (0.6 + 0.8 * r.nextDouble())));
        return Estimate.of(p, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
    }

    private static void add(List<Observation> out, int limit, Measure measure, Quantity value, ReferencePeriod period,
            Area area) {
        if (out.size() < limit) {
            out.add(Observation.of(measure, value, period, area, SOURCE));
        }
    }

    private static void addPrison(List<Observation> out, int limit, Measure measure, Quantity value,
            ReferencePeriod period, Area area) {
        if (out.size() < limit) {
            out.add(Observation.of(measure, value, period, area, SOURCE).withSubgroup(PRISON));
        }
    }
}
