package io.github.hrindicators.examples;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.records.Breakdown;
import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DispensingAccumulator;
import io.github.hrindicators.core.records.DoseAccumulator;
import io.github.hrindicators.core.records.DoseResult;
import io.github.hrindicators.core.records.NspAccumulator;
import io.github.hrindicators.core.records.NspResult;
import io.github.hrindicators.core.records.OamtAccumulator;
import io.github.hrindicators.core.records.OamtResult;
import io.github.hrindicators.core.records.OamtSettings;
import io.github.hrindicators.core.records.RecordContext;
import io.github.hrindicators.core.records.RecordSource;
import io.github.hrindicators.core.records.Retention;
import io.github.hrindicators.core.records.RetentionRule;
import io.github.hrindicators.core.records.Site;
import io.github.hrindicators.core.records.UicHygiene;
import io.github.hrindicators.io.RecordReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The indicators of a programme's record files for one reporting year: reads whichever of the contact, episode,
 * dose, client and site files are given (one streaming pass each; contacts cut into parts read on all cores),
 * computes WHO PRV.8–PRV.14 and KP-4 with their
 * disaggregations (PRV.11–PRV.13 from the episodes, or from episodes built from the doses when there is no episode
 * file), and gives them as a printed summary and as figures for the catalogue's indicators. Used by
 * {@link RecordsExample} and by {@code hri records}.
 */
public final class RecordIndicators {
    /**
     * The record files of one run; each is optional, but at least one of contacts, episodes and doses is given.
     *
     * @param contacts NSP contacts
     * @param episodes OAMT episodes
     * @param doses OAMT doses
     * @param clients the client table
     * @param sites the site table
     * @param year the reporting year
     * @param country the national area of the figures
     * @param episodesFromDosesMaxGap if given, PRV.11–PRV.13 are computed from episodes built from the doses
     *     ({@link DispensingAccumulator}), cut where more than this many days pass without a dose; needs the doses and
     *     no episode file
     */
    public record Inputs(Optional<Path> contacts, Optional<Path> episodes, Optional<Path> doses,
            Optional<Path> clients, Optional<Path> sites, int year, Area country, OptionalInt episodesFromDosesMaxGap) {
        /**
         * Validates the inputs.
         *
         * @param contacts as in the record description
         * @param episodes as in the record description
         * @param doses as in the record description
         * @param clients as in the record description
         * @param sites as in the record description
         * @param year as in the record description
         * @param country as in the record description
         * @param episodesFromDosesMaxGap as in the record description
         * @throws IllegalArgumentException if none of contacts, episodes and doses is given, or episodes are to be
         *     built from doses with no dose file or with an episode file as well
         * @throws NullPointerException if an argument is null
         */
        public Inputs {
            Objects.requireNonNull(contacts, "contacts");
            Objects.requireNonNull(episodes, "episodes");
            Objects.requireNonNull(doses, "doses");
            Objects.requireNonNull(clients, "clients");
            Objects.requireNonNull(sites, "sites");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(episodesFromDosesMaxGap, "episodesFromDosesMaxGap");
            if (contacts.isEmpty() && episodes.isEmpty() && doses.isEmpty()) {
                throw new IllegalArgumentException("No record file given: give contacts, episodes or doses");
            }
            if (episodesFromDosesMaxGap.isPresent() && (doses.isEmpty() || episodes.isPresent())) {
                throw new IllegalArgumentException("Episodes are built from doses only with a dose file and no "
                        + "episode file");
            }
        }

        /**
         * The inputs with the OAMT indicators from the episode file, if any.
         *
         * @param contacts NSP contacts
         * @param episodes OAMT episodes
         * @param doses OAMT doses
         * @param clients the client table
         * @param sites the site table
         * @param year the reporting year
         * @param country the national area of the figures
         * @throws IllegalArgumentException if none of contacts, episodes and doses is given
         * @throws NullPointerException if an argument is null
         */
        public Inputs(Optional<Path> contacts, Optional<Path> episodes, Optional<Path> doses, Optional<Path> clients,
                Optional<Path> sites, int year, Area country) {
            this(contacts, episodes, doses, clients, sites, year, country, OptionalInt.empty());
        }
    }

    /**
     * How episodes were built from the doses ({@link DispensingAccumulator}).
     *
     * @param maxGapDays the most consecutive days without a dose within one episode
     * @param windowStart the first day of the doses read
     * @param windowEnd the last day of the doses read, the follow-up end
     * @param dosesOutsideWindow the doses before or after the window, ignored
     * @param sitesNotInTable the sites of doses missing from the site table: episodes of unknown area
     */
    public record EpisodesFromDoses(int maxGapDays, LocalDate windowStart, LocalDate windowEnd,
            long dosesOutsideWindow, SortedSet<String> sitesNotInTable) {
        /**
         * Copies the set.
         *
         * @param maxGapDays as in the record description
         * @param windowStart as in the record description
         * @param windowEnd as in the record description
         * @param dosesOutsideWindow as in the record description
         * @param sitesNotInTable as in the record description
         * @throws NullPointerException if an argument is null
         */
        public EpisodesFromDoses {
            Objects.requireNonNull(windowStart, "windowStart");
            Objects.requireNonNull(windowEnd, "windowEnd");
            sitesNotInTable = Collections.unmodifiableSortedSet(new TreeSet<>(sitesNotInTable));
        }
    }

    /**
     * What a run computed.
     *
     * @param nsp the NSP result, if contacts were given
     * @param oamt the OAMT result, if episodes were given or built from the doses
     * @param episodesFromDoses how the episodes were built, if from the doses
     * @param doses the PRV.14 result, if doses were given
     * @param hygiene the UIC hygiene report of the client table, if given
     * @param sources the files read, with their rows and rejected rows
     * @param figures the computed figures
     */
    public record Report(Optional<NspResult> nsp, Optional<OamtResult> oamt,
            Optional<EpisodesFromDoses> episodesFromDoses, Optional<DoseResult> doses,
            Optional<UicHygiene> hygiene, List<RecordSource> sources, Dataset figures) {
        /**
         * The figures of measures of the library's vocabulary ({@code nsp_clients},
         * {@code needles_syringes_distributed}, {@code ost_clients}): those a figure file can hold and the catalogue's
         * indicators use. The other computed measures ({@code RecordMeasures}) are in {@link #figures()} only.
         *
         * @return the figures
         */
        public Dataset vocabularyFigures() {
            return Dataset.of(figures.observations().stream()
                    .filter(o -> io.github.hrindicators.core.Measure.values().contains(o.measure())).toList());
        }
    }

    private RecordIndicators() {
    }

    /**
     * Reads the files and computes the indicators.
     *
     * @param in the files, year and country
     * @param reader the reader, with its options and mode (refuse or quarantine)
     * @return the report
     * @throws io.github.hrindicators.io.DataFileException if a file is refused
     */
    public static Report run(Inputs in, RecordReader reader) {
        List<RecordSource> tables = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        in.clients().ifPresent(p -> {
            var t = reader.readClients(p);
            clients.addAll(t.rows());
            tables.add(t.source());
        });
        in.sites().ifPresent(p -> {
            var t = reader.readSites(p);
            sites.addAll(t.rows());
            tables.add(t.source());
        });
        RecordContext ctx = RecordContext.of(clients, sites);
        List<RecordSource> sources = new ArrayList<>(tables);
        List<Observation> figures = new ArrayList<>();
        ReferencePeriod year = ReferencePeriod.ofYear(in.year());
        Optional<NspResult> nsp = in.contacts().map(p -> {
            NspAccumulator acc = NspAccumulator.of(year, ctx);
            RecordSource s = reader.readContacts(p, acc, Runtime.getRuntime().availableProcessors()); // all cores
            sources.add(s);
            NspResult r = acc.result();
            figures.addAll(r.toFigures(in.country(), RecordSource.citation(with(s, tables))));
            return r;
        });
        OamtSettings oamtSettings = OamtSettings.forYear(in.year());
        Optional<DispensingAccumulator> dispensing = Optional.empty();
        if (in.episodesFromDosesMaxGap().isPresent()) {
            dispensing = Optional.of(DispensingAccumulator.of(oamtSettings, ctx,
                    in.episodesFromDosesMaxGap().getAsInt()));
        }
        Optional<OamtResult> oamt = in.episodes().map(p -> {
            OamtAccumulator acc = OamtAccumulator.of(oamtSettings, ctx);
            RecordSource s = reader.readEpisodes(p, acc, Runtime.getRuntime().availableProcessors());
            sources.add(s);
            OamtResult r = acc.result();
            figures.addAll(r.toFigures(in.country(), RecordSource.citation(with(s, tables))));
            return r;
        });
        List<OamtResult> fromDoses = new ArrayList<>(1);
        Optional<DispensingAccumulator> disp = dispensing;
        Optional<DoseResult> doses = in.doses().map(p -> {
            DoseAccumulator acc = DoseAccumulator.of(year, ctx);
            // PRV.14 on all cores; or one pass that feeds both PRV.14 and the episodes built from the same doses
            RecordSource s = disp.isEmpty() ? reader.readDoses(p, acc, Runtime.getRuntime().availableProcessors())
                    : reader.readDoses(p, d -> {
                        acc.add(d);
                        disp.get().add(d);
                    });
            sources.add(s);
            DoseResult r = acc.result();
            figures.addAll(r.toFigures(in.country(), RecordSource.citation(with(s, tables))));
            disp.ifPresent(a -> {
                OamtResult o = a.result();
                figures.addAll(o.toFigures(in.country(), RecordSource.citation(with(s, tables))));
                fromDoses.add(o);
            });
            return r;
        });
        Optional<EpisodesFromDoses> built = disp.map(a -> new EpisodesFromDoses(a.maxGapDays(), a.windowStart(),
                oamtSettings.followUpEnd(), a.rowsOutsideWindow(), a.sitesNotInTable()));
        Optional<UicHygiene> hygiene = in.clients().map(p -> UicHygiene.check(clients));
        return new Report(nsp, fromDoses.isEmpty() ? oamt : Optional.of(fromDoses.get(0)), built, doses, hygiene,
                List.copyOf(sources), Dataset.of(figures));
    }

    private static List<RecordSource> with(RecordSource first, List<RecordSource> tables) {
        List<RecordSource> all = new ArrayList<>();
        all.add(first);
        all.addAll(tables);
        return all;
    }

    /**
     * Prints the report: each indicator with its disaggregations.
     *
     * @param r the report
     * @param out where to print
     */
    public static void print(Report r, PrintStream out) {
        for (RecordSource s : r.sources()) {
            out.println(s);
        }
        r.nsp().ifPresent(n -> {
            out.println();
            out.println("NSP, " + n.period() + " (" + number(n.rowsOutsidePeriod()) + " contacts outside the year "
                    + "ignored)");
            breakdown(out, "PRV.8 people given needles-syringes", n.reached());
            out.println("  people with any contact: " + number(n.served().total()));
            breakdown(out, "PRV.9 a contact in every 30-day window", n.regularEvery30Days());
            breakdown(out, "PRV.9 at least one contact a month on average (" + n.months() + " contact days)",
                    n.regularMonthlyAverage());
            breakdown(out, "PRV.10 needles-syringes given", n.needlesSyringes());
            out.println("  KP-4 needles-syringes per person reached: " + n.needlesSyringesPerClientReached().stream()
                    .mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).findFirst().orElse("none reached"));
        });
        r.oamt().ifPresent(o -> {
            out.println();
            out.println("OAMT, " + o.settings().period() + " (" + number(o.rows()) + " episodes"
                    + r.episodesFromDoses().map(e -> " built from the doses: a gap of more than " + e.maxGapDays()
                            + " days without a dose ends one; doses outside " + e.windowStart() + " to "
                            + e.windowEnd() + " ignored: " + number(e.dosesOutsideWindow())).orElse("") + ")");
            r.episodesFromDoses().filter(e -> !e.sitesNotInTable().isEmpty()).ifPresent(e -> out.println(
                    "  sites of doses not in the site table, their episodes' area unknown: "
                            + String.join(", ", e.sitesNotInTable())));
            breakdown(out, "PRV.11 people on OAMT on " + o.settings().census(), o.onTreatmentAtCensus());
            out.println("    by drug: " + join(o.byDrugAtCensus()));
            out.println(String.format(Locale.ROOT, "  PRV.12 person-years on OAMT in %s: %.1f", o.settings().period(),
                    o.personYears()));
            breakdown(out, "days on OAMT behind PRV.12 (a day once a person, at one place)", o.daysOnTreatment());
            for (int months : new int[] {6, 12}) {
                for (RetentionRule rule : RetentionRule.values()) {
                    Retention t = o.retention(months, rule);
                    out.println("  PRV.13 retained " + months + " months after their start (starters "
                            + o.settings().recruitmentStart() + " to " + o.settings().recruitmentEnd() + ", "
                            + (rule == RetentionRule.CONTINUOUS ? "without a break" : "on OAMT on the date") + "): "
                            + number(t.retained().total()) + " of " + number(t.cohort().total())
                            + t.share().map(p -> " = " + percent(p)).orElse("") + (t.notYetDue() > 0
                                    ? "; " + number(t.notYetDue()) + " not yet due" : ""));
                }
            }
        });
        r.doses().ifPresent(d -> {
            out.println();
            out.println("OAMT doses, " + d.period());
            breakdown(out, "PRV.14 people on a maintenance dose", d.onMaintenance());
            breakdown(out, "PRV.14 of them at the minimum dose or more (methadone 60 mg, buprenorphine 8 mg)",
                    d.adequate());
            out.println("  share: " + d.share().map(RecordIndicators::percent).orElse("nobody on a maintenance dose")
                    + "; latest dose by phase: " + join(d.latestByPhase()) + "; other drugs (no minimum): "
                    + number(d.maintenanceWithoutMinimum()));
        });
        r.hygiene().ifPresent(h -> {
            out.println();
            out.println("UIC hygiene: " + h);
            h.pairs().stream().limit(20).forEach(p -> out.println("  " + p.first() + " ~ " + p.second() + " ("
                    + p.gender().name().toLowerCase(Locale.ROOT) + ", born " + p.birthYear() + ")"));
            if (h.pairs().size() > 20) {
                out.println("  … and " + (h.pairs().size() - 20) + " more");
            }
        });
    }

    private static void breakdown(PrintStream out, String title, Breakdown b) {
        out.println("  " + title + ": " + number(b.total()));
        out.println("    by gender: " + join(b.byGender()));
        for (AgeScheme s : b.ageSchemes()) {
            Map<AgeBand, Long> bands = b.byAgeBand(s);
            out.println("    by age (" + s.name() + "): " + join(bands)
                    + (b.ageNotInBand(s) > 0 ? ", no age " + number(b.ageNotInBand(s)) : ""));
        }
        out.println("    by provider type: " + join(b.byProviderType())
                + (b.providerTypeUnknown() > 0 ? ", not known " + number(b.providerTypeUnknown()) : ""));
        out.println("    by setting: " + join(b.bySetting())
                + (b.settingUnknown() > 0 ? ", site not in the site table " + number(b.settingUnknown()) : ""));
        out.println("    by area: " + join(b.byArea())
                + (b.areaUnknown() > 0 ? ", not known " + number(b.areaUnknown()) : ""));
        if (b.isDistinctClients() && b.clientsInMoreThanOneArea() > 0) {
            out.println("      " + number(b.clientsInMoreThanOneArea()) + " people in more than one area, so the "
                    + "areas add up to more than the total; shared: " + join(b.areaOverlaps()));
        }
        out.println("    by site: " + join(b.bySite()));
        if (b.isDistinctClients() && b.clientsInMoreThanOneSite() > 0) {
            out.println("      " + number(b.clientsInMoreThanOneSite()) + " people at more than one site");
        }
    }

    private static String join(Map<?, Long> m) {
        if (m.isEmpty()) {
            return "none";
        }
        StringJoiner j = new StringJoiner(", ");
        m.forEach((k, v) -> j.add((k instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT).replace('_', '-')
                : k.toString()) + " " + number(v)));
        return j.toString();
    }

    private static String percent(io.github.hrindicators.core.Proportion p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p.doubleValue());
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
