package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubgroupTest {
    private static final AgeBand YOUNG = AgeBand.of(15, 24);

    @Test
    void totalIsTotal() {
        assertThat(Subgroup.TOTAL.isTotal()).isTrue();
        assertThat(Subgroup.TOTAL.setting()).isEmpty();
        assertThat(Subgroup.TOTAL.gender()).isEmpty();
        assertThat(Subgroup.TOTAL.ageBand()).isEmpty();
        assertThat(Subgroup.TOTAL.providerType()).isEmpty();
        assertThat(Subgroup.TOTAL.dimensions()).isEmpty();
        assertThat(Subgroup.TOTAL).hasToString("total");
    }

    @Test
    void eachPartFixesItsDimension() {
        assertThat(Subgroup.of(Setting.PRISON).dimensions()).containsExactly(Dimension.SETTING);
        assertThat(Subgroup.TOTAL.withGender(Gender.TRANSGENDER).dimensions()).containsExactly(Dimension.GENDER);
        assertThat(Subgroup.TOTAL.withAgeBand(YOUNG).dimensions()).containsExactly(Dimension.AGE);
        assertThat(Subgroup.TOTAL.withProviderType(ProviderType.COMMUNITY_LED).dimensions())
                .containsExactly(Dimension.PROVIDER_TYPE);
        assertThat(Subgroup.of(Setting.FACILITY).withGender(Gender.OTHER).isTotal()).isFalse();
    }

    @Test
    void nullsRejectedNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Subgroup.of(null)).withMessage("setting");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withSetting(null)).withMessage("setting");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withGender(null)).withMessage("gender");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withAgeBand(null)).withMessage("ageBand");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withProviderType(null))
                .withMessage("providerType");
    }

    @Test
    void withersKeepTheOtherParts() {
        Subgroup s = Subgroup.of(Setting.PRISON).withGender(Gender.MALE).withAgeBand(YOUNG)
                .withProviderType(ProviderType.PUBLIC);
        assertThat(s.setting()).contains(Setting.PRISON);
        assertThat(s.gender()).contains(Gender.MALE);
        assertThat(s.ageBand()).contains(YOUNG);
        assertThat(s.providerType()).contains(ProviderType.PUBLIC);
        assertThat(s.withSetting(Setting.COMMUNITY).gender()).contains(Gender.MALE);
        assertThat(s.withSetting(Setting.COMMUNITY).ageBand()).contains(YOUNG);
        assertThat(s.withGender(Gender.FEMALE).setting()).contains(Setting.PRISON);
        assertThat(s.withAgeBand(AgeBand.atLeast(50)).providerType()).contains(ProviderType.PUBLIC);
        assertThat(s.withProviderType(ProviderType.OTHER).ageBand()).contains(YOUNG);
        assertThat(Subgroup.TOTAL.isTotal()).isTrue();
    }

    @Test
    void toStringListsThePartsSet() {
        assertThat(Subgroup.of(Setting.PRISON).withGender(Gender.MALE).withAgeBand(YOUNG))
                .hasToString("prison, male, 15-24");
        assertThat(Subgroup.TOTAL.withAgeBand(AgeBand.under(25)).withGender(Gender.FEMALE)).hasToString("female, <25");
        assertThat(Subgroup.TOTAL.withProviderType(ProviderType.COMMUNITY_LED)).hasToString("community-led");
    }

    @Test
    void equalityIgnoresTheOrderOfWithers() {
        assertValueSemantics(Subgroup.of(Setting.PRISON).withGender(Gender.MALE).withAgeBand(YOUNG),
                Subgroup.TOTAL.withAgeBand(AgeBand.parse(" 15-24 ")).withGender(Gender.MALE)
                        .withSetting(Setting.PRISON),
                Subgroup.of(Setting.COMMUNITY).withGender(Gender.MALE).withAgeBand(YOUNG),
                Subgroup.of(Setting.PRISON).withGender(Gender.FEMALE).withAgeBand(YOUNG),
                Subgroup.of(Setting.PRISON).withGender(Gender.MALE).withAgeBand(AgeBand.of(15, 25)),
                Subgroup.of(Setting.PRISON).withGender(Gender.MALE).withAgeBand(YOUNG)
                        .withProviderType(ProviderType.PUBLIC),
                Subgroup.of(Setting.PRISON).withAgeBand(YOUNG),
                Subgroup.TOTAL);
    }

    @Test
    void orderPutsTotalFirstThenByDimensionNotByLabel() {
        Subgroup prison = Subgroup.of(Setting.PRISON);
        Subgroup community = Subgroup.of(Setting.COMMUNITY);
        Subgroup old = Subgroup.TOTAL.withAgeBand(AgeBand.atLeast(50));
        Subgroup teen = Subgroup.TOTAL.withAgeBand(AgeBand.of(15, 19));
        Subgroup nine = Subgroup.TOTAL.withAgeBand(AgeBand.of(9, 14));
        List<Subgroup> list = new ArrayList<>(List.of(old, prison, Subgroup.TOTAL, teen, community, nine));
        list.sort(null);
        // by label "9-14" would come after "50+"; by age it comes first
        assertThat(list.get(0)).isEqualTo(Subgroup.TOTAL);
        assertThat(list.indexOf(nine)).isLessThan(list.indexOf(teen));
        assertThat(list.indexOf(teen)).isLessThan(list.indexOf(old));
        assertThat(list.indexOf(community)).isLessThan(list.indexOf(prison));
        assertThat(prison.compareTo(prison)).isZero();
    }
}
