package io.github.hrindicators.benchmarks;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Does evaluating every indicator for one area-year stay as fast when the dataset grows? A plain program, run on
 * demand (never by the tests): it times {@link #evaluateAreaYear} on seeded synthetic datasets
 * ({@link SyntheticDatasets}: <b>synthetic figures</b>) of 10,000, 40,000 and 160,000 figures, prints the median time
 * per area-year of each and the ratio of 160,000 to 10,000 measured in the same run (target: at most 1.2), then
 * evaluates a 1,000,000-figure dataset end to end, every area and year, and prints the total and per area-year time.
 *
 * <p>Method: the three datasets share the generator and seed, so they differ only in their number of areas (the
 * years, 2001–2024, and the figures per area-year are the same). Each round times a batch of {@value #BATCH}
 * area-years drawn uniformly (seeded) from every area and year of each dataset, the sizes in a rotating order so
 * that drift on a shared machine hits them alike; {@value #WARMUP_ROUNDS} rounds warm the JIT up and are discarded,
 * the median of the next {@value #ROUNDS} is reported. Single thread; default {@link EvaluationSettings} (Monte Carlo
 * intervals of 10,000 draws for every ratio whose denominator has a range, which dominates the time).
 *
 * <p>Arguments (all optional): {@code --rounds N}, {@code --batch N}, {@code --million N} (figures of the end-to-end
 * dataset; 0 skips it).
 */
public final class EvaluateAllLinearity {
    /** Seed of the synthetic datasets. */
    static final long SEED = 20_261_123L;
    private static final int[] SIZES = {10_000, 40_000, 160_000};
    private static final int BATCH = 200;
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 7;
    private static final EvaluationSettings SETTINGS = EvaluationSettings.defaults();

    /** Keeps the JIT from dropping the work. */
    private static volatile long sink;

    private EvaluateAllLinearity() {
    }

    /**
     * The one call into the engine: every indicator for one area and year. When the engine's API changes, only this
     * method changes.
     *
     * @param data the dataset
     * @param area the area
     * @param year the year
     * @return the number of results
     */
    static int evaluateAreaYear(Dataset data, Area area, int year) {
        return Catalogue.standard().evaluate(data, area, year, SETTINGS).size();
    }

    /**
     * Runs the benchmark and prints its results.
     *
     * @param args {@code --rounds N}, {@code --batch N}, {@code --million N}, all optional
     */
    public static void main(String[] args) {
        int rounds = intArg(args, "--rounds", ROUNDS);
        int batch = intArg(args, "--batch", BATCH);
        int million = intArg(args, "--million", 1_000_000);
        System.out.printf(Locale.ROOT, "Synthetic data (seed %d), %d processors, %s %s%n", SEED,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        Dataset[] data = new Dataset[SIZES.length];
        List<List<Area>> areas = new ArrayList<>();
        for (int s = 0; s < SIZES.length; s++) {
            data[s] = SyntheticDatasets.generate(SIZES[s], SEED);
            areas.add(List.copyOf(data[s].areas()));
        }
        SplittableRandom pick = new SplittableRandom(SEED);
        double[][] nanosPerAreaYear = new double[SIZES.length][rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            for (int k = 0; k < SIZES.length; k++) {
                int s = Math.floorMod(round + k, SIZES.length);
                double t = timeBatch(data[s], areas.get(s), batch, pick);
                if (round >= 0) {
                    nanosPerAreaYear[s][round] = t;
                }
            }
        }
        double[] median = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            median[s] = median(nanosPerAreaYear[s]);
            System.out.printf(Locale.ROOT, "%,9d figures, %,6d areas: %8.3f ms per area-year (median of %d rounds of "
                    + "%d area-years; min %.3f, max %.3f)%n", SIZES[s], areas.get(s).size(), median[s] / 1e6, rounds,
                    batch, min(nanosPerAreaYear[s]) / 1e6, max(nanosPerAreaYear[s]) / 1e6);
        }
        double ratio = median[SIZES.length - 1] / median[0];
        System.out.printf(Locale.ROOT, "ratio %,d / %,d figures: %.3f (target <= 1.2: %s)%n", SIZES[SIZES.length - 1],
                SIZES[0], ratio, ratio <= 1.2 ? "met" : "NOT met");

        if (million > 0) {
            data = null;
            areas = null;
            endToEnd(million);
        }
    }

    private static double timeBatch(Dataset data, List<Area> areas, int batch, SplittableRandom pick) {
        Area[] a = new Area[batch];
        int[] y = new int[batch];
        for (int i = 0; i < batch; i++) {
            a[i] = areas.get(pick.nextInt(areas.size()));
            y[i] = SyntheticDatasets.FIRST_YEAR
                    + pick.nextInt(SyntheticDatasets.LAST_YEAR - SyntheticDatasets.FIRST_YEAR + 1);
        }
        long results = 0;
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            results += evaluateAreaYear(data, a[i], y[i]);
        }
        long elapsed = System.nanoTime() - start;
        sink += results;
        return (double) elapsed / batch;
    }

    private static void endToEnd(int figures) {
        long start = System.nanoTime();
        Dataset data = SyntheticDatasets.generate(figures, SEED);
        long built = System.nanoTime();
        long areaYears = 0;
        long results = 0;
        for (Area area : data.areas()) {
            for (int year = SyntheticDatasets.FIRST_YEAR; year <= SyntheticDatasets.LAST_YEAR; year++) {
                results += evaluateAreaYear(data, area, year);
                areaYears++;
            }
        }
        long done = System.nanoTime();
        sink += results;
        System.out.printf(Locale.ROOT, "end to end, %,d figures, %,d areas: generated and indexed in %.1f s; "
                + "%,d area-years evaluated (%,d results) in %.1f s, %.3f ms per area-year%n", data.size(),
                data.areas().size(), (built - start) / 1e9, areaYears, results, (done - built) / 1e9,
                (done - built) / 1e6 / areaYears);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
