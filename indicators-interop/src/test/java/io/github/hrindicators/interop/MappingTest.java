package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MappingTest {
    private static final String HEADER = "indicator,variant,measure,area,gender,age_band,data_element,org_unit,"
            + "low_data_element,high_data_element,adx_attributes";

    private static Mapping read(String text) throws Exception {
        return Mapping.read(new StringReader(text), "m.csv", Catalogue.standard());
    }

    @Test
    void theExampleMappingReadsAndFindsTheKyrgyzResults() {
        Mapping m = Kyrgyz.mapping();
        IndicatorResult ost = Kyrgyz.results2016().stream().filter(r -> r.definition().id().equals("ost_coverage")
                && r.value().isPresent()).findFirst().orElseThrow();
        assertThat(m.find(ost)).map(MappingRule::dataElement).contains("HRI_OST_COVERAGE");
        assertThat(m.find(ost)).flatMap(MappingRule::lowDataElement).contains("HRI_OST_COVERAGE_LOW");
    }

    @Test
    void aRuleForOneVariantWinsOverARuleForEveryVariant() throws Exception {
        Mapping m = read(HEADER + "\nost_coverage,,,Kyrgyzstan,,,ANY,KG,,,\nost_coverage,pwid_size_proxy,,Kyrgyzstan,,,"
                + "PROXY,KG,,,\n");
        assertThat(m.find(Small.ostCoverage())).map(MappingRule::dataElement).contains("PROXY");
        Mapping general = read(HEADER + "\nost_coverage,,,Kyrgyzstan,,,ANY,KG,,,\n");
        assertThat(general.find(Small.ostCoverage())).map(MappingRule::dataElement).contains("ANY");
    }

    @Test
    void anAreaMatchesByNameOrCode() throws Exception {
        Mapping m = read(HEADER + "\n,,ost_clients,KGZ,,,OST,KG,,,\n");
        var o = Small.figures().get(0);
        assertThat(m.find(o)).isEmpty();
        var coded = io.github.hrindicators.core.Observation.of(o.measure(), o.value(), o.period(),
                o.area().withCode("KGZ"), o.source());
        assertThat(m.find(coded)).isPresent();
    }

    @Test
    void subgroupsAndAdxAttributesAreRead() throws Exception {
        Mapping m = read(HEADER + "\n,,ost_clients,Kyrgyzstan,female,15-24,OST_F,KG,,,SEX=F; AGE = 15-24\n");
        MappingRule r = m.rules().get(0);
        assertThat(r.subject()).isEqualTo(new MappingRule.MeasureSubject(Measure.OST_CLIENTS));
        assertThat(r.subgroup()).isEqualTo(Subgroup.TOTAL.withGender(Gender.FEMALE).withAgeBand(AgeBand.of(15, 24)));
        assertThat(r.adxAttributes()).isEqualTo(Map.of("SEX", "F", "AGE", "15-24"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(HEADER + "\nost_covrage,,,Kyrgyzstan,,,DE,KG,,,\n", 2, 1, "indicator",
                        Problem.Kind.VALUE, "is not an indicator of the catalogue"),
                Arguments.of(HEADER + "\n,,ost_client,Kyrgyzstan,,,DE,KG,,,\n", 2, 3, "measure", Problem.Kind.VALUE,
                        "is not a measure of the vocabulary"),
                Arguments.of(HEADER + "\nost_coverage,,ost_clients,Kyrgyzstan,,,DE,KG,,,\n", 2, 3, "measure",
                        Problem.Kind.VALUE, "not both"),
                Arguments.of(HEADER + "\n,,,Kyrgyzstan,,,DE,KG,,,\n", 2, 1, "indicator", Problem.Kind.VALUE,
                        "give an indicator id or a measure code"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,womn,,DE,KG,,,\n", 2, 5, "gender",
                        Problem.Kind.VALUE, "expected one of female, male"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,24-15,DE,KG,,,\n", 2, 6, "age_band",
                        Problem.Kind.VALUE, "is not an age band"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,,KG,,,\n", 2, 7, "data_element",
                        Problem.Kind.VALUE, "is empty"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,DE_LO,,\n", 2, 10, "high_data_element",
                        Problem.Kind.VALUE, "give the data elements of both bounds"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,,,SEX\n", 2, 11, "adx_attributes",
                        Problem.Kind.VALUE, "where a pair such as SEX=F is expected"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,,,value=3\n", 2, 11, "adx_attributes",
                        Problem.Kind.VALUE, "which ADX reserves"),
                Arguments.of(HEADER + "\n,variant,ost_clients,Kyrgyzstan,,,DE,KG,,,\n", 2, 2, "variant",
                        Problem.Kind.VALUE, "variants belong to indicators"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,,,\n,,ost_clients,Kyrgyzstan,,,DE2,KG,,,\n",
                        3, 0, "", Problem.Kind.DUPLICATE, "as line 2; keep one rule"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,,,\n,,ost_sites,Kyrgyzstan,,,DE,KG,,,\n",
                        3, 7, "data_element", Problem.Kind.DUPLICATE, "org unit on line 2"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,DE,DE_HI,\n", 2, 7, "data_element",
                        Problem.Kind.DUPLICATE, "is used twice in this rule"),
                Arguments.of(HEADER + "\n,,ost_clients,Kyrgyzstan,,,DE,KG,,,,extra\n", 2, 12, "",
                        Problem.Kind.LAYOUT, "has 12 fields where the first line names 11 columns"),
                Arguments.of("indicator,area,data_elemnt,org_unit\n", 1, 3, "", Problem.Kind.LAYOUT,
                        "is not a column of a mapping file"),
                Arguments.of("indicator,area,org_unit\n", 1, 0, "data_element", Problem.Kind.LAYOUT,
                        "The column data_element is missing"),
                Arguments.of("area,data_element,org_unit\n", 1, 0, "indicator", Problem.Kind.LAYOUT,
                        "needs an indicator column, a measure column or both"),
                Arguments.of(HEADER + "\n", 0, 0, "", Problem.Kind.LAYOUT, "has no mapping rules"),
                Arguments.of("", 0, 0, "", Problem.Kind.LAYOUT, "The file is empty"),
                Arguments.of(HEADER + "\n\"ost_coverage,,,Kyrgyzstan,,,DE,KG,,,\n", 2, 1, "", Problem.Kind.SYNTAX,
                        "never closed"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badMappingFilesAreRefusedWithLocatedProblems(String text, long line, long column, String field,
            Problem.Kind kind, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("m.csv");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.column()).isEqualTo(column);
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.kind()).isEqualTo(kind);
                    assertThat(p.message()).contains(message);
                }));
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        assertThatThrownBy(() -> read(HEADER + "\nost_covrage,,,Kyrgyzstan,,,DE,KG,,,\n,,ost_clients,Kyrgyzstan,womn,"
                + ",DE,KG,,,\n")).isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(2L, 3L));
    }

    @Test
    void filesAreReadAsStrictUtf8(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFF" + HEADER + "\n,,ost_clients,Бишкек,,,DE,KG,,,\n", StandardCharsets.UTF_8);
        assertThat(Mapping.read(good, Catalogue.standard()).rules().get(0).area()).isEqualTo("Бишкек");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, (HEADER + "\n,,ost_clients,Bishkek\u00e9,,,DE,KG,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Mapping.read(latin, Catalogue.standard())).isInstanceOfSatisfying(
                DataFileException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.ENCODING);
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("is not UTF-8 text");
                }));
        assertThatThrownBy(() -> Mapping.read(dir.resolve("none.csv"), Catalogue.standard()))
                .isInstanceOf(DataFileException.class).hasMessageContaining("There is no such file");
    }

    @Test
    void rulesBuiltInCodeAreCheckedToo() {
        MappingRule a = new MappingRule(new MappingRule.MeasureSubject(Measure.OST_CLIENTS), "Kyrgyzstan",
                Subgroup.TOTAL, "DE", Optional.empty(), Optional.empty(), "KG", Optional.empty(), Optional.empty(),
                Map.of());
        MappingRule b = new MappingRule(new MappingRule.MeasureSubject(Measure.OST_SITES), "Kyrgyzstan",
                Subgroup.TOTAL, "DE", Optional.empty(), Optional.empty(), "KG", Optional.empty(), Optional.empty(),
                Map.of());
        assertThatThrownBy(() -> Mapping.of(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same receiving codes");
        assertThatThrownBy(() -> Mapping.of(List.of(a, a))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two mapping rules for the same measure ost_clients");
        assertThatThrownBy(() -> new MappingRule(a.subject(), "Kyrgyzstan", Subgroup.TOTAL, " ", Optional.empty(),
                Optional.empty(), "KG", Optional.empty(), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MappingRule(a.subject(), "Kyrgyzstan", Subgroup.TOTAL, "DE", Optional.empty(),
                Optional.empty(), "KG", Optional.of("LO"), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both bounds");
    }
}
