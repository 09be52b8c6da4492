package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.records.NspContact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of contact files gives exactly the row-by-row reading's contacts, or gives the file up. */
class FastRecordsTest {
    private static final List<String> REQUIRED = List.of("uic", "date", "site", "area", "provider_type",
            "needles_syringes");
    private static final List<String> OPTIONAL = List.of("condoms", "naloxone_kits", "hiv_test", "hcv_test");

    @TempDir
    Path dir;

    /** The contacts the quick reading hands over, in order, or empty when it gives the file up. */
    private static Optional<List<NspContact>> quick(Path file, ReadOptions options) throws IOException {
        return quick(RecordFormat.CONTACTS, file, options);
    }

    /** The records the quick reading hands over, in order, or empty when it gives the file up. */
    private static <T> Optional<List<T>> quick(RecordFormat<T> format, Path file, ReadOptions options)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int header = 0;
        while (bytes[header] != '\n') {
            header++;
        }
        Optional<FastRecords<T>> fast = FastRecords.of(format, file.toString(), Arrays.copyOf(bytes, header + 1),
                options);
        if (fast.isEmpty()) {
            return Optional.empty();
        }
        List<T> got = new ArrayList<>();
        OptionalLong rows = fast.get().read(file, header + 1, bytes.length, got::add);
        if (rows.isPresent()) {
            assertThat(rows.getAsLong()).isEqualTo(got.size());
            return Optional.of(got);
        }
        return Optional.empty();
    }

    private static List<NspContact> rowByRow(Path file, char delimiter) {
        List<NspContact> got = new ArrayList<>();
        RecordReader.defaults().withDelimiter(delimiter).readContacts(file, got::add);
        return got;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String[] UICS = {"ABC1990M", "ab c1990m", "АВС1990М", " XYZ1985F ", "xyz1985f", "Q\t7",
        "ЖЁЛ1977F", "LONGCODE1234567890XYZ", "LONGCODE1234567890XYW"};
    private static final String[] DATES = {"2016-01-05", " 2016-02-03", "2016-12-31 ", "2015-12-31", "2017-01-01"};
    private static final String[] SITES = {"S1", " S1", "S2 ", "Сайт 3"};
    // texts of more than 16 bytes, some alike in their first 16, are kept apart from the shorter ones
    private static final String[] AREAS = {"Bishkek", "Бишкек", " Osh", "Chüy", "Chu\u0308y", "Issyk-Kul Region",
        "Jalal-Abad Region", "Jalal-Abad Region 2", "Чуйская область"};
    private static final String[] PROVIDERS = {"public", "Community-Led", "community_led", "COMMUNITY LED",
        " public "};
    private static final String[] COUNTS = {"0", "10", " 5", "123456789012", "007"};
    private static final String[] OPTIONAL_COUNTS = {"", "3", " 0 "};
    private static final String[] YES_NO = {"", "yes", "NO", "1", "0", "true", "False"};

    /**
     * Generated files of valid contacts written in every way the readers accept — columns in any order, optional
     * columns present or not, the three delimiters, a byte order mark, CR LF, blank rows, no final line break, codes
     * to normalise, Cyrillic and combining letters, padded fields — are read quickly, to the same contacts in the
     * same order as row by row.
     */
    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void readsValidFilesToTheContactsOfTheRowByRowReading(long seed) throws IOException {
        Random r = new Random(seed);
        for (int k = 0; k < 60; k++) {
            char delimiter = ",;\t".charAt(r.nextInt(3));
            List<String> columns = new ArrayList<>(REQUIRED);
            OPTIONAL.stream().filter(c -> r.nextBoolean()).forEach(columns::add);
            Collections.shuffle(columns, r);
            String eol = r.nextBoolean() ? "\n" : "\r\n";
            StringBuilder b = new StringBuilder(r.nextInt(4) == 0 ? "\uFEFF" : "");
            b.append(String.join(String.valueOf(delimiter), columns.stream()
                    .map(c -> r.nextInt(5) == 0 ? " " + c.toUpperCase(java.util.Locale.ROOT) : c).toList())).append(eol);
            int rows = 1 + r.nextInt(40);
            for (int i = 0; i < rows; i++) {
                switch (i == 0 ? 11 : r.nextInt(12)) { // the first row holds a contact
                    case 0 -> b.append(eol);
                    case 1 -> b.append("   ").append(eol);
                    case 2 -> b.append(String.valueOf(delimiter).repeat(columns.size() - 1)).append(eol);
                    default -> {
                        List<String> fields = new ArrayList<>();
                        for (String c : columns) {
                            fields.add(pick(r, delimiter, switch (c) {
                                case "uic" -> UICS;
                                case "date" -> DATES;
                                case "site" -> SITES;
                                case "area" -> AREAS;
                                case "provider_type" -> PROVIDERS;
                                case "needles_syringes" -> COUNTS;
                                case "condoms", "naloxone_kits" -> OPTIONAL_COUNTS;
                                default -> YES_NO;
                            }));
                        }
                        b.append(String.join(String.valueOf(delimiter), fields)).append(eol);
                    }
                }
            }
            if (r.nextBoolean()) {
                b.setLength(b.length() - eol.length()); // no final line break
            }
            Path file = write("c" + k + ".csv", b.toString());
            ReadOptions options = ReadOptions.DEFAULTS.withDelimiter(delimiter);
            assertThat(quick(file, options)).as(b.toString()).hasValue(rowByRow(file, delimiter));
        }
    }

    /** A value; a tab in it is a space when tabs separate the columns. */
    private static String pick(Random r, char delimiter, String[] values) {
        String v = values[r.nextInt(values.length)];
        return delimiter == '\t' ? v.replace('\t', ' ') : v;
    }

    /**
     * Texts kept by the quick reading's table are told apart exactly: site codes and client codes that share their
     * first 8 or 15 bytes, differ only in their last byte or in their length (0 to 24 bytes around the table's
     * 8- and 15-byte limits), hundreds of them so that the table grows many times, each read to its own value.
     */
    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void tellsApartTextsThatDifferInOneByteOrInLength(long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("uic,date,site,area,provider_type,needles_syringes\n");
        for (int i = 0; i < 2_000; i++) {
            int length = 1 + r.nextInt(24);
            StringBuilder code = new StringBuilder();
            for (int k = 0; k < length; k++) {
                code.append(k < length - 1 && r.nextInt(4) > 0 ? 'A' : "AB9".charAt(r.nextInt(3)));
            }
            String site = "S" + "0".repeat(r.nextInt(20)) + r.nextInt(3);
            b.append(code).append(",2016-01-0").append(1 + r.nextInt(9)).append(',').append(site)
                    .append(",Bishkek,public,").append(r.nextInt(1_000)).append('\n');
        }
        Path file = write("codes.csv", b.toString());
        List<NspContact> expected = rowByRow(file, ',');
        assertThat(expected.stream().map(NspContact::uic).distinct().count()).isGreaterThan(300);
        assertThat(quick(file, ReadOptions.DEFAULTS)).hasValue(expected);
    }

    /**
     * Each thing the quick reading cannot vouch for gives the file up: the row-by-row reading then reads it (quotes)
     * or refuses it with the problem located.
     */
    @Test
    void givesUpOnQuotesProblemsAndBytesItCannotVouchFor() throws IOException {
        String header = "uic,date,site,area,provider_type,needles_syringes\n";
        String good = "ABC1990M,2016-01-05,S1,Bishkek,public,10\n";
        for (String row : List.of(
                "ABC1990M,2016-01-05,\"S1\",Bishkek,public,10\n", // a quoted field
                "ABC1990M,2016-01-05,S1,Bishkek,public,10\rXYZ,2016-01-05,S1,Osh,public,1\n", // a lone CR
                "ABC1990M,2016-01-05,S1,Bishkek,public,x\n", // not a count
                "ABC1990M,2016-02-30,S1,Bishkek,public,1\n", // not a day of the calendar
                "ABC1990M,2016-01-05,S1,Bishkek,private,1\n", // not a provider type
                ",2016-01-05,S1,Bishkek,public,1\n", // no code
                "ABC1990M,2016-01-05,S1,Bishkek,public\n", // a field too few
                "ABC1990M,2016-01-05,S1,Bishkek,public,1,\n", // a field too many
                "ABC\u00011990M,2016-01-05,S1,Bishkek,public,1\n", // an invisible control character
                "ABC1990M,2016-01-05," + "S".repeat(ReadOptions.MAX_FIELD_LENGTH + 1) + ",Bishkek,public,1\n")) {
            Path file = write("bad.csv", header + good + row + good);
            assertThat(quick(file, ReadOptions.DEFAULTS)).as(row).isEmpty();
        }
        // bytes that are not UTF-8 (windows-1251 'Б')
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((header + good).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'A', (byte) 0xC1, ',', '2', '0', '1', '6', '-', '0', '1', '-', '0', '5'});
        bytes.writeBytes(",S1,Bishkek,public,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(quick(write("cp1251.csv", bytes.toByteArray()), ReadOptions.DEFAULTS)).isEmpty();
    }

    /** Headers the quick reading does not read are left to the row-by-row reading, which reports their problems. */
    @Test
    void readsOnlyHeadersOfKnownColumnsEachOnceWithTheRequiredOnes() throws IOException {
        String row = "\nABC1990M,2016-01-05,S1,Bishkek,public,10\n";
        assertThat(quick(write("ok.csv", "uic,date,site,area,provider_type,needles_syringes" + row),
                ReadOptions.DEFAULTS)).hasValueSatisfying(l -> assertThat(l).hasSize(1));
        for (String header : List.of("uic,date,site,area,provider_type,needle_syringes", // misspelt
                "uic,date,site,area,provider_type", // a required column missing
                "uic,date,site,area,provider_type,needles_syringes,site", // repeated
                "uic,date,site,area,provider_type,needles_syringes,", // unnamed
                "\"uic\",date,site,area,provider_type,needles_syringes")) { // quoted
            assertThat(quick(write("h.csv", header + row), ReadOptions.DEFAULTS)).as(header).isEmpty();
        }
        assertThat(FastRecords.of(RecordFormat.CONTACTS, "w.csv", "uic,date,site,area,provider_type,needles_syringes\n"
                .getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS.withEncoding(
                        java.nio.charset.Charset.forName("windows-1251")))).isEmpty();
    }

    /**
     * Rows that run across the end of the read buffer, at every byte (a carriage return as the buffer's last byte
     * among them), are read as when the buffer holds the whole file.
     */
    @Test
    void rowsAcrossTheEndOfTheBufferAreReadWhole() throws IOException {
        String text = "uic,date,site,area,provider_type,needles_syringes,hiv_test\r\n"
                + "ABC1990M,2016-01-05,S1,Bishkek,public,10,yes\r\n"
                + "\r\n"
                + "XYZ1985F,2016-02-05,S2,Бишкек,community-led,7,\r\n"
                + "ab c1990m,2016-03-05,S1, Osh ,public,0,no";
        Path file = write("crlf.csv", text);
        byte[] bytes = Files.readAllBytes(file);
        int header = text.indexOf('\n') + 1;
        FastRecords<NspContact> fast = FastRecords.of(RecordFormat.CONTACTS, file.toString(),
                Arrays.copyOf(bytes, header), ReadOptions.DEFAULTS).orElseThrow();
        List<NspContact> expected = rowByRow(file, ',');
        assertThat(expected).hasSize(3);
        int longest = Arrays.stream(text.substring(header).split("(?<=\n)"))
                .mapToInt(r -> r.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow(); // with its CR LF
        for (int size = longest; size <= bytes.length; size++) {
            List<NspContact> got = new ArrayList<>();
            assertThat(fast.read(file, header, bytes.length, got::add, size)).as("buffer %d", size).hasValue(3);
            assertThat(got).as("buffer %d", size).isEqualTo(expected);
        }
        // a buffer shorter than a row: given up, not cut
        assertThat(fast.read(file, header, bytes.length, c -> { }, 20)).isEmpty();
    }

    /** A line longer than the read buffer (a megabyte) gives the file up rather than being cut. */
    @Test
    void givesUpOnALineLongerThanItsBuffer() throws IOException {
        String header = "uic,date,site,area,provider_type,needles_syringes,hiv_test\n";
        String row = "ABC1990M,2016-01-05,S1,Bishkek,public,10," + " ".repeat(1 << 20) + "yes\n";
        assertThat(quick(write("long.csv", header + row), ReadOptions.DEFAULTS)).isEmpty();
    }

    /**
     * Doses (with ';' between columns and ',' as decimal separator) and episodes (an end or not, a reason or not) are
     * read quickly to the records of the row-by-row reading; an episode that ends before it starts gives the file up.
     */
    @Test
    void readsDosesAndEpisodesToTheRecordsOfTheRowByRowReading() throws IOException {
        StringBuilder doses = new StringBuilder("uic;date;site;drug;dose_mg;phase\n");
        String[] mg = {"60", "7,5", " 120 ", "0,25"};
        String[] drugs = {"methadone", "Buprenorphine", "other"};
        String[] phases = {"induction", "maintenance", "TAPERING"};
        for (int i = 0; i < 300; i++) {
            doses.append("A").append(i % 37).append(';').append(java.time.LocalDate.of(2016, 1, 1).plusDays(i % 366))
                    .append(";S").append(i % 5).append(';').append(drugs[i % 3]).append(';').append(mg[i % 4])
                    .append(';').append(phases[i % 3 == 0 ? 0 : i % 2 + 1]).append('\n');
        }
        Path d = write("doses.csv", doses.toString());
        ReadOptions semicolon = ReadOptions.DEFAULTS.withDelimiter(';').withDecimalSeparator(',');
        List<io.github.hrindicators.core.records.DoseRecord> rowByRow = new ArrayList<>();
        RecordReader.defaults().withDelimiter(';').withDecimalSeparator(',').readDoses(d, rowByRow::add);
        assertThat(quick(RecordFormat.DOSES, d, semicolon)).hasValue(rowByRow);
        assertThat(rowByRow).hasSize(300).extracting(io.github.hrindicators.core.records.DoseRecord::milligrams)
                .contains(7.5, 120.0, 0.25);

        String header = "uic,site,area,drug,start,end,end_reason\n";
        String episodes = header + "A1,S1,Bishkek,methadone,2015-03-01,,\n"
                + "A1,S1,Bishkek,methadone,2014-01-01,2014-12-31,dropped out\n"
                + "B2,S2,Osh,buprenorphine,2016-05-05,2016-05-05, moved \n";
        Path e = write("episodes.csv", episodes);
        List<io.github.hrindicators.core.records.OamtEpisode> episodesRowByRow = new ArrayList<>();
        RecordReader.defaults().readEpisodes(e, episodesRowByRow::add);
        assertThat(quick(RecordFormat.EPISODES, e, ReadOptions.DEFAULTS)).hasValue(episodesRowByRow);
        assertThat(episodesRowByRow).hasSize(3);
        Path backwards = write("backwards.csv", header + "A1,S1,Bishkek,methadone,2016-03-01,2016-02-01,x\n");
        assertThat(quick(RecordFormat.EPISODES, backwards, ReadOptions.DEFAULTS)).isEmpty();
    }
}
