package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records block of the core README, as it stands there. */
class ReadmeRecordsTest {
    @Test
    void theReadmeBlockRuns() {
        Area bishkek = Area.of("Bishkek");
        List<Client> clients = List.of(Client.of(Uic.of("A1"), Gender.MALE).withBirthYear(1990));
        List<Site> sites = List.of(new Site("S1", "Drop-in", bishkek, ProviderType.COMMUNITY_LED, Setting.COMMUNITY));
        List<NspContact> contacts = List.of(
                NspContact.of(Uic.of("A1"), LocalDate.of(2016, 3, 1), "S1", bishkek, ProviderType.COMMUNITY_LED, 10),
                NspContact.of(Uic.of("B2"), LocalDate.of(2016, 4, 1), "S1", bishkek, ProviderType.COMMUNITY_LED, 5));
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.of(clients, sites));
        contacts.forEach(nsp::add);                       // one pass; or one accumulator per part, then merge
        NspResult r = nsp.result();
        r.reached().total();                              // PRV.8 numerator: distinct clients given needles-syringes
        r.reached().byArea();                             // per area; r.reached().areaOverlaps() says what they share
        List<Observation> figures = r.toFigures(Area.of("Kyrgyzstan"),
                RecordSource.citation(List.of(new RecordSource("contacts.csv", nsp.rows(), 0))));
        // hand: A1 and B2 → 2 clients reached, 10 + 5 = 15 needles-syringes, both in Bishkek
        assertThat(r.reached().total()).isEqualTo(2);
        assertThat(r.reached().byArea()).containsEntry(bishkek, 2L);
        assertThat(figures).hasSizeGreaterThan(2);
        assertThat(figures.get(0).source().citation()).isEqualTo("computed from contacts.csv, 2 rows, 0 rejected");
    }
}
