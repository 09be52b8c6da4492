package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

// synthetic figures: the arithmetic is written beside each expectation
class AreaSumTest {
    private static final Area KG = Area.of("Kyrgyzstan").withCode("KG");
    private static final Area CHUY = Area.of("Chuy").withParent(KG);
    private static final Area OSH = Area.of("Osh").withParent(KG);
    private static final Area NARYN = Area.of("Naryn").withParent(KG);
    private static final Area SOKULUK = Area.of("Sokuluk").withParent(CHUY);
    private static final ReferencePeriod Y2016 = ReferencePeriod.ofYear(2016);
    private static final Source SRC = Source.of("synthetic");

    private static Observation count(Measure m, Area area, long n) {
        return Observation.of(m, Count.of(n), Y2016, area, SRC);
    }

    @Test
    void sumsTheDirectChildrenAndComparesWithThePublishedParent() {
        Dataset d = Dataset.of(count(Measure.OST_CLIENTS, CHUY, 700), count(Measure.OST_CLIENTS, OSH, 500),
                count(Measure.OST_CLIENTS, SOKULUK, 90), count(Measure.OST_CLIENTS, KG, 1250),
                Observation.of(Measure.OST_CLIENTS, Count.of(999), ReferencePeriod.ofYear(2017), NARYN, SRC));
        AreaSum s = AreaSum.of(d, Measure.OST_CLIENTS, Y2016, KG, Subgroup.TOTAL);
        // 700 + 500 = 1200; Sokuluk lies in Chuy, not directly in Kyrgyzstan; Naryn has only a 2017 figure
        assertThat(s.sum()).isEqualTo(Count.of(1200));
        assertThat(s.parts()).extracting(Observation::area).containsExactly(CHUY, OSH);
        assertThat(s.missing()).containsExactly(NARYN);
        // published 1250 − 1200 = 50
        assertThat(s.difference()).contains(50L);
        assertThat(s.countsPeopleMoreThanOnce()).isFalse();
        assertThat(s).hasToString(
                "ost_clients 2016 Kyrgyzstan (total): sum 1200 of 2 areas, 1 without a figure, "
                        + "published figure differs by 50");
    }

    @Test
    void uniqueClientsSummedOverAreasAreFlagged() {
        Dataset d = Dataset.of(count(Measure.NSP_CLIENTS, CHUY, 3000), count(Measure.NSP_CLIENTS, OSH, 4000));
        AreaSum s = AreaSum.of(d, Measure.NSP_CLIENTS, Y2016, KG, Subgroup.TOTAL);
        assertThat(s.sum()).isEqualTo(Count.of(7000));
        assertThat(s.countsPeopleMoreThanOnce()).isTrue();
        assertThat(s.published()).isEmpty();
        assertThat(s.difference()).isEmpty();
        // one area alone cannot double count
        Dataset one = Dataset.of(count(Measure.NSP_CLIENTS, CHUY, 3000));
        assertThat(AreaSum.of(one, Measure.NSP_CLIENTS, Y2016, KG, Subgroup.TOTAL).countsPeopleMoreThanOnce())
                .isFalse();
    }

    @Test
    void refusesWhatCannotBeSummedOrWouldBeChosenSilently() {
        Dataset d = Dataset.of(count(Measure.OST_CLIENTS, CHUY, 700),
                Observation.of(Measure.OST_CLIENTS, Count.of(650), Y2016, CHUY, Source.of("other report")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaSum.of(d, Measure.OST_CLIENTS, Y2016, KG, Subgroup.TOTAL))
                .withMessage("Chuy has 2 figures of ost_clients for 2016 (total): other report; synthetic; "
                        + "keep one to sum");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaSum.of(d, Measure.PWID_POPULATION_SIZE, Y2016, KG, Subgroup.TOTAL))
                .withMessage("Only counts are summed over areas; pwid_population_size is not a count");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AreaSum.of(d, Measure.OST_CLIENTS, Y2016, OSH, Subgroup.TOTAL))
                .withMessage("No area of the dataset lies directly within Osh");
    }
}
