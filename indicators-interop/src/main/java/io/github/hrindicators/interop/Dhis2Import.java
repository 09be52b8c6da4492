package io.github.hrindicators.interop;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.reconcile.ReportedValue;
import io.github.hrindicators.interop.Mapping.Codes;
import io.github.hrindicators.interop.Mapping.Part;
import io.github.hrindicators.interop.Mapping.Target;
import io.github.hrindicators.interop.MappingRule.IndicatorSubject;
import io.github.hrindicators.interop.MappingRule.MeasureSubject;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import io.github.hrindicators.io.Problem.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads DHIS2 data values back as figures, through a {@link Mapping} in reverse: a dataValueSets JSON payload (the
 * body of {@code GET} or {@code POST /api/dataValueSets}, period, org unit and attribute option combo given on each
 * value or once for the set) or an analytics API response ({@code /api/analytics}: {@code headers} naming {@code dx},
 * {@code pe}, {@code ou} and {@code value}, optionally {@code co} and {@code ao}; a {@code dx} of the form
 * {@code dataElement.categoryOptionCombo} names both).
 *
 * <p>A value whose codes belong to a measure's rule becomes a figure of that measure, area and subgroup, with the
 * measure's kind (a count must be a whole number; proportions are read in percent); its bound data values become its
 * interval, with the method of the comment's {@code [interval METHOD LEVEL]} tag that {@link Dhis2Export} writes, or
 * "published range (meaning not stated)" without one. A value of an indicator's rule becomes a {@link ReportedValue}
 * for reconciliation, when it is one the library can hold (a whole year, the total, not a negative number of people);
 * otherwise it is listed in {@link Imported#skipped()} with the reason. Every figure's source names the DHIS2
 * instance, the data set and the period.
 *
 * <p>Nothing is half-imported: any problem (a value with no rule, not a number, a count that is not whole, a bound
 * without its value or without the other bound, a period DHIS2 figures cannot hold, the same codes twice) refuses
 * the whole payload with every problem located by its JSON field path. Values marked {@code "deleted": true} are not
 * figures; they are listed in {@link Imported#skipped()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dhis2Import {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Mapping mapping;
    private final Catalogue catalogue;
    private final String instance;

    /**
     * What an import gives.
     *
     * @param figures the figures of measure rules
     * @param reported the reported values of indicator rules
     * @param skipped the values not imported, with the reason (deleted values; indicator values that are no reported
     *     value, such as a subgroup's or a negative estimate; bounds of reported values)
     */
    public record Imported(Dataset figures, List<ReportedValue> reported, List<Unmapped> skipped) {
        /**
         * Checks and copies the components.
         *
         * @param figures as in the record description
         * @param reported as in the record description
         * @param skipped as in the record description
         * @throws NullPointerException if a component is null
         */
        public Imported {
            Objects.requireNonNull(figures, "figures");
            reported = List.copyOf(reported);
            skipped = List.copyOf(skipped);
        }
    }

    private Dhis2Import(Mapping mapping, Catalogue catalogue, String instance) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        if (Objects.requireNonNull(instance, "instance").isBlank()) {
            throw new IllegalArgumentException("The DHIS2 instance's name or address is blank");
        }
        this.instance = instance.strip();
    }

    /**
     * An importer.
     *
     * @param mapping the mapping whose rules are read in reverse
     * @param catalogue the catalogue of the indicators that reported values name (for their units)
     * @param instance the DHIS2 instance's name or address, as figures' sources will give it
     * @return the importer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the instance is blank
     */
    public static Dhis2Import of(Mapping mapping, Catalogue catalogue, String instance) {
        return new Dhis2Import(mapping, catalogue, instance);
    }

    /**
     * Reads a payload file (UTF-8 JSON).
     *
     * @param file the file
     * @return the figures and reported values
     * @throws DataFileException if the file cannot be read or has problems; nothing is imported then
     */
    public Imported read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(name, List.of(Problem.ofFile(Kind.UNREADABLE, name,
                    "There is no such file: " + file.toAbsolutePath())), 0);
        } catch (IOException e) {
            throw new DataFileException(name, List.of(Problem.ofFile(Kind.UNREADABLE, name,
                    "The file cannot be read: " + Messages.reason(e))), 0);
        }
        return read(CsvText.decode(bytes, name), name);
    }

    /**
     * Reads a payload from text.
     *
     * @param json the payload
     * @param name the name used in problems, such as the file name or the request
     * @return the figures and reported values
     * @throws DataFileException if the payload has problems; nothing is imported then
     */
    public Imported read(String json, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            long line = at == null ? 0 : Math.max(0, at.getLineNr());
            long col = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw new DataFileException(name, List.of(new Problem(Kind.SYNTAX, name, line, col, "", "",
                    "is not valid JSON here: a bracket, brace, comma or quote is missing or out of place")), 0);
        }
        return new Run(name).run(root);
    }

    private final class Run {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Unmapped> skipped = new ArrayList<>();
        private final Map<List<Object>, Map<Part, Found>> found = new LinkedHashMap<>();

        private record Found(String path, BigDecimal number, String text, String comment, String dataSet) {
        }

        Run(String file) {
            this.file = file;
        }

        private void problem(Kind kind, String path, String text, String message) {
            problems.add(new Problem(kind, file, 0, 0, path, text, message));
        }

        Imported run(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new DataFileException(file, List.of(Problem.ofFile(Kind.LAYOUT, file, "The payload is not a "
                        + "JSON object with dataValues (dataValueSets) or headers and rows (analytics)")), 0);
            }
            if (root.has("dataValues")) {
                dataValueSets(root);
            } else if (root.has("headers") && root.has("rows")) {
                analytics(root);
            } else {
                throw new DataFileException(file, List.of(Problem.ofFile(Kind.LAYOUT, file, "The payload has "
                        + "neither dataValues (a dataValueSets payload) nor headers and rows (an analytics "
                        + "response)")), 0);
            }
            List<Observation> figures = new ArrayList<>();
            List<ReportedValue> reported = new ArrayList<>();
            for (Map.Entry<List<Object>, Map<Part, Found>> e : found.entrySet()) {
                MappingRule rule = (MappingRule) e.getKey().get(0);
                ReferencePeriod period = (ReferencePeriod) e.getKey().get(1);
                build(rule, period, e.getValue(), figures, reported);
            }
            if (!problems.isEmpty()) {
                int n = Math.min(problems.size(), DataFileException.MAX_PROBLEMS);
                throw new DataFileException(file, problems.subList(0, n), problems.size() - n);
            }
            return new Imported(Dataset.of(figures), reported, skipped);
        }

        private String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? "" : v.isValueNode() ? v.asString().strip() : "";
        }

        private void dataValueSets(JsonNode root) {
            JsonNode list = root.get("dataValues");
            if (!list.isArray()) {
                problem(Kind.LAYOUT, "dataValues", "", "is not a list of data values");
                return;
            }
            String dataSet = text(root, "dataSet");
            for (int i = 0; i < list.size(); i++) {
                JsonNode v = list.get(i);
                String path = "dataValues[" + i + "]";
                if (!v.isObject()) {
                    problem(Kind.LAYOUT, path, "", "is not a data value object");
                    continue;
                }
                String pe = or(text(v, "period"), text(root, "period"));
                String ou = or(text(v, "orgUnit"), text(root, "orgUnit"));
                String aoc = or(text(v, "attributeOptionCombo"), text(root, "attributeOptionCombo"));
                String de = text(v, "dataElement");
                boolean missing = false;
                for (String[] f : new String[][] {{"dataElement", de}, {"period", pe}, {"orgUnit", ou}}) {
                    if (f[1].isEmpty()) {
                        problem(Kind.LAYOUT, path + "." + f[0], "", "is missing; every data value has a data "
                                + "element, a period and an org unit (on the value or on the data value set)");
                        missing = true;
                    }
                }
                if (missing) {
                    continue;
                }
                JsonNode deleted = v.get("deleted");
                if (deleted != null && deleted.asBoolean(false)) {
                    skipped.add(new Unmapped(path + " (" + de + ", " + ou + ", " + pe + ")", "marked deleted"));
                    continue;
                }
                value(path, new Codes(de, text(v, "categoryOptionCombo"), aoc, ou), pe, v.get("value"),
                        text(v, "comment"), dataSet);
            }
        }

        private void analytics(JsonNode root) {
            JsonNode headers = root.get("headers");
            Map<String, Integer> at = new LinkedHashMap<>();
            for (int i = 0; headers.isArray() && i < headers.size(); i++) {
                at.putIfAbsent(text(headers.get(i), "name"), i);
            }
            for (String h : List.of("dx", "pe", "ou", "value")) {
                if (!at.containsKey(h)) {
                    problem(Kind.LAYOUT, "headers", "", "has no header named " + h + "; an analytics response "
                            + "needs dx, pe, ou and value");
                }
            }
            JsonNode rows = root.get("rows");
            if (!problems.isEmpty() || !rows.isArray()) {
                if (problems.isEmpty()) {
                    problem(Kind.LAYOUT, "rows", "", "is not a list of rows");
                }
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                JsonNode r = rows.get(i);
                String path = "rows[" + i + "]";
                if (!r.isArray() || r.size() < at.size()) {
                    problem(Kind.LAYOUT, path, "", "has fewer cells than headers");
                    continue;
                }
                String dx = r.get(at.get("dx")).asString().strip();
                int dot = dx.indexOf('.');
                String de = dot < 0 ? dx : dx.substring(0, dot);
                String coc = dot < 0 ? cell(r, at, "co") : dx.substring(dot + 1);
                value(path + "[" + at.get("value") + "]", new Codes(de, coc, cell(r, at, "ao"),
                        r.get(at.get("ou")).asString().strip()), r.get(at.get("pe")).asString().strip(),
                        r.get(at.get("value")), "", "analytics");
            }
        }

        private String cell(JsonNode row, Map<String, Integer> at, String header) {
            Integer i = at.get(header);
            return i == null ? "" : row.get(i).asString().strip();
        }

        private String or(String a, String b) {
            return a.isEmpty() ? b : a;
        }

        private void value(String path, Codes codes, String pe, JsonNode value, String comment, String dataSet) {
            Optional<Target> t = mapping.find(codes);
            if (t.isEmpty()) {
                problem(Kind.VALUE, path + ".dataElement", codes.dataElement(), "has no rule in the mapping for "
                        + "category option combo '" + codes.categoryOptionCombo() + "', attribute option combo '"
                        + codes.attributeOptionCombo() + "' and org unit " + codes.orgUnit()
                        + "; add a rule or leave the value out");
                return;
            }
            ReferencePeriod period;
            try {
                period = Dhis2Period.parse(pe);
            } catch (IllegalArgumentException e) {
                problem(Kind.VALUE, path + ".period", pe, e.getMessage());
                return;
            }
            String text = value == null || value.isNull() || !value.isValueNode() ? "" : value.asString().strip();
            BigDecimal number;
            try {
                // a DHIS2 BOOLEAN data element writes true or false: 1 and 0, as a yes/no figure reads them
                number = text.equals("true") ? BigDecimal.ONE : text.equals("false") ? BigDecimal.ZERO
                        : new BigDecimal(text);
            } catch (NumberFormatException e) {
                problem(Kind.VALUE, path + ".value", text, text.isEmpty() ? "is empty; a value is a number"
                        : "is not a number; a value is a decimal number such as 1505 or 6.02");
                return;
            }
            Map<Part, Found> parts = found.computeIfAbsent(List.of(t.get().rule(), period),
                    k -> new EnumMap<>(Part.class));
            Found before = parts.putIfAbsent(t.get().part(), new Found(path, number, text, comment, dataSet));
            if (before != null) {
                problem(Kind.DUPLICATE, path, codes.dataElement(), "gives data element " + codes.dataElement()
                        + " for org unit " + codes.orgUnit() + " and period " + pe + " a second time (first at "
                        + before.path() + ")");
            }
        }

        private void build(MappingRule rule, ReferencePeriod period, Map<Part, Found> parts, List<Observation> out,
                List<ReportedValue> reported) {
            Found v = parts.get(Part.VALUE);
            Found low = parts.get(Part.LOW);
            Found high = parts.get(Part.HIGH);
            if (v == null) {
                Found any = low != null ? low : high;
                problem(Kind.LAYOUT, any.path(), any.text(), "is a bound of " + rule.dataElement() + " for period "
                        + Dhis2Period.of(period).orElse("") + ", whose value is not in the payload");
                return;
            }
            if ((low == null) != (high == null)) {
                problem(Kind.LAYOUT, (low != null ? low : high).path(), "", "is one bound of " + rule.dataElement()
                        + "; the payload lacks the other (" + (low == null ? rule.lowDataElement()
                        : rule.highDataElement()).orElse("") + ")");
                return;
            }
            Source source = Source.of("DHIS2 " + instance + (v.dataSet().isEmpty() ? "" : v.dataSet()
                    .equals("analytics") ? ", analytics" : ", data set " + v.dataSet()) + ", period "
                    + Dhis2Period.of(period).orElse("") + ", data element " + rule.dataElement());
            Area area = Area.of(rule.area());
            if (rule.subject() instanceof IndicatorSubject s) {
                reported(rule, s, period, v, low, area, source, reported);
                return;
            }
            Measure m = ((MeasureSubject) rule.subject()).measure();
            try {
                Quantity q = quantity(m, v, low, high);
                out.add(Observation.of(m, q, period, area, source).withSubgroup(rule.subgroup()));
            } catch (IllegalArgumentException e) {
                problem(Kind.VALUE, v.path() + ".value", v.text(), "is not a valid " + m.code() + ": "
                        + e.getMessage());
            }
        }

        private void reported(MappingRule rule, IndicatorSubject s, ReferencePeriod period, Found v, Found low,
                Area area, Source source, List<ReportedValue> reported) {
            String what = v.path() + " (" + s.indicator() + " " + v.text() + ", " + area.name() + ", "
                    + Dhis2Period.of(period).orElse("") + ")";
            if (period.kind() != ReferencePeriod.Kind.YEAR || !rule.subgroup().isTotal()) {
                skipped.add(new Unmapped(what, "a reported indicator value is held for a whole year and the total; "
                        + "this one is for " + (rule.subgroup().isTotal() ? "a period shorter than a year"
                        : "the subgroup " + rule.subgroup())));
                return;
            }
            try {
                reported.add(ReportedValue.parse(s.indicator(), catalogue.get(s.indicator()).definition().unit(),
                        v.text(), period.startYear(), area, source, s.variant().map(x -> "variant " + x).orElse("")));
            } catch (IllegalArgumentException e) {
                skipped.add(new Unmapped(what, "not a reported value the library can hold: " + e.getMessage()));
                return;
            }
            if (low != null) {
                skipped.add(new Unmapped("the bounds of " + rule.dataElement() + " for " + period, "a reported "
                        + "value is a published point; its interval is not kept"));
            }
        }

        private Quantity quantity(Measure m, Found v, Found low, Found high) {
            Optional<Interval> interval = Optional.empty();
            if (low != null) {
                boolean percent = m.kind() == io.github.hrindicators.core.QuantityKind.PROPORTION;
                double lo = percent ? Numbers.fractionOfPercent(low.number()) : low.number().doubleValue();
                double hi = percent ? Numbers.fractionOfPercent(high.number()) : high.number().doubleValue();
                interval = Optional.of(interval(lo, hi, v.comment()));
            }
            switch (m.kind()) {
                case COUNT:
                    if (interval.isPresent()) {
                        throw new IllegalArgumentException("a count carries no interval, but bounds are given");
                    }
                    try {
                        return Count.of(v.number().longValueExact());
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException("a count is a whole number");
                    }
                case PROPORTION:
                    double f = Numbers.fractionOfPercent(v.number());
                    return interval.isPresent() ? Proportion.ofFraction(f, interval.get()) : Proportion.ofFraction(f);
                case RATE:
                    if (interval.isPresent()) {
                        throw new IllegalArgumentException("a rate carries no interval, but bounds are given");
                    }
                    return Rate.perPersonPerYear(v.number().doubleValue());
                case YES_NO:
                    if (interval.isPresent() || v.number().compareTo(BigDecimal.ONE) > 0
                            || v.number().signum() < 0 || v.number().stripTrailingZeros().scale() > 0) {
                        throw new IllegalArgumentException("a yes/no figure is true or false (1 or 0), without "
                                + "bounds");
                    }
                    return io.github.hrindicators.core.YesNo.of(v.number().signum() == 1);
                default:
                    double p = v.number().doubleValue();
                    return interval.isPresent() ? Estimate.of(p, interval.get()) : Estimate.of(p);
            }
        }

        private Interval interval(double lo, double hi, String comment) {
            Optional<Matcher> tag = Dhis2Export.intervalTag(comment);
            IntervalMethod method = tag.flatMap(t -> IntervalMethod.fromCode(t.group(1)))
                    .orElse(IntervalMethod.PUBLISHED_UNSPECIFIED);
            if (tag.isPresent() && tag.get().group(2) != null) {
                return Interval.of(lo, hi, method, Double.parseDouble(tag.get().group(2)));
            }
            return Interval.of(lo, hi, method);
        }
    }
}
