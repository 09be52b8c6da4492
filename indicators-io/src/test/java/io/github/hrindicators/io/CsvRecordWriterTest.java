package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.Site;
import io.github.hrindicators.core.records.SyntheticRecords;
import io.github.hrindicators.core.records.Uic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordWriterTest {
    @TempDir
    Path dir;

    @Test
    void syntheticRecordsWrittenAndReadBackAreEqual() throws IOException {
        SyntheticRecords gen = SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(3).withNspContacts(2_000));
        List<NspContact> contacts = new ArrayList<>();
        List<OamtEpisode> episodes = new ArrayList<>();
        List<DoseRecord> doses = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        Path c = dir.resolve("contacts.csv");
        Path e = dir.resolve("episodes.csv");
        Path d = dir.resolve("doses.csv");
        Path cl = dir.resolve("clients.csv");
        Path s = dir.resolve("sites.csv");
        try (CsvRecordWriter<NspContact> w = CsvRecordWriter.contacts(c)) {
            gen.contacts(w.andThen(contacts::add));
        }
        try (CsvRecordWriter<OamtEpisode> w = CsvRecordWriter.episodes(e)) {
            gen.episodes(w.andThen(episodes::add));
        }
        try (CsvRecordWriter<DoseRecord> w = CsvRecordWriter.doses(d)) {
            gen.doses(w.andThen(doses::add));
        }
        try (CsvRecordWriter<Client> w = CsvRecordWriter.clients(cl)) {
            gen.clients(w.andThen(clients::add));
            w.accept(Client.of(Uic.of("X1"), Gender.OTHER).withBirthDate(LocalDate.of(1990, 3, 4))
                    .withKeyPopulation("PWID, \"own\" words").withArea(Area.of("Somewhere")));
        }
        clients.add(Client.of(Uic.of("X1"), Gender.OTHER).withBirthDate(LocalDate.of(1990, 3, 4))
                .withKeyPopulation("PWID, \"own\" words").withArea(Area.of("Somewhere")));
        try (CsvRecordWriter<Site> w = CsvRecordWriter.sites(s)) {
            gen.sites().forEach(w);
        }
        RecordReader reader = RecordReader.defaults();
        List<NspContact> c2 = new ArrayList<>();
        List<OamtEpisode> e2 = new ArrayList<>();
        List<DoseRecord> d2 = new ArrayList<>();
        assertThat(reader.readContacts(c, c2::add).rows()).isEqualTo(2_000);
        reader.readEpisodes(e, e2::add);
        reader.readDoses(d, d2::add);
        assertThat(c2).isEqualTo(contacts);
        assertThat(e2).isEqualTo(episodes);
        assertThat(d2).isEqualTo(doses);
        assertThat(reader.readClients(cl).rows()).isEqualTo(clients);
        assertThat(reader.readSites(s).rows()).isEqualTo(gen.sites());
        assertThat(Files.readAllLines(s).get(1)).isEqualTo("NSP1,Synthetic NSP site 1,Synthetic area 1,community-led,"
                + "community");
        assertThat(new Site("S", "n", Area.of("a"), ProviderType.OTHER, Setting.PRISON).code()).isEqualTo("S");
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInPlainWords() {
        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> CsvRecordWriter.sites(dir.resolve("no-such-folder").resolve("sites.csv")))
                .withMessage("Cannot write " + dir.resolve("no-such-folder").resolve("sites.csv")
                        + ": its folder does not exist");
    }
}
