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
 * One record file format: its columns, each with the rule that reads it (required columns first), and how the
 * columns' values make a record. A rule gives its column's value and notes any problem in the row's fields; a row
 * with any problem gives no record; a record whose parts are each valid but do not fit together (an episode ending
 * before it starts) is reported on the whole row with the record's own message. The rules are the one definition of
 * a format, used both by the row-by-row reading and by {@link FastRecords}, which applies a rule once per distinct
 * text of its column.
 *
 * @param <T> the record type
 */
final class RecordFormat<T> {
    static final RecordFormat<NspContact> CONTACTS = new RecordFormat<>("contacts", List.of(
            required("uic", f -> f.uic("uic").orElse(null)),
            required("date", f -> f.date("date").orElse(null)),
            required("site", f -> f.repeated("site", "the site code").orElse(null)),
            required("area", f -> f.area("area").orElse(null)),
            required("provider_type", f -> f.choice("provider_type", ProviderType.class, true).orElse(null)),
            required("needles_syringes", f -> f.count("needles_syringes", true, "needles-syringes").value()),
            optional("condoms", f -> f.count("condoms", false, "condoms").value()),
            optional("naloxone_kits", f -> f.count("naloxone_kits", false, "naloxone kits").value()),
            optional("hiv_test", f -> f.yesNo("hiv_test").orElse(null)),
            optional("hcv_test", f -> f.yesNo("hcv_test").orElse(null))),
            v -> new NspContact((Uic) v[0], (LocalDate) v[1], (String) v[2], (Area) v[3], (ProviderType) v[4],
                    (Long) v[5], (Long) v[6], (Long) v[7], (Boolean) v[8], (Boolean) v[9]));

    @SuppressWarnings("unchecked")
    static final RecordFormat<OamtEpisode> EPISODES = new RecordFormat<>("OAMT episodes", List.of(
            required("uic", f -> f.uic("uic").orElse(null)),
            required("site", f -> f.repeated("site", "the site code").orElse(null)),
            required("area", f -> f.area("area").orElse(null)),
            required("drug", f -> f.choice("drug", Drug.class, true).orElse(null)),
            required("start", f -> f.date("start").orElse(null)),
            optional("end", f -> f.optionalDate("end")),
            optional("end_reason", f -> f.optional("end_reason"))),
            v -> new OamtEpisode((Uic) v[0], (String) v[1], (Area) v[2], (Drug) v[3], (LocalDate) v[4],
                    (Optional<LocalDate>) v[5], (Optional<String>) v[6]));

    static final RecordFormat<DoseRecord> DOSES = new RecordFormat<>("OAMT doses", List.of(
            required("uic", f -> f.uic("uic").orElse(null)),
            required("date", f -> f.date("date").orElse(null)),
            required("site", f -> f.repeated("site", "the site code").orElse(null)),
            required("drug", f -> f.choice("drug", Drug.class, true).orElse(null)),
            required("dose_mg", f -> f.decimal("dose_mg", "the daily dose in milligrams").orElse(null)),
            required("phase", f -> f.choice("phase", DosePhase.class, true).orElse(null))),
            v -> new DoseRecord((Uic) v[0], (LocalDate) v[1], (String) v[2], (Drug) v[3], (Double) v[4],
                    (DosePhase) v[5]));

    @SuppressWarnings("unchecked")
    static final RecordFormat<Client> CLIENTS = new RecordFormat<>("clients", List.of(
            required("uic", f -> f.uic("uic").orElse(null)),
            required("gender", f -> f.choice("gender", Gender.class, true).orElse(null)),
            optional("birth_year", f -> f.year("birth_year")),
            optional("birth_date", f -> f.optionalDate("birth_date")),
            optional("key_population", f -> f.optional("key_population")),
            optional("area", f -> f.optional("area").map(f::areaNamed))),
            v -> new Client((Uic) v[0], (Gender) v[1], (OptionalInt) v[2], (Optional<LocalDate>) v[3],
                    (Optional<String>) v[4], (Optional<Area>) v[5]));

    static final RecordFormat<Site> SITES = new RecordFormat<>("sites", List.of(
            required("site", f -> f.repeated("site", "the site code").orElse(null)),
            required("name", f -> f.required("name", "the site's name").orElse(null)),
            required("area", f -> f.area("area").orElse(null)),
            required("provider_type", f -> f.choice("provider_type", ProviderType.class, true).orElse(null)),
            required("setting", f -> f.choice("setting", Setting.class, true).orElse(null))),
            v -> new Site((String) v[0], (String) v[1], (Area) v[2], (ProviderType) v[3], (Setting) v[4]));

    /**
     * How one column is read: {@code read} gives the column's value from a row's fields, noting any problem there
     * (its value is then of no use); an optional column that the file lacks gives its default (0, no, empty).
     */
    record FieldRule(String column, boolean required, Function<RecordFields, Object> read) {
    }

    private final String what;
    private final List<FieldRule> fields;
    private final Function<Object[], T> make;

    private RecordFormat(String what, List<FieldRule> fields, Function<Object[], T> make) {
        this.what = what;
        this.fields = fields;
        this.make = make;
    }

    private static FieldRule required(String column, Function<RecordFields, Object> read) {
        return new FieldRule(column, true, read);
    }

    private static FieldRule optional(String column, Function<RecordFields, Object> read) {
        return new FieldRule(column, false, read);
    }

    String what() {
        return what;
    }

    /** The columns with their rules, required ones first; the values of a record are in this order. */
    List<FieldRule> fields() {
        return fields;
    }

    List<String> required() {
        return fields.stream().filter(FieldRule::required).map(FieldRule::column).toList();
    }

    List<String> optional() {
        return fields.stream().filter(r -> !r.required()).map(FieldRule::column).toList();
    }

    /** The record of a row, or empty with the row's problems noted in its fields. */
    Optional<T> parse(RecordFields f) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).read().apply(f);
        }
        if (!f.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(make(values));
        } catch (IllegalArgumentException e) {
            f.rowProblem(Problem.Kind.VALUE, "does not make a valid record: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The record of problem-free values in the order of {@link #fields()}.
     *
     * @throws IllegalArgumentException if the values do not fit together
     */
    T make(Object[] values) {
        return make.apply(values);
    }
}
