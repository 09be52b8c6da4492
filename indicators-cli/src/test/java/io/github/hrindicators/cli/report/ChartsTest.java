package io.github.hrindicators.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.indicator.CoverageBands;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The SVG of the charts, read back as XML: gaps, marks, targets, bands, titles and legends. */
class ChartsTest {
    private static final Texts EN = Texts.of(Language.EN);

    private static Charts.Point point(int year, double value) {
        return new Charts.Point(year, value, Optional.empty(), "year " + year);
    }

    private static Document svg(Charts.Drawn drawn) {
        return Jsoup.parse(drawn.svg(), "", Parser.xmlParser());
    }

    @Test
    void aLineJoinsConsecutiveYearsOnlySoAMissingYearIsAGap() {
        // 2008, 2011, 2013, 2014: three runs — 2008 alone, 2011 alone, 2013 to 2014 — so three moves, one line
        Charts.Drawn d = Charts.trend("c", "c", ResultUnit.PROPORTION, List.of(new Charts.Series("s",
                List.of(point(2008, 0.01), point(2011, 0.03), point(2013, 0.04), point(2014, 0.05)))), List.of(),
                Optional.empty(), EN);
        String path = svg(d).selectFirst("path.series").attr("d");
        assertThat(path.chars().filter(c -> c == 'M')).hasSize(3);
        assertThat(path.chars().filter(c -> c == 'L')).hasSize(1);
        assertThat(svg(d).select("circle.mark")).hasSize(4).allMatch(c -> !c.select("title").text().isEmpty());
    }

    @Test
    void valuesAboveOneHundredPercentOrBelowZeroAreMarkedAndExplained() {
        Charts.Drawn share = Charts.trend("c", "c", ResultUnit.PROPORTION, List.of(new Charts.Series("s",
                List.of(point(2015, 0.9), point(2016, 1.016)))), List.of(), Optional.empty(), EN);
        assertThat(svg(share).select("path.flagged")).hasSize(1);
        assertThat(svg(share).select("path.flagged title").text()).isEqualTo("year 2016");
        assertThat(share.legend()).extracting(Charts.Legend::kind).contains("flag");
        assertThat(share.legend().get(share.legend().size() - 1).label()).startsWith("triangle: above 100 %");

        Charts.Drawn people = Charts.trend("c", "c", ResultUnit.PEOPLE, List.of(new Charts.Series("s",
                List.of(point(2016, 2098), point(2023, -2091)))), List.of(), Optional.empty(), EN);
        assertThat(svg(people).select("path.flagged")).hasSize(1);
        assertThat(svg(people).select("line.zero")).hasSize(1);
        assertThat(people.legend().get(people.legend().size() - 1).label()).startsWith("triangle: below zero");
        // a share of 90 % is not flagged, nor is a count above 1
        assertThat(svg(share).select("circle.mark")).hasSize(1);
        assertThat(svg(people).select("circle.mark")).hasSize(1);
    }

    @Test
    void targetsOfTheSameValueAreOneLabelledLineAndBandsAreShaded() {
        // needles-syringes: UNAIDS 2025 and GHSS-hep 2020 both at 200, GHSS-hep 2030 at 300
        Charts.Drawn d = Charts.trend("c", "c", ResultUnit.PER_PERSON_PER_YEAR, List.of(new Charts.Series("s",
                List.of(point(2011, 151), point(2012, 253)))), List.of(new Charts.TargetLine("UNAIDS 2025", 200),
                new Charts.TargetLine("GHSS-hep 2020", 200), new Charts.TargetLine("GHSS-hep 2030", 300)),
                Optional.of(new CoverageBands(100, 200, false, true, "TG")), EN);
        Document doc = svg(d);
        assertThat(doc.select("line.target")).hasSize(2);
        assertThat(doc.select("text.target-label").eachText()).containsExactly("UNAIDS 2025; GHSS-hep 2020",
                "GHSS-hep 2030");
        // the two labels are at least one line apart
        List<Double> ys = doc.select("text.target-label").eachAttr("y").stream().map(Double::parseDouble).toList();
        assertThat(Math.abs(ys.get(0) - ys.get(1))).isGreaterThanOrEqualTo(14);
        assertThat(doc.select("rect.band")).hasSize(3);
        // the unconfirmed lower cut-off is starred in the legend
        assertThat(d.legend()).extracting(Charts.Legend::label).contains("level low: < 100.0*",
                "level medium: 100.0*–200.0", "level high: > 200.0", "target UNAIDS 2025; GHSS-hep 2020");
    }

    @Test
    void theCascadeLabelsEachBarWithItsValueAndEachTargetAsATick() {
        Charts.Drawn d = Charts.cascade("c", "c", List.of("Diagnosed", "On ART"), List.of(0.7532, 0.28),
                List.of(Optional.of(0.95), Optional.of(0.9025)), EN);
        Document doc = svg(d);
        assertThat(doc.select("rect.bar")).hasSize(2);
        assertThat(doc.select("text.bar-value").eachText()).containsExactly("75.32 %", "28.00 %");
        assertThat(doc.select("text.target-label").eachText()).containsExactly("target 95.00 %",
                "target 90.25 %");
        // targets are ticks (lines), never bars
        assertThat(doc.select("line.target")).hasSize(2);
        Element bar = doc.selectFirst("rect.bar");
        assertThat(bar.selectFirst("title").text()).isEqualTo("Diagnosed: 75.32 %");
    }

    @Test
    void ticksAreRoundAndCoverTheValues() {
        // hand: 0 to 6.02 in steps of raw 1.2 -> 2; up to ceil(6.02 × 1.08 / 2) × 2 = 8
        assertThat(Charts.ticks(0, 6.02)).containsExactly(0, 2, 4, 6, 8);
        // -2091 to 2098: raw step 837.8 -> 1000; from -3000 to ceil(2265.8 / 1000) × 1000 = 3000
        assertThat(Charts.ticks(-2091, 2098)).containsExactly(-3000, -2000, -1000, 0, 1000, 2000, 3000);
    }

    @Test
    void longCascadeStepNamesWrapAtWordsAndEveryRowMakesRoomForTheLongest() {
        assertThat(Charts.wrap("People living with HIV who know their status", 20))
                .containsExactly("People living with", "HIV who know their", "status");
        assertThat(Charts.wrap("ART", 2)).containsExactly("ART");
        String svg = Charts.cascade("c", "cascade", List.of("Short", "A name of more than forty-four letters that wraps"),
                List.of(0.8, 0.5), List.of(Optional.empty(), Optional.empty()), Texts.of(Language.EN)).svg();
        // lines of (480 − 40) / (16 × 0.6) = 45 letters; two rows of 100 + one extra line of 20 each, top 14,
        // bottom 34: height 14 + 240 + 34 = 288
        assertThat(svg).contains("viewBox=\"0 0 480 288\"").contains(">A name of more than forty-four letters that<")
                .contains(">wraps<");
    }
}
