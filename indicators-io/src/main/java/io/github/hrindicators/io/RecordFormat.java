package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DosePhase;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.Drug;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.Site;
import io.github.hrindicators.core.records.Uic;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One record file format: its columns (required, then optional) and how a row becomes a record. A row with any
 * problem gives no record; a record whose parts are each valid but do not fit together (an episode ending before it
 * starts) is reported on the whole row with the record's own message.
 *
 * @param <T> the record type
 */
final class RecordFormat<T> {
    /**
     * The columns of NSP contacts, required then optional, each with the rule that reads it: the one definition used
     * both by the row-by-row reading ({@link #CONTACTS}) and by {@link FastContacts}, which applies a rule once per
     * distinct text of a column. A rule gives the column's value, or empty with a problem noted in the fields; an
     * optional column that the file lacks gives its default (0, or no).
     */
    static final List<FieldRule> CONTACT_FIELDS = List.of(
            new FieldRule("uic", true, f -> f.uic("uic")),
            new FieldRule("date", true, f -> f.date("date")),
            new FieldRule("site", true, f -> f.repeated("site", "the site code")),
            new FieldRule("area", true, f -> f.area("area")),
            new FieldRule("provider_type", true, f -> f.choice("provider_type", ProviderType.class, true)),
            new FieldRule("needles_syringes", true, f -> f.count("needles_syringes", true, "needles-syringes")
                    .asOptional()),
            new FieldRule("condoms", false, f -> f.count("condoms", false, "condoms").asOptional()),
            new FieldRule("naloxone_kits", false, f -> f.count("naloxone_kits", false, "naloxone kits").asOptional()),
            new FieldRule("hiv_test", false, f -> f.yesNo("hiv_test")),
            new FieldRule("hcv_test", false, f -> f.yesNo("hcv_test")));

    static final RecordFormat<NspContact> CONTACTS = new RecordFormat<>("contacts", columns(CONTACT_FIELDS, true),
            columns(CONTACT_FIELDS, false), f -> {
                Object[] values = new Object[CONTACT_FIELDS.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = CONTACT_FIELDS.get(i).read().apply(f).orElse(null);
                }
                if (!f.problems().isEmpty()) {
                    return Optional.empty();
                }
                return build(f, () -> contact(values));
            });

    /** How one column is read. */
    record FieldRule(String column, boolean required, Function<RecordFields, Optional<?>> read) {
    }

    /** The contact of the values of {@link #CONTACT_FIELDS}, in their order. */
    static NspContact contact(Object[] v) {
        return new NspContact((Uic) v[0], (LocalDate) v[1], (String) v[2], (Area) v[3], (ProviderType) v[4],
                (Long) v[5], (Long) v[6], (Long) v[7], (Boolean) v[8], (Boolean) v[9]);
    }

    private static List<String> columns(List<FieldRule> rules, boolean required) {
        return rules.stream().filter(r -> r.required() == required).map(FieldRule::column).toList();
    }

    static final RecordFormat<OamtEpisode> EPISODES = new RecordFormat<>("OAMT episodes",
            List.of("uic", "site", "area", "drug", "start"), List.of("end", "end_reason"), f -> {
                Optional<Uic> uic = f.uic("uic");
                Optional<String> site = f.repeated("site", "the site code");
                Optional<Area> area = f.area("area");
                Optional<Drug> drug = f.choice("drug", Drug.class, true);
                Optional<LocalDate> start = f.date("start");
                Optional<LocalDate> end = f.optionalDate("end");
                Optional<String> reason = f.optional("end_reason");
                if (!f.problems().isEmpty()) {
                    return Optional.empty();
                }
                return build(f, () -> new OamtEpisode(uic.get(), site.get(), area.get(), drug.get(), start.get(), end,
                        reason));
            });

    static final RecordFormat<DoseRecord> DOSES = new RecordFormat<>("OAMT doses",
            List.of("uic", "date", "site", "drug", "dose_mg", "phase"), List.of(), f -> {
                Optional<Uic> uic = f.uic("uic");
                Optional<LocalDate> date = f.date("date");
                Optional<String> site = f.repeated("site", "the site code");
                Optional<Drug> drug = f.choice("drug", Drug.class, true);
                Optional<Double> mg = f.decimal("dose_mg", "the daily dose in milligrams");
                Optional<DosePhase> phase = f.choice("phase", DosePhase.class, true);
                if (!f.problems().isEmpty()) {
                    return Optional.empty();
                }
                return build(f, () -> new DoseRecord(uic.get(), date.get(), site.get(), drug.get(), mg.get(),
                        phase.get()));
            });

    static final RecordFormat<Client> CLIENTS = new RecordFormat<>("clients", List.of("uic", "gender"),
            List.of("birth_year", "birth_date", "key_population", "area"), f -> {
                Optional<Uic> uic = f.uic("uic");
                Optional<Gender> gender = f.choice("gender", Gender.class, true);
                OptionalInt year = f.year("birth_year");
                Optional<LocalDate> born = f.optionalDate("birth_date");
                Optional<String> kp = f.optional("key_population");
                Optional<Area> area = f.optional("area").map(f::areaNamed);
                if (!f.problems().isEmpty()) {
                    return Optional.empty();
                }
                return build(f, () -> new Client(uic.get(), gender.get(), year, born, kp, area));
            });

    static final RecordFormat<Site> SITES = new RecordFormat<>("sites",
            List.of("site", "name", "area", "provider_type", "setting"), List.of(), f -> {
                Optional<String> code = f.repeated("site", "the site code");
                Optional<String> name = f.required("name", "the site's name");
                Optional<Area> area = f.area("area");
                Optional<ProviderType> type = f.choice("provider_type", ProviderType.class, true);
                Optional<Setting> setting = f.choice("setting", Setting.class, true);
                if (!f.problems().isEmpty()) {
                    return Optional.empty();
                }
                return build(f, () -> new Site(code.get(), name.get(), area.get(), type.get(), setting.get()));
            });

    private final String what;
    private final List<String> required;
    private final List<String> optional;
    private final Function<RecordFields, Optional<T>> parse;

    private RecordFormat(String what, List<String> required, List<String> optional,
            Function<RecordFields, Optional<T>> parse) {
        this.what = what;
        this.required = required;
        this.optional = optional;
        this.parse = parse;
    }

    private static <T> Optional<T> build(RecordFields f, java.util.function.Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            f.rowProblem(Problem.Kind.VALUE, "does not make a valid record: " + e.getMessage());
            return Optional.empty();
        }
    }

    String what() {
        return what;
    }

    List<String> required() {
        return required;
    }

    List<String> optional() {
        return optional;
    }

    Optional<T> parse(RecordFields fields) {
        return parse.apply(fields);
    }
}
