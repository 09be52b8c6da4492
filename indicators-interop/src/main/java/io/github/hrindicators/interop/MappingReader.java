package io.github.hrindicators.interop;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.interop.MappingRule.IndicatorSubject;
import io.github.hrindicators.interop.MappingRule.MeasureSubject;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import io.github.hrindicators.io.Problem.Kind;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a mapping file (CSV) into a {@link Mapping}, collecting every problem with its line, column and field. */
final class MappingReader {
    /** The columns of a mapping file, in the documented order. */
    static final List<String> COLUMNS = List.of("indicator", "variant", "measure", "area", "setting", "gender",
            "age_band", "provider_type", "data_element", "category_option_combo", "attribute_option_combo",
            "org_unit", "low_data_element", "high_data_element", "adx_attributes");
    private static final List<String> REQUIRED = List.of("area", "data_element", "org_unit");
    private static final Pattern ADX_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final List<String> ADX_RESERVED = List.of("dataElement", "value");

    private final String file;
    private final Catalogue catalogue;
    private final List<Problem> problems = new ArrayList<>();
    private Map<String, Integer> header = Map.of();
    private List<String> row = List.of();
    private long line;

    private MappingReader(String file, Catalogue catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    static Mapping read(Path path, Catalogue catalogue) {
        String name = path.toString();
        String text;
        try {
            text = CsvText.decode(Files.readAllBytes(path), name);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, List.of(Problem.ofFile(Kind.UNREADABLE, name,
                    "There is no such file: " + path.toAbsolutePath())), 0);
        } catch (IOException e) {
            throw new DataFileException(name, List.of(Problem.ofFile(Kind.UNREADABLE, name,
                    "The file cannot be read: " + Messages.reason(e))), 0);
        }
        return new MappingReader(name, catalogue).parse(text);
    }

    static Mapping read(Reader in, String name, Catalogue catalogue) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            b.append(buf, 0, n);
        }
        String text = b.length() > 0 && b.charAt(0) == '\uFEFF' ? b.substring(1) : b.toString();
        return new MappingReader(name, catalogue).parse(text);
    }

    private Mapping parse(String text) {
        List<CsvText.Row> rows;
        try {
            rows = CsvText.rows(text, ',');
        } catch (CsvText.BadQuote e) {
            throw new DataFileException(file, List.of(new Problem(Kind.SYNTAX, file, e.line(), e.column(), "", "",
                    e.getMessage())), 0);
        }
        if (rows.isEmpty()) {
            throw fail(Problem.ofFile(Kind.LAYOUT, file, "The file is empty; the first line must name the columns: "
                    + String.join(",", COLUMNS)));
        }
        readHeader(rows.get(0));
        if (!problems.isEmpty()) {
            throw new DataFileException(file, problems, 0);
        }
        List<MappingRule> rules = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvText.Row r : rows.subList(1, rows.size())) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            row = r.fields();
            line = r.line();
            if (row.size() > header.size()) {
                problem(Kind.LAYOUT, header.size() + 1, "", row.get(header.size()), "has " + row.size()
                        + " fields where the first line names " + header.size() + " columns");
                continue;
            }
            rule().ifPresent(x -> {
                rules.add(x);
                lines.add(line);
            });
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(Kind.LAYOUT, file, "The file has no mapping rules, only its first line"));
        }
        checkUnique(rules, lines);
        if (!problems.isEmpty()) {
            throw new DataFileException(file, problems.subList(0, Math.min(problems.size(),
                    DataFileException.MAX_PROBLEMS)), Math.max(0, problems.size() - DataFileException.MAX_PROBLEMS));
        }
        return Mapping.of(rules);
    }

    private DataFileException fail(Problem p) {
        return new DataFileException(file, List.of(p), 0);
    }

    private void readHeader(CsvText.Row first) {
        Map<String, Integer> h = new LinkedHashMap<>();
        line = first.line();
        row = first.fields();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problem(Kind.LAYOUT, i + 1, "", row.get(i), "is not a column of a mapping file; the columns are "
                        + String.join(", ", COLUMNS));
            } else if (h.putIfAbsent(name, i) != null) {
                problem(Kind.LAYOUT, i + 1, "", row.get(i), "names a column a second time");
            }
        }
        for (String r : REQUIRED) {
            if (!h.containsKey(r)) {
                problems.add(new Problem(Kind.LAYOUT, file, line, 0, r, "", "The column " + r + " is missing; every "
                        + "mapping file has the columns " + String.join(", ", REQUIRED)));
            }
        }
        if (!h.containsKey("indicator") && !h.containsKey("measure")) {
            problems.add(new Problem(Kind.LAYOUT, file, line, 0, "indicator", "", "The file needs an indicator "
                    + "column, a measure column or both: each rule maps an indicator's results or a measure's figures"));
        }
        header = h;
    }

    private String text(String column) {
        Integer i = header.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private Optional<String> optional(String column) {
        String t = text(column);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private long column(String name) {
        Integer i = header.get(name);
        return i == null ? 0 : i + 1;
    }

    private void problem(Kind kind, long col, String field, String value, String message) {
        problems.add(new Problem(kind, file, line, col, field, value, message));
    }

    private void bad(String field, String message) {
        problem(Kind.VALUE, column(field), field, text(field), message);
    }

    private Optional<MappingRule> rule() {
        int before = problems.size();
        Optional<MappingRule.Subject> subject = subject();
        Subgroup subgroup = subgroup();
        for (String c : REQUIRED) {
            if (text(c).isEmpty()) {
                bad(c, "is empty; every rule gives its " + c.replace('_', ' '));
            }
        }
        Optional<String> low = optional("low_data_element");
        Optional<String> high = optional("high_data_element");
        if (low.isPresent() != high.isPresent()) {
            bad(low.isPresent() ? "high_data_element" : "low_data_element", "is empty while the other bound has a "
                    + "data element; give the data elements of both bounds, or of neither");
        }
        Map<String, String> adx = adx();
        if (problems.size() > before || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MappingRule(subject.get(), text("area"), subgroup, text("data_element"),
                optional("category_option_combo"), optional("attribute_option_combo"), text("org_unit"), low, high,
                adx));
    }

    private Optional<MappingRule.Subject> subject() {
        String indicator = text("indicator");
        String measure = text("measure");
        if (indicator.isEmpty() == measure.isEmpty()) {
            bad(indicator.isEmpty() ? "indicator" : "measure", indicator.isEmpty()
                    ? "is empty, and so is measure; give an indicator id or a measure code"
                    : "is given together with measure '" + measure + "'; a rule maps an indicator or a measure, "
                    + "not both");
            return Optional.empty();
        }
        if (!indicator.isEmpty()) {
            if (catalogue.find(indicator).isEmpty()) {
                bad("indicator", "is not an indicator of the catalogue; its indicators are "
                        + catalogue.indicators().stream().map(i -> i.id()).collect(Collectors.joining(", ")));
                return Optional.empty();
            }
            return Optional.of(new IndicatorSubject(indicator, optional("variant")));
        }
        if (!text("variant").isEmpty()) {
            bad("variant", "is given for a measure; variants belong to indicators");
            return Optional.empty();
        }
        Optional<Measure> m = Measure.fromCode(measure);
        if (m.isEmpty()) {
            bad("measure", "is not a measure of the vocabulary (the list is in the io README, or run: hri measures)");
            return Optional.empty();
        }
        return Optional.of(new MeasureSubject(m.get()));
    }

    private Subgroup subgroup() {
        Subgroup s = Subgroup.TOTAL;
        Optional<Setting> setting = constant("setting", Setting.class);
        if (setting.isPresent()) {
            s = s.withSetting(setting.get());
        }
        Optional<Gender> gender = constant("gender", Gender.class);
        if (gender.isPresent()) {
            s = s.withGender(gender.get());
        }
        Optional<ProviderType> provider = constant("provider_type", ProviderType.class);
        if (provider.isPresent()) {
            s = s.withProviderType(provider.get());
        }
        if (!text("age_band").isEmpty()) {
            try {
                s = s.withAgeBand(AgeBand.parse(text("age_band")));
            } catch (IllegalArgumentException e) {
                bad("age_band", "is not an age band such as 15-24, 50+ or <15: " + e.getMessage());
            }
        }
        return s;
    }

    private <E extends Enum<E>> Optional<E> constant(String column, Class<E> type) {
        String t = text(column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return Optional.of(e);
            }
        }
        bad(column, "is not a known " + column.replace('_', ' ') + "; expected one of " + Arrays.stream(
                type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    private Map<String, String> adx() {
        String t = text("adx_attributes");
        Map<String, String> m = new LinkedHashMap<>();
        if (t.isEmpty()) {
            return m;
        }
        for (String pair : t.split(";", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (eq < 0 || value.isEmpty() || value.contains("=") || !ADX_NAME.matcher(name).matches()) {
                bad("adx_attributes", "has '" + pair.strip() + "' where a pair such as SEX=F is expected (pairs "
                        + "separated by ';', names of letters, digits, '_', '.' or '-')");
            } else if (ADX_RESERVED.contains(name)) {
                bad("adx_attributes", "names the attribute " + name + ", which ADX reserves for the data value");
            } else if (m.putIfAbsent(name, value) != null) {
                bad("adx_attributes", "names the attribute " + name + " twice");
            }
        }
        return m;
    }

    private void checkUnique(List<MappingRule> rules, List<Long> lines) {
        Map<Object, Long> subjects = new LinkedHashMap<>();
        Map<Mapping.Codes, Long> codes = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            MappingRule r = rules.get(i);
            long at = lines.get(i);
            Long first = subjects.putIfAbsent(List.of(r.subject(), r.area(), r.subgroup()), at);
            if (first != null) {
                problems.add(new Problem(Kind.DUPLICATE, file, at, 0, "", "", "Maps the same "
                        + Mapping.describe(r) + " as line " + first + "; keep one rule"));
            }
            List<String> elements = new ArrayList<>(List.of(r.dataElement()));
            r.lowDataElement().ifPresent(elements::add);
            r.highDataElement().ifPresent(elements::add);
            for (String d : elements) {
                Long other = codes.putIfAbsent(Mapping.codes(r, d), at);
                if (other != null) {
                    problems.add(new Problem(Kind.DUPLICATE, file, at, column("data_element"), "data_element", d,
                            (other == at ? "is used twice in this rule" : "is used with the same option combos and "
                                    + "org unit on line " + other) + "; each value needs its own receiving codes"));
                }
            }
        }
    }
}
