package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Validation of the record types, the context, the source and the area pair. */
class RecordValuesTest {
    static final Uic U = Uic.of("U1");
    static final Area A = Area.of("Bishkek");
    static final LocalDate D = LocalDate.of(2016, 5, 1);

    static void refuses(ThrowingCallable call, String message) {
        assertThatIllegalArgumentException().isThrownBy(call).withMessage(message);
    }

    @Test
    void clientAgeAtADate() {
        Client byDate = Client.of(U, Gender.MALE).withBirthDate(LocalDate.of(1990, 6, 15));
        // hand: born 1990-06-15 → 25 on 2016-06-14, 26 on 2016-06-15
        assertThat(byDate.ageAt(LocalDate.of(2016, 6, 14))).hasValue(25);
        assertThat(byDate.ageAt(LocalDate.of(2016, 6, 15))).hasValue(26);
        assertThat(byDate.ageAt(LocalDate.of(1989, 1, 1))).isEmpty();
        // hand: year only → the age reached in the date's year: 2016 − 1990 = 26
        Client byYear = Client.of(U, Gender.MALE).withBirthYear(1990);
        assertThat(byYear.ageAt(LocalDate.of(2016, 1, 1))).hasValue(26);
        assertThat(byYear.ageAt(LocalDate.of(1989, 1, 1))).isEmpty();
        assertThat(Client.of(U, Gender.MALE).ageAt(D)).isEmpty();
        assertThat(new Client(U, Gender.MALE, OptionalInt.empty(), Optional.of(LocalDate.of(1990, 1, 1)),
                Optional.empty(), Optional.empty()).birthYear()).hasValue(1990);
        Client full = byYear.withKeyPopulation(" PWID ").withArea(A);
        assertThat(full.keyPopulation()).contains("PWID");
        assertThat(full.area()).contains(A);
    }

    @Test
    void recordsRefuseBadValuesNamingThem() {
        refuses(() -> Client.of(U, Gender.MALE).withBirthYear(1899), "Birth year is not within 1900-2999: 1899");
        refuses(() -> new Client(U, Gender.MALE, OptionalInt.of(1991), Optional.of(LocalDate.of(1990, 1, 1)),
                Optional.empty(), Optional.empty()), "Birth date 1990-01-01 is not in the birth year 1991");
        refuses(() -> Client.of(U, Gender.MALE).withKeyPopulation(" "), "Key-population type is blank");
        refuses(() -> new Site(" ", "n", A, ProviderType.PUBLIC, Setting.PRISON), "Site code is blank");
        refuses(() -> new Site("S", "", A, ProviderType.PUBLIC, Setting.PRISON), "Site name is blank");
        refuses(() -> NspContact.of(U, D, "S", A, ProviderType.PUBLIC, -1), "Needles-syringes given is negative: -1");
        refuses(() -> new NspContact(U, D, "S", A, ProviderType.PUBLIC, 0, -2, 0, false, false),
                "Condoms given is negative: -2");
        refuses(() -> new NspContact(U, D, "S", A, ProviderType.PUBLIC, 0, 0, -3, false, false),
                "Naloxone kits given is negative: -3");
        refuses(() -> NspContact.of(U, LocalDate.of(1899, 12, 31), "S", A, ProviderType.PUBLIC, 1),
                "Contact date is not within the years 1900-2999: 1899-12-31");
        refuses(() -> OamtEpisode.ended(U, "S", A, Drug.METHADONE, D, D.minusDays(1), "x"),
                "Episode end 2016-04-30 is before its start 2016-05-01");
        refuses(() -> OamtEpisode.ended(U, "S", A, Drug.METHADONE, D, LocalDate.of(3000, 1, 1), "x"),
                "Episode end is not within the years 1900-2999: 3000-01-01");
        refuses(() -> OamtEpisode.ended(U, "S", A, Drug.METHADONE, D, D, " "), "End reason is blank");
        refuses(() -> new DoseRecord(U, D, "S", Drug.METHADONE, -1, DosePhase.MAINTENANCE),
                "Dose is not a finite, non-negative number of milligrams: -1.0");
        refuses(() -> new DoseRecord(U, D, "S", Drug.METHADONE, Double.NaN, DosePhase.MAINTENANCE),
                "Dose is not a finite, non-negative number of milligrams: NaN");
        refuses(() -> new DoseRecord(U, D, "S", Drug.METHADONE, Double.POSITIVE_INFINITY, DosePhase.MAINTENANCE),
                "Dose is not a finite, non-negative number of milligrams: Infinity");
        assertThat(new DoseRecord(U, D, " S ", Drug.METHADONE, -0.0, DosePhase.MAINTENANCE).milligrams())
                .isEqualTo(0.0);
        NspContact full = new NspContact(U, D, " S ", A, ProviderType.PUBLIC, 1, 2, 3, true, true);
        assertThat(full.site()).isEqualTo("S");
    }

    @Test
    void contextRefusesDuplicatesAndLooksUp() {
        Site s = new Site("S1", "Site", A, ProviderType.PUBLIC, Setting.FACILITY);
        Client c = Client.of(U, Gender.FEMALE);
        refuses(() -> RecordContext.of(List.of(c, Client.of(Uic.of("u 1"), Gender.MALE)), List.of()),
                "Client code appears twice in the client table: U1");
        refuses(() -> RecordContext.of(List.of(), List.of(s, s)), "Site code appears twice in the site table: S1");
        RecordContext ctx = RecordContext.of(List.of(c), List.of(s));
        assertThat(ctx.client(U)).contains(c);
        assertThat(ctx.client(Uic.of("U2"))).isEmpty();
        assertThat(ctx.site("S1")).contains(s);
        assertThat(ctx.clients()).containsExactly(c);
        assertThat(ctx.ageSchemes()).containsExactly(AgeScheme.WHO_UNDER_25, AgeScheme.WHO_FINE);
        AgeScheme mine = AgeScheme.of("mine", List.of(AgeBand.atLeast(18)));
        RecordContext other = ctx.withAgeSchemes(List.of(mine));
        assertThat(other.ageSchemes()).containsExactly(mine);
        assertThat(other).isNotEqualTo(ctx).isNotEqualTo("x");
        assertThat(RecordContext.of(List.of(c), List.of(s))).isEqualTo(ctx)
                .hasSameHashCodeAs(ctx);
        assertThat(ctx).hasToString("records context: 1 clients, 1 sites, age schemes [WHO <25 / 25+, "
                + "WHO 15-19 / 20-24 / 25-49 / 50+]");
        refuses(() -> ctx.withAgeSchemes(List.of()), "No age scheme given");
    }

    @Test
    void recordSourceAndAreaPair() {
        assertThat(new RecordSource("contacts.csv", 1_234_567, 1)).hasToString(
                "computed from contacts.csv, 1,234,567 rows, 1 rejected");
        assertThat(new RecordSource("c.csv", 1, 0)).hasToString("computed from c.csv, 1 row, 0 rejected");
        assertThat(RecordSource.citation(List.of(new RecordSource("a.csv", 2, 0), new RecordSource("b.csv", 3, 1)))
                .citation()).isEqualTo("computed from a.csv, 2 rows, 0 rejected; computed from b.csv, 3 rows, 1 rejected");
        refuses(() -> RecordSource.citation(List.of()), "No record file given for the source of computed figures");
        refuses(() -> new RecordSource("a", -1, 0), "Rows is negative: -1");
        refuses(() -> new RecordSource(" ", 1, 0), "File name is blank");
        Area osh = Area.of("Osh");
        assertThat(AreaPair.of(osh, A)).isEqualTo(new AreaPair(A, osh)).hasToString("Bishkek & Osh");
        refuses(() -> AreaPair.of(A, A), "Areas of a pair are not two areas in order: Bishkek, Bishkek");
        assertThat(AreaPair.of(A, osh).compareTo(AreaPair.of(A, Area.of("Talas")))).isNegative();
        assertThat(RecordMeasures.values()).hasSize(10).doesNotHaveDuplicates();
    }
}
