package io.github.hrindicators.interop;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Indicator results and figures as DHIS2 data values, through a {@link Mapping}, written as a dataValueSets JSON
 * payload, as DHIS2's data value CSV or as ADX XML.
 *
 * <p>Each mapped result or figure gives one data value: counts as whole numbers, proportions <em>in percent</em>
 * (DHIS2's percentage value type), rates and estimates in their unit. When its rule names bound data elements and it
 * has an interval (a result's first interval, or a figure's published range), the bounds are two more data values.
 * The comment of every value says what it is, and ends with a tag {@code [interval METHOD LEVEL]} when bounds go with
 * it, so that {@link Dhis2Import} reads the interval's method back. Nothing is dropped silently: a result or figure
 * without a rule, not computed, over a span of years (DHIS2 has no such period), or whose receiving codes and period
 * another value already uses, is listed in {@link #unmapped()} with the reason.
 *
 * <p>Sources of the formats: DHIS2 Developer manual, Web API, "Data values" (dataValueSets JSON, bulk form with the
 * period and org unit on each value; the CSV data value format and its column order) and "ADX data format"; IHE QRPH
 * Technical Framework Supplement "Aggregate Data Exchange (ADX)", namespace {@code urn:ihe:qrph:adx:2015}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dhis2Export {
    /** The columns of DHIS2's data value CSV, in its documented order. */
    static final List<String> CSV_COLUMNS = List.of("dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup");
    static final String ADX_NAMESPACE = "urn:ihe:qrph:adx:2015";
    static final Pattern INTERVAL_TAG = Pattern.compile(" \\[interval ([a-z_]+)(?: ([0-9.]+))?\\]$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<DataValue> values;
    private final List<Unmapped> unmapped;

    private Dhis2Export(List<DataValue> values, List<Unmapped> unmapped) {
        this.values = List.copyOf(values);
        this.unmapped = List.copyOf(unmapped);
    }

    /**
     * Maps results and figures to data values.
     *
     * @param mapping the mapping
     * @param results the results, in the order the values are written
     * @param figures the figures, written after the results
     * @return the export
     * @throws NullPointerException if an argument or element is null
     */
    public static Dhis2Export of(Mapping mapping, Collection<IndicatorResult> results,
            Collection<Observation> figures) {
        Objects.requireNonNull(mapping, "mapping");
        Builder b = new Builder();
        for (IndicatorResult r : results) {
            b.result(mapping, r);
        }
        for (Observation o : figures) {
            b.figure(mapping, o);
        }
        return new Dhis2Export(b.values, b.unmapped);
    }

    /**
     * The data values, results first, each followed by its bounds.
     *
     * @return the values
     */
    public List<DataValue> values() {
        return values;
    }

    /**
     * The results and figures that are not exported, with the reason.
     *
     * @return the list, empty when everything was exported
     */
    public List<Unmapped> unmapped() {
        return unmapped;
    }

    private static final class Builder {
        final List<DataValue> values = new ArrayList<>();
        final List<Unmapped> unmapped = new ArrayList<>();
        final Map<List<String>, String> taken = new HashMap<>();

        void result(Mapping mapping, IndicatorResult r) {
            String what = r.definition().id() + " (" + r.variantLabel() + "), " + r.area().name() + ", " + r.period()
                    + ", " + r.subgroup();
            if (r.value().isEmpty()) {
                unmapped.add(new Unmapped(what, "not computed: " + r.reason().map(x -> x.message())
                        .orElse(r.status().toString())));
                return;
            }
            Optional<MappingRule> rule = mapping.find(r);
            if (rule.isEmpty()) {
                unmapped.add(new Unmapped(what, "no mapping rule for this indicator, area and subgroup"));
                return;
            }
            String comment = r.definition().name() + ", " + r.variantLabel() + " (" + r.definition().id() + " "
                    + r.definition().version() + ")";
            add(what, rule.get(), r.period(), r.value().get(), r.interval(),
                    r.definition().unit() == ResultUnit.PROPORTION, comment);
        }

        void figure(Mapping mapping, Observation o) {
            String what = o.measure().code() + " " + Numbers.value(o.value()) + ", " + o.area().name() + ", "
                    + o.period() + ", " + o.subgroup();
            Optional<MappingRule> rule = mapping.find(o);
            if (rule.isEmpty()) {
                unmapped.add(new Unmapped(what, "no mapping rule for this measure, area and subgroup"));
                return;
            }
            add(what, rule.get(), o.period(), o.value(), Numbers.interval(o.value()), o.value() instanceof Proportion,
                    o.measure().code() + "; source: " + o.source().citation());
        }

        private void add(String what, MappingRule rule, ReferencePeriod period, Quantity value,
                Optional<Interval> interval, boolean percent, String comment) {
            Optional<String> pe = Dhis2Period.of(period);
            if (pe.isEmpty()) {
                unmapped.add(new Unmapped(what, "the period " + period + " spans several years, and DHIS2 has no "
                        + "period for a span of years"));
                return;
            }
            List<DataValue> group = new ArrayList<>();
            String text = comment;
            if (interval.isPresent() && rule.lowDataElement().isPresent()) {
                Interval i = interval.get();
                String level = i.confidenceLevel().isPresent() ? Numbers.plain(i.confidenceLevel().getAsDouble())
                        : "";
                String words = i.method().label() + (level.isEmpty() ? "" : " " + Numbers.percent(
                        i.confidenceLevel().getAsDouble()) + " %") + " interval";
                text = comment + "; " + words + " " + Numbers.bound(i.lower(), percent) + " to "
                        + Numbers.bound(i.upper(), percent) + " [interval " + i.method().code()
                        + (level.isEmpty() ? "" : " " + level) + "]";
                group.add(value(rule, rule.lowDataElement().get(), pe.get(), Numbers.bound(i.lower(), percent),
                        "lower bound of the " + words + " of " + rule.dataElement()));
                group.add(value(rule, rule.highDataElement().get(), pe.get(), Numbers.bound(i.upper(), percent),
                        "upper bound of the " + words + " of " + rule.dataElement()));
            }
            group.add(0, value(rule, rule.dataElement(), pe.get(), Numbers.value(value), text));
            for (DataValue v : group) {
                String other = taken.get(key(v));
                if (other != null) {
                    unmapped.add(new Unmapped(what, "data element " + v.dataElement() + ", org unit " + v.orgUnit()
                            + " and period " + v.period() + " already carry " + other));
                    return;
                }
            }
            for (DataValue v : group) {
                taken.put(key(v), what);
            }
            values.addAll(group);
        }

        private static List<String> key(DataValue v) {
            Mapping.Codes c = v.codes();
            return List.of(c.dataElement(), c.categoryOptionCombo(), c.attributeOptionCombo(), c.orgUnit(),
                    v.period());
        }

        private static DataValue value(MappingRule rule, String dataElement, String period, String value,
                String comment) {
            return new DataValue(dataElement, rule.categoryOptionCombo(), rule.attributeOptionCombo(),
                    rule.orgUnit(), period, value, comment, rule.adxAttributes());
        }
    }

    /** The method and level in a comment's interval tag, if it has one. */
    static Optional<Matcher> intervalTag(String comment) {
        Matcher m = INTERVAL_TAG.matcher(comment);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /**
     * Writes the values as a DHIS2 dataValueSets JSON payload (for {@code POST /api/dataValueSets}), each value with
     * its own period and org unit (the bulk form).
     *
     * @param out where to write; not closed
     * @param dataSet the data set, if the values are to be attached to one
     * @param completeDate the date the data set is marked complete, if any
     * @throws IOException if writing fails
     */
    public void writeDataValueSets(Writer out, Optional<String> dataSet, Optional<LocalDate> completeDate)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        dataSet.ifPresent(d -> root.put("dataSet", d));
        completeDate.ifPresent(d -> root.put("completeDate", d.toString()));
        ArrayNode list = root.putArray("dataValues");
        for (DataValue v : values) {
            ObjectNode n = list.addObject();
            n.put("dataElement", v.dataElement());
            v.categoryOptionCombo().ifPresent(c -> n.put("categoryOptionCombo", c));
            v.attributeOptionCombo().ifPresent(c -> n.put("attributeOptionCombo", c));
            n.put("period", v.period());
            n.put("orgUnit", v.orgUnit());
            n.put("value", v.value());
            n.put("comment", v.comment());
        }
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.write('\n');
        out.flush();
    }

    /**
     * Writes the values in DHIS2's data value CSV: a header line, then one line per value in the documented column
     * order (data element, period, org unit, category option combo, attribute option combo, value, stored by, last
     * updated, comment, follow-up).
     *
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void writeCsv(Writer out) throws IOException {
        out.write(String.join(",", CSV_COLUMNS));
        out.write("\r\n");
        for (DataValue v : values) {
            List<String> f = List.of(v.dataElement(), v.period(), v.orgUnit(), v.categoryOptionCombo().orElse(""),
                    v.attributeOptionCombo().orElse(""), v.value(), "", "", v.comment(), "false");
            out.write(f.stream().map(Dhis2Export::csv).collect(java.util.stream.Collectors.joining(",")));
            out.write("\r\n");
        }
        out.flush();
    }

    private static String csv(String s) {
        if (s.isEmpty() || s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && s.strip().equals(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes the values as an ADX message: one {@code group} per org unit and period, each value a {@code dataValue}
     * with its data element, value, ADX disaggregation attributes and its comment as the {@code annotation}.
     *
     * @param out where to write; not closed
     * @param dataSet the data set of every group (DHIS2 requires one)
     * @param exported the time of the export
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a value has an attribute option combo (ADX names attribute categories,
     *     not combos), or two values of a group have the same data element and attributes (their category option
     *     combos differ but the mapping gives no ADX attributes to tell them apart)
     */
    public void writeAdx(Writer out, String dataSet, Instant exported) throws IOException {
        Objects.requireNonNull(dataSet, "dataSet");
        Map<List<String>, List<DataValue>> groups = new LinkedHashMap<>();
        for (DataValue v : values) {
            if (v.attributeOptionCombo().isPresent()) {
                throw new IllegalArgumentException("Data element " + v.dataElement() + " has the attribute option "
                        + "combo " + v.attributeOptionCombo().get() + "; ADX names attribute categories, not "
                        + "combos, so map it without attribute_option_combo to export ADX");
            }
            List<DataValue> g = groups.computeIfAbsent(List.of(v.orgUnit(), v.period()), k -> new ArrayList<>());
            for (DataValue w : g) {
                if (w.dataElement().equals(v.dataElement()) && w.adxAttributes().equals(v.adxAttributes())) {
                    throw new IllegalArgumentException("Data element " + v.dataElement() + " appears twice for org "
                            + "unit " + v.orgUnit() + " and period " + v.period() + " with the same ADX attributes "
                            + v.adxAttributes() + "; give each category option combo its adx_attributes");
                }
            }
            g.add(v);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("adx");
            x.writeDefaultNamespace(ADX_NAMESPACE);
            x.writeAttribute("exported", exported.truncatedTo(ChronoUnit.SECONDS).toString());
            for (Map.Entry<List<String>, List<DataValue>> g : groups.entrySet()) {
                x.writeCharacters("\n  ");
                x.writeStartElement("group");
                x.writeAttribute("orgUnit", g.getKey().get(0));
                x.writeAttribute("period", Dhis2Period.adx(Dhis2Period.parse(g.getKey().get(1))));
                x.writeAttribute("dataSet", dataSet);
                for (DataValue v : g.getValue()) {
                    x.writeCharacters("\n    ");
                    x.writeStartElement("dataValue");
                    x.writeAttribute("dataElement", v.dataElement());
                    for (Map.Entry<String, String> a : new java.util.TreeMap<>(v.adxAttributes()).entrySet()) {
                        x.writeAttribute(a.getKey(), a.getValue());
                    }
                    x.writeAttribute("value", v.value());
                    x.writeStartElement("annotation");
                    x.writeCharacters(v.comment());
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeCharacters("\n  ");
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Writing the ADX message failed: " + e.getMessage(), e));
        }
        out.write(text.toString());
        out.write('\n');
        out.flush();
    }
}
