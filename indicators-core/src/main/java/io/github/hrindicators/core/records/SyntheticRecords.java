package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded generator of <b>synthetic</b> programme records — made-up clients, sites, NSP contacts, OAMT episodes and
 * doses — for examples, tests and benchmarks. The records describe no real person and no real programme; their
 * areas are named "Synthetic area 1", "Synthetic area 2", and so on, and their codes start with {@code SYN}.
 *
 * <p>The OAMT part can be calibrated to published totals ({@link Settings#kyrgyzOamt2016(long)}): the number of
 * OAMT sites and the number of people on OAMT at the census date are met exactly; every other count (NSP contacts,
 * episodes that ended, doses) is drawn at random. The same seed and settings give the same records, call after call
 * and in any order of calls. Records are handed to a consumer one at a time: memory does not grow with the number
 * of rows, so ten million contacts can be written to a file as they are made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticRecords {
    private static final long CLIENTS_STREAM = 1;
    private static final long CONTACTS_STREAM = 2;
    private static final long EPISODES_STREAM = 3;
    private static final long DOSES_STREAM = 4;

    private final Settings settings;

    /**
     * What to generate.
     *
     * @param seed the seed of every random draw
     * @param year the reporting year, 1905 to 2998: contacts fall in it, the census is on its last day
     * @param areas the number of synthetic areas, at least 1
     * @param nspSites NSP sites, at least 1
     * @param nspClients distinct NSP clients, at least 1
     * @param nspContacts NSP contacts (rows), at least 0
     * @param oamtSites OAMT sites, at least 1
     * @param oamtClientsAtCensus people on OAMT at the census date, at least {@code oamtSites} (each site has one)
     * @param oamtFormerClients people whose OAMT ended before the census date, at least 0
     */
    public record Settings(long seed, int year, int areas, int nspSites, int nspClients, long nspContacts,
            int oamtSites, int oamtClientsAtCensus, int oamtFormerClients) {
        /**
         * Validates the settings.
         *
         * @param seed as in the record description
         * @param year as in the record description
         * @param areas as in the record description
         * @param nspSites as in the record description
         * @param nspClients as in the record description
         * @param nspContacts as in the record description
         * @param oamtSites as in the record description
         * @param oamtClientsAtCensus as in the record description
         * @param oamtFormerClients as in the record description
         * @throws IllegalArgumentException if a value is out of its range, naming it
         */
        public Settings {
            if (!(year >= 1905 && year <= 2998)) {
                throw new IllegalArgumentException("Year is not within 1905-2998: " + year);
            }
            atLeast(areas, 1, "Areas");
            atLeast(nspSites, 1, "NSP sites");
            atLeast(nspClients, 1, "NSP clients");
            if (nspContacts < 0) {
                throw new IllegalArgumentException("NSP contacts is negative: " + nspContacts);
            }
            atLeast(oamtSites, 1, "OAMT sites");
            atLeast(oamtClientsAtCensus, oamtSites, "OAMT clients at the census date");
            atLeast(oamtFormerClients, 0, "Former OAMT clients");
        }

        private static void atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException(name + " is not at least " + min + ": " + value);
            }
        }

        /**
         * Settings whose OAMT part meets the totals published for Kyrgyzstan in 2016: 31 OAMT sites and 1,505
         * people on OAMT (Liberman et al. 2024, <i>Global Health Economics and Sustainability</i> 2(4), Table 1,
         * doi:10.36922/ghes.2536; both CONFIRMED in the project's table of published Kyrgyz figures). The source
         * does not say whether 1,505 is a census or a count over the year; here it is the count on 31 December 2016.
         * The rest is not calibrated and says nothing about Kyrgyzstan: 7 synthetic areas, 40 NSP sites (the number
         * HRI's Global State of Harm Reduction 2020, Table 2.2.1, gives for about 2019-2020), 7,000 NSP clients (the
         * "more than 7,000 people reached" by one Global Fund sub-recipient in 2016 — a lower bound, not a national
         * count), 24 contacts a client on average, and 500 former OAMT clients.
         *
         * @param seed the seed
         * @return the settings
         */
        public static Settings kyrgyzOamt2016(long seed) {
            return new Settings(seed, 2016, 7, 40, 7_000, 7_000L * 24, 31, 1_505, 500);
        }

        /**
         * A copy with another number of NSP contacts, the distinct clients unchanged (for benchmarks at several
         * sizes).
         *
         * @param contacts the contacts, at least 0
         * @return the settings
         * @throws IllegalArgumentException if {@code contacts} is negative
         */
        public Settings withNspContacts(long contacts) {
            return new Settings(seed, year, areas, nspSites, nspClients, contacts, oamtSites, oamtClientsAtCensus,
                    oamtFormerClients);
        }
    }

    private SyntheticRecords(Settings settings) {
        this.settings = settings;
    }

    /**
     * A generator.
     *
     * @param settings what to generate
     * @return the generator
     * @throws NullPointerException if {@code settings} is null
     */
    public static SyntheticRecords of(Settings settings) {
        return new SyntheticRecords(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    private SplittableRandom random(long stream) {
        return new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + stream);
    }

    /**
     * A synthetic area.
     *
     * @param i its number, from 0
     * @return "Synthetic area i+1"
     */
    static Area area(int i) {
        return Area.of("Synthetic area " + (i + 1));
    }

    /**
     * The code of NSP client {@code i}.
     *
     * @param i the client's number, from 0
     * @return the code
     */
    static Uic nspClient(int i) {
        return code("SYNN", i);
    }

    /**
     * A code of five letters after a prefix, different for each {@code i} below 26<sup>5</sup>: {@code i} is mapped
     * by a permutation of 0 to 26<sup>5</sup> − 1 (multiplication by a number prime to 26), so that neighbouring
     * clients do not get codes one letter apart.
     */
    private static Uic code(String prefix, int i) {
        long n = 11_881_376L; // 26^5
        long v = Math.floorMod(i * 4_194_301L + 1_234_567L, n);
        char[] letters = new char[5];
        for (int k = 4; k >= 0; k--) {
            letters[k] = (char) ('A' + v % 26);
            v /= 26;
        }
        return Uic.of(prefix + new String(letters));
    }

    /**
     * The code of OAMT client {@code i}.
     *
     * @param i the client's number, from 0
     * @return the code
     */
    static Uic oamtClient(int i) {
        return code("SYNO", i + 6_000_000); // letters other than those of the NSP clients
    }

    private static String nspSite(int i) {
        return "NSP" + (i + 1);
    }

    private static String oamtSite(int i) {
        return "OAMT" + (i + 1);
    }

    private Area nspSiteArea(int i) {
        return area(i % settings.areas());
    }

    /** The site of OAMT client {@code i}: one client at each site first, then sites spread by a fixed hash. */
    private int oamtSiteOf(int i) {
        return i < settings.oamtSites() ? i : Math.floorMod(i * 40503 + 17, settings.oamtSites());
    }

    private Area oamtSiteArea(int i) {
        return area(i % settings.areas());
    }

    /**
     * The sites: NSP sites run by community-led organisations (every fifth one public), OAMT sites in public
     * facilities (every tenth one a prison).
     *
     * @return the sites
     */
    public List<Site> sites() {
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < settings.nspSites(); i++) {
            out.add(new Site(nspSite(i), "Synthetic NSP site " + (i + 1), nspSiteArea(i),
                    i % 5 == 4 ? ProviderType.PUBLIC : ProviderType.COMMUNITY_LED, Setting.COMMUNITY));
        }
        for (int i = 0; i < settings.oamtSites(); i++) {
            out.add(new Site(oamtSite(i), "Synthetic OAMT site " + (i + 1), oamtSiteArea(i), ProviderType.PUBLIC,
                    i % 10 == 9 ? Setting.PRISON : Setting.FACILITY));
        }
        return out;
    }

    /**
     * The client table: every NSP client and every OAMT client, 85 % male, 14 % female, 1 % transgender, aged 18
     * to 65 in the reporting year, uniformly.
     *
     * @param consumer receives the clients
     */
    public void clients(Consumer<? super Client> consumer) {
        SplittableRandom rnd = random(CLIENTS_STREAM);
        int oamt = settings.oamtClientsAtCensus() + settings.oamtFormerClients();
        for (int i = 0; i < settings.nspClients() + oamt; i++) {
            Uic uic = i < settings.nspClients() ? nspClient(i) : oamtClient(i - settings.nspClients());
            int g = rnd.nextInt(100);
            Gender gender = g < 85 ? Gender.MALE : g < 99 ? Gender.FEMALE : Gender.TRANSGENDER;
            consumer.accept(Client.of(uic, gender).withBirthYear(settings.year() - 18 - rnd.nextInt(48)));
        }
    }

    /**
     * The NSP contacts: each row's client drawn uniformly among the NSP clients, its day uniformly in the year; a
     * client's contacts are at their home site, except that one client in ten also uses a second site, for half of
     * their contacts; 1 to 30 needles-syringes a contact.
     * Every client in the first {@code nspClients} rows is distinct, so all clients appear when there are at least
     * as many rows as clients.
     *
     * @param consumer receives the contacts, exactly {@code nspContacts} of them
     */
    public void contacts(Consumer<? super NspContact> consumer) {
        SplittableRandom rnd = random(CONTACTS_STREAM);
        LocalDate first = LocalDate.of(settings.year(), 1, 1);
        int days = first.lengthOfYear();
        int clients = settings.nspClients();
        int sites = settings.nspSites();
        for (long r = 0; r < settings.nspContacts(); r++) {
            int c = r < clients ? (int) r : rnd.nextInt(clients);
            int home = Math.floorMod(c * 7919, sites);
            boolean second = Math.floorMod(c * 40503 + 7, 10) == 0 && rnd.nextBoolean();
            int site = second ? Math.floorMod(home + 1 + Math.floorMod(c, Math.max(1, sites - 1)), sites) : home;
            consumer.accept(new NspContact(nspClient(c), first.plusDays(rnd.nextInt(days)), nspSite(site),
                    nspSiteArea(site), site % 5 == 4 ? ProviderType.PUBLIC : ProviderType.COMMUNITY_LED,
                    1 + rnd.nextInt(30), rnd.nextInt(4), rnd.nextInt(20) == 0 ? 1 : 0, rnd.nextInt(12) == 0,
                    rnd.nextInt(24) == 0));
        }
    }

    /**
     * The OAMT episodes. The first {@code oamtClientsAtCensus} clients are on treatment at the census date (the
     * year's last day) — one at each site first, the rest spread over the sites by a fixed hash — having started
     * within the five years before it; one in six of them had an earlier episode that ended, a gap, and a restart. The
     * {@code oamtFormerClients} others had one episode that ended before the census date.
     *
     * @param consumer receives the episodes
     */
    public void episodes(Consumer<? super OamtEpisode> consumer) {
        SplittableRandom rnd = random(EPISODES_STREAM);
        LocalDate census = LocalDate.of(settings.year(), 12, 31);
        int window = (int) (census.toEpochDay() - census.minusYears(5).toEpochDay());
        for (int i = 0; i < settings.oamtClientsAtCensus() + settings.oamtFormerClients(); i++) {
            int site = oamtSiteOf(i);
            Drug drug = rnd.nextInt(20) == 0 ? Drug.BUPRENORPHINE : Drug.METHADONE;
            LocalDate start = census.minusDays(1 + rnd.nextInt(window));
            Uic uic = oamtClient(i);
            if (i < settings.oamtClientsAtCensus()) {
                if (rnd.nextInt(6) == 0 && start.isBefore(census.minusDays(120))) {
                    LocalDate end = start.plusDays(30 + rnd.nextInt(60));
                    consumer.accept(OamtEpisode.ended(uic, oamtSite(site), oamtSiteArea(site), drug, start, end,
                            "dropped out"));
                    start = end.plusDays(2 + rnd.nextInt(20));
                }
                consumer.accept(OamtEpisode.ongoing(uic, oamtSite(site), oamtSiteArea(site), drug, start));
            } else {
                LocalDate end = start.plusDays(rnd.nextInt((int) (census.toEpochDay() - start.toEpochDay())));
                consumer.accept(OamtEpisode.ended(uic, oamtSite(site), oamtSiteArea(site), drug, start, end,
                        "dropped out"));
            }
        }
    }

    /**
     * The doses: for each client on OAMT at the census date, an induction dose a week before the census date for
     * one in twenty (new starters), otherwise a maintenance dose on the census date (methadone 30 to 150 mg,
     * buprenorphine 4 to 24 mg, in steps of 5 and 2 mg), one in twenty-five tapering.
     *
     * @param consumer receives the doses
     */
    public void doses(Consumer<? super DoseRecord> consumer) {
        SplittableRandom rnd = random(DOSES_STREAM);
        LocalDate census = LocalDate.of(settings.year(), 12, 31);
        for (int i = 0; i < settings.oamtClientsAtCensus(); i++) {
            String site = oamtSite(oamtSiteOf(i));
            boolean bupe = rnd.nextInt(20) == 0;
            Drug drug = bupe ? Drug.BUPRENORPHINE : Drug.METHADONE;
            double mg = bupe ? 4 + 2 * rnd.nextInt(11) : 30 + 5 * rnd.nextInt(25);
            int phase = rnd.nextInt(100);
            if (phase < 5) {
                consumer.accept(new DoseRecord(oamtClient(i), census.minusDays(7), site, drug, bupe ? 4 : 20,
                        DosePhase.INDUCTION));
            } else {
                consumer.accept(new DoseRecord(oamtClient(i), census, site, drug, mg,
                        phase < 9 ? DosePhase.TAPERING : DosePhase.MAINTENANCE));
            }
        }
    }
}
