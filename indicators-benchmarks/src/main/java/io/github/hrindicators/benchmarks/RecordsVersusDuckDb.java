package io.github.hrindicators.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.records.NspAccumulator;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.NspResult;
import io.github.hrindicators.core.records.RecordContext;
import io.github.hrindicators.core.records.SyntheticRecords;
import io.github.hrindicators.io.RecordReader;
import io.github.hrindicators.io.CsvRecordWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Indicators from a large NSP contact log: the library against DuckDB on the same CSV in the same run. A plain
 * program, run on demand (never by the tests).
 *
 * <p>It writes a seeded <b>synthetic</b> contact log ({@link SyntheticRecords}; 100,000 distinct clients, 40 sites)
 * of 10,000,000 rows, and one of 1,000,000 rows over the same clients, then, alternately for several rounds:
 * <ul>
 * <li><b>library</b>: {@link RecordReader#readContacts(Path, NspAccumulator, int)} with one thread per core (the
 * file cut at line breaks, each part parsed, validated, its UICs normalised, into an {@link NspAccumulator} of its
 * own, the parts merged), then {@link NspAccumulator#result()} (PRV.8, both PRV.9 forms, PRV.10, every disaggregation);</li>
 * <li><b>DuckDB</b> (JDBC, in memory, its default threads): {@code SELECT site, count(DISTINCT uic),
 * sum(needles_syringes) FROM read_csv(FILE) GROUP BY GROUPING SETS ((site), ())}.</li>
 * </ul>
 * Both answers are compared (distinct clients and needles-syringes, national and per site: they must agree) and the
 * throughputs, rows per second of the median round, are printed with their ratio (target: library at least half of
 * DuckDB's). Then the library's heap: the largest heap in use after any garbage collection during a run, and the heap
 * still in use after the run with the merged accumulator alive, for 1 M and 10 M rows (target: flat).
 *
 * <p>Arguments (all optional): {@code --rows N} (10,000,000), {@code --small N} (1,000,000), {@code --clients N}
 * (100,000), {@code --warmup N} (2: rounds of both on the big file before those measured, not counted),
 * {@code --rounds N} (5), {@code --dir DIR} (a new temporary folder, deleted at the end unless given).
 */
public final class RecordsVersusDuckDb {
    /** Seed of the synthetic log. */
    static final long SEED = 20_261_207L;
    private static final ReferencePeriod YEAR = ReferencePeriod.ofYear(2016);

    private RecordsVersusDuckDb() {
    }

    /** Distinct clients and needles-syringes, national ("") and by site. */
    record Answer(Map<String, long[]> bySite) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Answer a) || !a.bySite.keySet().equals(bySite.keySet())) {
                return false;
            }
            return bySite.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), a.bySite.get(e.getKey())));
        }

        @Override
        public int hashCode() {
            return bySite.size();
        }
    }

    /**
     * Runs the benchmark and prints its results.
     *
     * @param args see the class description
     * @throws Exception if a file cannot be written or read, or DuckDB fails
     */
    public static void main(String[] args) throws Exception {
        long rows = 10_000_000;
        long small = 1_000_000;
        int clients = 100_000;
        int rounds = 5;
        int warmup = 2;
        Path dir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[i + 1]);
                case "--small" -> small = Long.parseLong(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        boolean temporary = dir == null;
        Path folder = temporary ? Files.createTempDirectory("records-bench") : Files.createDirectories(dir);
        int cores = Runtime.getRuntime().availableProcessors();
        SyntheticRecords.Settings base = new SyntheticRecords.Settings(SEED, 2016, 7, 40, clients, 0, 31, 31, 0);
        Path big = folder.resolve("contacts-" + rows + ".csv");
        Path little = folder.resolve("contacts-" + small + ".csv");
        write(base.withNspContacts(rows), big);
        write(base.withNspContacts(small), little);
        System.out.printf(Locale.ROOT, "SYNTHETIC contact logs: %,d rows (%,d MB) and %,d rows, %,d distinct clients, "
                + "40 sites; %d cores; Java %s; DuckDB JDBC 1.4.4.0%n", rows, Files.size(big) >> 20, small, clients,
                cores, System.getProperty("java.version"));

        // the two answers compared on the small file; then warm-up rounds on the big one, for both alike, so that
        // the rounds measured see compiled code (the library's first round runs largely interpreted)
        check(library(little, cores), duckDb(little), little);
        for (int w = 0; w < warmup; w++) {
            long t0 = System.nanoTime();
            library(big, cores);
            long t1 = System.nanoTime();
            duckDb(big);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "warm-up %d: library %.2f s, DuckDB %.2f s (not counted)%n", w + 1,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
        long[] lib = new long[rounds];
        long[] duck = new long[rounds];
        Answer libAnswer = null;
        Answer duckAnswer = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            libAnswer = library(big, cores);
            long t1 = System.nanoTime();
            duckAnswer = duckDb(big);
            long t2 = System.nanoTime();
            lib[r] = t1 - t0;
            duck[r] = t2 - t1;
            System.out.printf(Locale.ROOT, "round %d: library %.2f s, DuckDB %.2f s%n", r + 1, lib[r] / 1e9,
                    duck[r] / 1e9);
        }
        check(libAnswer, duckAnswer, big);
        double libRate = rows / (median(lib) / 1e9);
        double duckRate = rows / (median(duck) / 1e9);
        System.out.printf(Locale.ROOT, "answers agree: %,d distinct clients, %,d needles-syringes, %d sites%n",
                libAnswer.bySite().get("")[0], libAnswer.bySite().get("")[1], libAnswer.bySite().size() - 1);
        System.out.printf(Locale.ROOT, "throughput (median of %d rounds): library %,.0f rows/s, DuckDB %,.0f rows/s, "
                + "library / DuckDB = %.2f%n", rounds, libRate, duckRate, libRate / duckRate);

        for (Path f : List.of(little, big)) {
            long[] heap = heap(f, cores);
            System.out.printf(Locale.ROOT, "library heap, %s: largest after a collection %,d MB; after the run with "
                    + "the merged accumulator alive %,d MB%n", f.getFileName(), heap[0] >> 20, heap[1] >> 20);
        }
        if (temporary) {
            Files.delete(big);
            Files.delete(little);
            Files.delete(folder);
        }
    }

    private static void write(SyntheticRecords.Settings s, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return;
        }
        try (CsvRecordWriter<NspContact> w = CsvRecordWriter.contacts(file)) {
            SyntheticRecords.of(s).contacts(w);
        }
    }

    private static void check(Answer lib, Answer duck, Path file) {
        if (!lib.equals(duck)) {
            throw new IllegalStateException("The library and DuckDB disagree on " + file);
        }
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    /** The library on all cores: the file cut at line breaks into parts, one accumulator a part, merged. */
    static Answer library(Path file, int parts) throws Exception {
        NspAccumulator merged = accumulate(file, parts);
        NspResult r = merged.result();
        Map<String, long[]> out = new TreeMap<>();
        out.put("", new long[] {r.reached().total(), r.needlesSyringes().total()});
        r.reached().bySite().forEach((site, n) -> out.put(site, new long[] {n,
            r.needlesSyringes().bySite().getOrDefault(site, 0L)}));
        return new Answer(out);
    }

    static NspAccumulator accumulate(Path file, int parts) {
        NspAccumulator acc = NspAccumulator.of(YEAR, RecordContext.empty());
        RecordReader.defaults().readContacts(file, acc, parts);
        return acc;
    }

    /** DuckDB over the same file: distinct clients and needles-syringes by site and in all. */
    static Answer duckDb(Path file) throws SQLException {
        Map<String, long[]> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT site, count(DISTINCT uic), sum(needles_syringes) FROM "
                        + "read_csv('" + file.toString().replace("'", "''") + "', header = true) "
                        + "GROUP BY GROUPING SETS ((site), ())")) {
            while (rs.next()) {
                String site = rs.getString(1);
                out.put(site == null ? "" : site, new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return new Answer(out);
    }

    /**
     * The library's heap on one file: the largest heap in use after any collection during the run, and the heap in
     * use after a final collection with the merged accumulator still alive.
     */
    static long[] heap(Path file, int parts) throws Exception {
        AtomicLong largest = new AtomicLong();
        NotificationListener listener = (n, h) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                largest.accumulateAndGet(used, Math::max);
            }
        };
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        System.gc();
        gcs.forEach(g -> ((NotificationEmitter) g).addNotificationListener(listener, null, null));
        NspAccumulator merged = accumulate(file, parts);
        NspResult result = merged.result();
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (GarbageCollectorMXBean g : gcs) {
            ((NotificationEmitter) g).removeNotificationListener(listener);
        }
        if (result.rows() < 0 || merged.clients() < 0) {
            throw new IllegalStateException("unreachable: keeps the accumulator alive to here");
        }
        return new long[] {Math.max(largest.get(), after), after};
    }
}
