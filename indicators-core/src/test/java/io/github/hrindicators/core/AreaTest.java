package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'Kyrgyzstan'        | Kyrgyzstan",
        "'  Бишкек '         | Бишкек",
        "'\tОш\n'            | Ош",
        "'\u2003Bishkek\u2003' | Bishkek",
        "'Chüy Region'       | Chüy Region",
    })
    void ofStripsSurroundingWhiteSpace(String raw, String name) {
        Area a = Area.of(raw);
        assertThat(a.name()).isEqualTo(name);
        assertThat(a).hasToString(name);
        assertThat(a).isEqualTo(Area.of(name));
    }

    @Test
    void cyrillicAndLatinNamesAreDifferentAreas() {
        // names are compared exactly: the spec does not transliterate
        assertThat(Area.of("Бишкек")).isNotEqualTo(Area.of("Bishkek"));
        assertThat(Area.of("Бишкек").name()).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void ofRejectsBlank(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> Area.of(name)).withMessage("Area name is blank");
    }

    @Test
    void ofRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Area.of(null)).withMessage("Area name");
    }

    @Test
    void compareToOrdersByName() {
        assertThat(Area.of("Bishkek")).isLessThan(Area.of("Osh")).isLessThan(Area.of("Бишкек"));
        assertThat(Area.of(" Osh ").compareTo(Area.of("Osh"))).isZero();
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Area.of("Бишкек"), Area.of(" Бишкек "), Area.of("Bishkek"), Area.of("бишкек"));
    }
}
