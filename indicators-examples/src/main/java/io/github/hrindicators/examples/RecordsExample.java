package io.github.hrindicators.examples;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.Site;
import io.github.hrindicators.core.records.SyntheticRecords;
import io.github.hrindicators.io.CsvFigureWriter;
import io.github.hrindicators.io.RecordReader;
import io.github.hrindicators.io.CsvRecordWriter;
import io.github.hrindicators.io.DataFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Indicators from programme records, on <b>synthetic</b> records: writes a seeded synthetic record set (clients,
 * sites, NSP contacts, OAMT episodes and doses; {@link SyntheticRecords}, whose OAMT part meets the published Kyrgyz
 * 2016 totals of 31 sites and 1,505 clients and nothing else) into a folder, reads the files back as a user's files
 * would be read, and prints PRV.8–PRV.14 and KP-4 with their disaggregations; the computed figures of the library's
 * vocabulary are written to {@code figures.csv} in the same folder, ready for {@code hri compute}. It also computes
 * PRV.11 from the dose file alone, with episodes built from the doses ({@code DispensingAccumulator}).
 *
 * <pre>
 * RecordsExample FOLDER [SEED]
 * </pre>
 *
 * <p>The records are synthetic, not Kyrgyz data: the areas are "Synthetic area 1" to "Synthetic area 7".
 */
public final class RecordsExample {
    static final String USAGE = "usage: RecordsExample FOLDER [SEED]";

    private RecordsExample() {
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args the folder and, optionally, the seed
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the program.
     *
     * @param args the folder and, optionally, the seed
     * @param out where the indicators go
     * @param err where usage errors go
     * @return 0 when done, 1 when a file had problems, 2 for wrong usage
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println(USAGE);
            return 2;
        }
        long seed;
        try {
            seed = args.length == 2 ? Long.parseLong(args[1]) : 2016;
        } catch (NumberFormatException e) {
            err.println("The seed is not a whole number: '" + args[1] + "'");
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(args[0]);
        try {
            Files.createDirectories(dir);
            write(SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(seed)), dir);
        } catch (IOException | UncheckedIOException e) {
            err.println("Cannot write the synthetic records to " + dir + ": " + e.getMessage());
            return 2;
        }
        out.println("SYNTHETIC records (seed " + seed + "), not Kyrgyz data: OAMT calibrated to 31 sites and 1,505 "
                + "clients on 2016-12-31 (Liberman et al. 2024, Table 1); written to " + dir);
        try {
            RecordIndicators.Report r = RecordIndicators.run(new RecordIndicators.Inputs(
                    Optional.of(dir.resolve("contacts.csv")), Optional.of(dir.resolve("episodes.csv")),
                    Optional.of(dir.resolve("doses.csv")), Optional.of(dir.resolve("clients.csv")),
                    Optional.of(dir.resolve("sites.csv")), 2016, Area.of("Synthetic country")),
                    RecordReader.defaults());
            RecordIndicators.print(r, out);
            // the same people from the dispensing log alone; 30 days is this example's choice (WHO gives none)
            RecordIndicators.Report fromDoses = RecordIndicators.run(new RecordIndicators.Inputs(Optional.empty(),
                    Optional.empty(), Optional.of(dir.resolve("doses.csv")), Optional.of(dir.resolve("clients.csv")),
                    Optional.of(dir.resolve("sites.csv")), 2016, Area.of("Synthetic country"), OptionalInt.of(30)),
                    RecordReader.defaults());
            out.println();
            out.println("PRV.11 from the dose file alone (hri records --episodes-from-doses --max-gap-days 30; 30 is "
                    + "this example's choice, WHO gives no threshold): " + String.format(java.util.Locale.ROOT, "%,d",
                            fromDoses.oamt().orElseThrow().onTreatmentAtCensus().total())
                    + "; the synthetic doses cover only the last week of 2016, so PRV.12 and PRV.13 come from the "
                    + "episodes");
            CsvFigureWriter.write(r.vocabularyFigures(), dir.resolve("figures.csv"));
            out.println();
            out.println(r.vocabularyFigures().size() + " figures (nsp_clients, needles_syringes_distributed, "
                    + "ost_clients) written to " + dir.resolve("figures.csv"));
        } catch (DataFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * Writes the synthetic record files: clients.csv, sites.csv, contacts.csv, episodes.csv, doses.csv.
     *
     * @param gen the generator
     * @param dir the folder
     * @throws IOException if a file cannot be written
     */
    public static void write(SyntheticRecords gen, Path dir) throws IOException {
        try (CsvRecordWriter<Client> w = CsvRecordWriter.clients(dir.resolve("clients.csv"))) {
            gen.clients(w);
        }
        try (CsvRecordWriter<Site> w = CsvRecordWriter.sites(dir.resolve("sites.csv"))) {
            gen.sites().forEach(w);
        }
        try (CsvRecordWriter<NspContact> w = CsvRecordWriter.contacts(dir.resolve("contacts.csv"))) {
            gen.contacts(w);
        }
        try (CsvRecordWriter<OamtEpisode> w = CsvRecordWriter.episodes(dir.resolve("episodes.csv"))) {
            gen.episodes(w);
        }
        try (CsvRecordWriter<DoseRecord> w = CsvRecordWriter.doses(dir.resolve("doses.csv"))) {
            gen.doses(w);
        }
    }
}
