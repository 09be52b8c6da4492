package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.ReferencePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are values: the same records give equal results with equal hashes; other records, other results. */
class ResultEqualityTest {
    static void values(Object a, Object sameAgain, Object other) {
        assertThat(a).isEqualTo(sameAgain).hasSameHashCodeAs(sameAgain).hasToString(sameAgain.toString());
        assertThat(a).isNotEqualTo(other).isNotEqualTo("a text").isNotEqualTo(null);
    }

    @Test
    void nspResults() {
        NspResult a = NspAccumulatorTest.twoSites();
        NspAccumulator one = NspAccumulator.of(ReferencePeriod.ofYear(2016), NspAccumulatorTest.context());
        one.add(NspAccumulatorTest.contact(NspAccumulatorTest.A, "2016-01-05", "S1", NspAccumulatorTest.BISHKEK, 10));
        values(a, NspAccumulatorTest.twoSites(), one.result());
        values(a.reached(), NspAccumulatorTest.twoSites().reached(), a.served());
        values(a.needlesSyringes(), NspAccumulatorTest.twoSites().needlesSyringes(), a.reached());
    }

    @Test
    void oamtAndDoseResults() {
        OamtResult o = OamtAccumulatorTest.sixClients();
        values(o, OamtAccumulatorTest.sixClients(),
                OamtAccumulator.of(OamtSettings.forYear(2016), RecordContext.empty()).result());
        values(o.retention(6, RetentionRule.CONTINUOUS), OamtAccumulatorTest.sixClients()
                .retention(6, RetentionRule.CONTINUOUS), o.retention(6, RetentionRule.ON_TREATMENT_AT_DATE));
        DoseResult d = DoseAccumulatorTest.eightClients();
        values(d, DoseAccumulatorTest.eightClients(),
                DoseAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty()).result());
        assertThat(List.of(o.settings().census().getYear(), d.period().startYear())).containsExactly(2016, 2016);
    }
}
