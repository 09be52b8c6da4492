package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureWritersTest {
    private static final List<IntervalMethod> PUBLISHED =
            java.util.Arrays.stream(IntervalMethod.values()).filter(IntervalMethod::isPublished).toList();

    static Dataset csvRoundTrip(Dataset d) {
        StringWriter w = new StringWriter();
        CsvFigureWriter.write(d, w);
        return CsvFigureReader.defaults().read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "out.csv");
    }

    static DatasetDocument jsonRoundTrip(DatasetDocument d) {
        StringWriter w = new StringWriter();
        JsonFigureWriter.write(d, w);
        return JsonFigureReader.defaults().read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)),
                "out.json");
    }

    @Test
    void yesNoFiguresAreReadAndWrittenAsYesAndNo() {
        String csv = "measure,value,unit,period,area,source\n"
                + "drug_consumption_rooms,no,,2020,Kyrgyzstan,HRI GSHR (synthetic row)\n"
                + "peer_naloxone_distribution,YES,yes_no,2020,Kyrgyzstan,HRI GSHR (synthetic row)\n";
        Dataset d = CsvFigureReader.defaults().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "yes-no.csv");
        Area kg = Area.of("Kyrgyzstan");
        assertThat(d.find(Measure.DRUG_CONSUMPTION_ROOMS, kg, Subgroup.TOTAL)).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(io.github.hrindicators.core.YesNo.NO));
        assertThat(d.find(Measure.PEER_NALOXONE_DISTRIBUTION, kg, Subgroup.TOTAL)).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(io.github.hrindicators.core.YesNo.YES));
        StringWriter w = new StringWriter();
        CsvFigureWriter.write(d, w);
        assertThat(w.toString()).contains("drug_consumption_rooms,no,").contains("peer_naloxone_distribution,yes,");
        assertThat(csvRoundTrip(d)).isEqualTo(d);
        StringWriter j = new StringWriter();
        JsonFigureWriter.write(new DatasetDocument(DatasetMetadata.EMPTY, d), j);
        assertThat(j.toString()).contains("\"value\" : \"no\"");
        assertThat(jsonRoundTrip(new DatasetDocument(DatasetMetadata.EMPTY, d)).dataset()).isEqualTo(d);
    }

    @Test
    void aYesNoFigureThatIsNeitherIsRefusedInPlainWords() {
        String csv = "measure,value,unit,low,high,period,area,source\n"
                + "drug_consumption_rooms,1,,,,2020,Kyrgyzstan,s\n"
                + "drug_consumption_rooms,yes,number,,,2021,Kyrgyzstan,s\n"
                + "drug_consumption_rooms,yes,,0,1,2022,Kyrgyzstan,s\n";
        DataFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(DataFileException.class,
                () -> CsvFigureReader.defaults().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "bad.csv"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "bad.csv, line 2, column 2 (value): '1' is not yes or no; drug_consumption_rooms is a yes/no figure: "
                        + "write yes or no",
                "bad.csv, line 3, column 3 (unit): 'number' is not a unit of drug_consumption_rooms; expected "
                        + "'yes_no' or nothing",
                "bad.csv, line 4, column 4 (low): '0' is a range, but a yes/no figure takes none; only estimates "
                        + "and shares have a range");
    }

    /** A seeded random dataset exercising every kind of value, range, subgroup and awkward text. */
    static Dataset generated(long seed, int n) {
        Random r = new Random(seed);
        List<String> areas = List.of("Kyrgyzstan", "Бишкек", "Osh, city", "Kara-Suu \"south\"");
        List<String> notes = List.of("", "Jan-Oct", "line one\nline two", "comma, and \"quotes\"", "примечание");
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Measure m = Measure.values().get(r.nextInt(Measure.values().size()));
            Quantity v = switch (m.kind()) {
                case COUNT -> Count.of(r.nextInt(1_000_000));
                case ESTIMATE -> r.nextBoolean() ? Estimate.of(r.nextDouble() * 1e5)
                        : Estimate.of(5000, 5000 - r.nextInt(5000), 5000 + r.nextDouble() * 1e4,
                                PUBLISHED.get(r.nextInt(PUBLISHED.size())));
                case PROPORTION -> r.nextBoolean() ? Proportion.ofFraction(r.nextDouble())
                        : Proportion.ofPercent(5 + r.nextInt(901) / 10.0, 0.5, 99.5, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95);
                case RATE -> throw new AssertionError("no rate measures yet");
                case YES_NO -> io.github.hrindicators.core.YesNo.of(r.nextBoolean());
            };
            Subgroup s = Subgroup.TOTAL;
            if (r.nextBoolean()) {
                s = s.withSetting(Setting.values()[r.nextInt(Setting.values().length)]);
            }
            if (r.nextBoolean()) {
                s = s.withGender(Gender.values()[r.nextInt(Gender.values().length)]).withAgeBand(r.nextBoolean() ? AgeBand.of(15, 24) : AgeBand.atLeast(50));
            }
            ReferencePeriod p = switch (r.nextInt(4)) {
                case 0 -> ReferencePeriod.ofYear(2000 + r.nextInt(25));
                case 1 -> ReferencePeriod.parse("2016-01-01");
                case 2 -> ReferencePeriod.parse("2012-03");
                default -> ReferencePeriod.ofYears(2021, 2023);
            };
            out.add(Observation.of(m, v, p, Area.of(areas.get(r.nextInt(areas.size()))), Source.of("source " + i))
                    .withSubgroup(s).withNote(notes.get(r.nextInt(notes.size()))));
        }
        return Dataset.of(out);
    }

    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261123})
    void csvRoundTripGivesAnEqualDataset(long seed) {
        Dataset d = generated(seed, 300);
        assertThat(csvRoundTrip(d)).isEqualTo(d);
    }

    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20261123})
    void jsonRoundTripGivesAnEqualDocument(long seed) {
        DatasetDocument d = new DatasetDocument(new DatasetMetadata(Optional.of("Т"), Optional.empty(),
                Optional.of("CC-BY-4.0"), Optional.of(Area.of("Kyrgyzstan"))), generated(seed, 300));
        assertThat(jsonRoundTrip(d)).isEqualTo(d);
    }

    @Test
    void writesSharesInPercentWhenThatReadsBack() {
        Dataset d = Dataset.of(Observation.of(Measure.INJECTING_SHARE_REGISTERED_ALIVE, Proportion.ofPercent(51.5),
                ReferencePeriod.parse("2016-01-01"), Area.of("Kyrgyzstan"), Source.of("TalkingDrugs")));
        StringWriter w = new StringWriter();
        CsvFigureWriter.write(d, w);
        assertThat(w.toString()).isEqualTo("measure,value,unit,low,high,range_kind,period,area,setting,gender,age_band,"
                + "provider_type,source,note\ninjecting_share_registered_alive,51.5,percent,,,,2016-01-01,Kyrgyzstan,"
                + ",,,,TalkingDrugs,\n");
    }

    @Test
    void roundTripsTheTestFileThroughFiles(@TempDir Path dir) {
        Dataset d = CsvFigureReaderTest.read("valid.csv");
        CsvFigureWriter.write(d, dir.resolve("a.csv"));
        JsonFigureWriter.write(new DatasetDocument(DatasetMetadata.EMPTY, d), dir.resolve("a.json"));
        assertThat(CsvFigureReader.defaults().read(dir.resolve("a.csv"))).isEqualTo(d);
        assertThat(JsonFigureReader.defaults().read(dir.resolve("a.json")).dataset()).isEqualTo(d);
    }
}
