package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureTest {

    @ParameterizedTest
    @CsvSource({
        // measure, code used in files, kind (SPEC §1 and the class javadoc)
        "REGISTERED_HIV_CUMULATIVE,             registered_hiv_cumulative,             COUNT",
        "REGISTERED_HIV_ALIVE,                  registered_hiv_alive,                  COUNT",
        "REGISTERED_HIV_DEATHS_CUMULATIVE,      registered_hiv_deaths_cumulative,      COUNT",
        "NEW_HIV_DIAGNOSES,                     new_hiv_diagnoses,                     COUNT",
        "REGISTERED_HIV_CUMULATIVE_INJECTING,   registered_hiv_cumulative_injecting,   COUNT",
        "REGISTERED_HIV_ALIVE_INJECTING,        registered_hiv_alive_injecting,        COUNT",
        "NEW_HIV_DIAGNOSES_INJECTING,           new_hiv_diagnoses_injecting,           COUNT",
        "REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE, registered_hiv_cumulative_known_route, COUNT",
        "REGISTERED_HIV_ALIVE_KNOWN_ROUTE,      registered_hiv_alive_known_route,      COUNT",
        "NEW_HIV_DIAGNOSES_KNOWN_ROUTE,         new_hiv_diagnoses_known_route,         COUNT",
        "INJECTING_SHARE_REGISTERED_CUMULATIVE, injecting_share_registered_cumulative, PROPORTION",
        "INJECTING_SHARE_REGISTERED_ALIVE,      injecting_share_registered_alive,      PROPORTION",
        "INJECTING_SHARE_NEW_DIAGNOSES,         injecting_share_new_diagnoses,         PROPORTION",
        "PLHIV_ESTIMATE,                        plhiv_estimate,                        ESTIMATE",
        "PWID_POPULATION_SIZE,                  pwid_population_size,                  ESTIMATE",
        "OPIOID_DEPENDENT_PWID_SIZE,            opioid_dependent_pwid_size,            ESTIMATE",
        "OST_CLIENTS,                           ost_clients,                           COUNT",
        "NEEDLES_SYRINGES_DISTRIBUTED,          needles_syringes_distributed,          COUNT",
        "NSP_CLIENTS,                           nsp_clients,                           COUNT",
        "HIV_PREVALENCE_PWID,                   hiv_prevalence_pwid,                   PROPORTION",
        // issue #5 (SPEC §2): survey prevalence, the HIV cascade, published cascade shares, programme sites
        "HIV_TESTED_PWID_SURVEY,                hiv_tested_pwid_survey,                COUNT",
        "HIV_POSITIVE_PWID_SURVEY,              hiv_positive_pwid_survey,              COUNT",
        "HIV_SURVEY_DESIGN_EFFECT,              hiv_survey_design_effect,              ESTIMATE",
        "PLHIV_PWID_ESTIMATE,                   plhiv_pwid_estimate,                   ESTIMATE",
        "ART_CLIENTS,                           art_clients,                           COUNT",
        "ART_CLIENTS_PWID,                      art_clients_pwid,                      COUNT",
        "VIRALLY_SUPPRESSED,                    virally_suppressed,                    COUNT",
        "VIRALLY_SUPPRESSED_PWID,               virally_suppressed_pwid,               COUNT",
        "KNOWS_STATUS_SHARE_PLHIV,              knows_status_share_plhiv,              PROPORTION",
        "ART_COVERAGE_SHARE_PLHIV,              art_coverage_share_plhiv,              PROPORTION",
        "VIRAL_SUPPRESSION_SHARE_PLHIV,         viral_suppression_share_plhiv,         PROPORTION",
        "OST_SITES,                             ost_sites,                             COUNT",
        "NSP_SITES,                             nsp_sites,                             COUNT",
    })
    void codeAndKind(Measure measure, String code, QuantityKind kind) {
        assertThat(measure.code()).isEqualTo(code);
        assertThat(measure.kind()).isEqualTo(kind);
        assertThat(Measure.fromCode(code)).contains(measure);
    }

    @Test
    void theTableAboveListsEveryMeasure() {
        // guards codeAndKind against a measure added without a row: 33 rows above
        assertThat(Measure.values()).hasSize(33);
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void fromCodeIsTheInverseOfCode(Measure measure) {
        assertThat(Measure.fromCode(measure.code())).contains(measure);
        assertThat(Measure.fromCode(measure.name())).contains(measure);
        assertThat(Measure.fromCode("  " + measure.code() + "\t")).contains(measure);
        assertThat(measure.description()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ost", "ost clients", "ost-clients", "ostclients", "ost_clients_x",
        "pwid"})
    void fromCodeUnknownIsEmpty(String code) {
        assertThat(Measure.fromCode(code)).isEmpty();
    }

    @Test
    void codeDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // in a Turkish locale "I".toLowerCase() is a dotless ı; codes must stay ASCII
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Measure.HIV_PREVALENCE_PWID.code()).isEqualTo("hiv_prevalence_pwid");
            assertThat(Measure.fromCode("HIV_PREVALENCE_PWID")).contains(Measure.HIV_PREVALENCE_PWID);
            assertThat(Measure.fromCode("Ost_Clients")).contains(Measure.OST_CLIENTS);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void fromCodeRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Measure.fromCode(null)).withMessage("code");
    }

    @Test
    void codesAndDescriptionsAreUnique() {
        Set<String> codes = Arrays.stream(Measure.values()).map(Measure::code).collect(Collectors.toSet());
        Set<String> descriptions =
                Arrays.stream(Measure.values()).map(Measure::description).collect(Collectors.toSet());
        assertThat(codes).hasSize(Measure.values().length);
        assertThat(descriptions).hasSize(Measure.values().length);
    }

    @Test
    void everyHivBaseHasTotalInjectingKnownRouteAndShare() {
        // SPEC §1: three bases, each with a total, injecting, known route and published share; besides them the
        // proportions are HIV prevalence among PWID and the three published cascade shares of all PLHIV (SPEC §2)
        Set<Measure> proportions = EnumSet.noneOf(Measure.class);
        for (Measure m : Measure.values()) {
            if (m.kind() == QuantityKind.PROPORTION) {
                proportions.add(m);
            }
        }
        assertThat(proportions).containsExactlyInAnyOrder(Measure.INJECTING_SHARE_REGISTERED_CUMULATIVE,
                Measure.INJECTING_SHARE_REGISTERED_ALIVE, Measure.INJECTING_SHARE_NEW_DIAGNOSES,
                Measure.HIV_PREVALENCE_PWID, Measure.KNOWS_STATUS_SHARE_PLHIV, Measure.ART_COVERAGE_SHARE_PLHIV,
                Measure.VIRAL_SUPPRESSION_SHARE_PLHIV);
    }
}
