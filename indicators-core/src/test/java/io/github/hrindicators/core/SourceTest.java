package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
    private static final String CITATION =
            "Liberman et al. 2024 Glob Health Econ Sustain 2(4) Table 1 doi:10.36922/ghes.2536";

    @Test
    void ofStripsSurroundingWhiteSpace() {
        Source s = Source.of("  " + CITATION + "\n");
        assertThat(s.citation()).isEqualTo(CITATION);
        assertThat(s).hasToString(CITATION);
    }

    @Test
    void cyrillicCitation() {
        assertThat(Source.of(" Республиканский центр «СПИД», 2016 ").citation())
                .isEqualTo("Республиканский центр «СПИД», 2016");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void ofRejectsBlank(String citation) {
        assertThatIllegalArgumentException().isThrownBy(() -> Source.of(citation))
                .withMessage("Source citation is blank");
    }

    @Test
    void ofRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Source.of(null)).withMessage("Source citation");
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Source.of(CITATION), Source.of(" " + CITATION), Source.of(CITATION + " p 3"),
                Source.of("UNAIDS 2023"));
    }
}
