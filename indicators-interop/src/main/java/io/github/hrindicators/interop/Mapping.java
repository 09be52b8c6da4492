package io.github.hrindicators.interop;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.interop.MappingRule.IndicatorSubject;
import io.github.hrindicators.interop.MappingRule.MeasureSubject;
import io.github.hrindicators.io.DataFileException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The codes of a receiving system (DHIS2 data elements, category option combos, org units) for indicator results and
 * figures: a list of {@link MappingRule}s, read from a mapping file or built in code.
 *
 * <p>A result matches a rule for its indicator, area (name or code) and subgroup; a rule for one variant wins over a
 * rule for every variant. A figure matches a rule for its measure, area and subgroup. No two rules may match the
 * same thing, and no two rules may give the same receiving codes (data element, category option combo, attribute
 * option combo, org unit), so that every exported value can be read back to one result or figure. The file format is
 * documented in the module README.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mapping {
    private final List<MappingRule> rules;
    private final Map<Key, MappingRule> bySubject = new HashMap<>();
    private final Map<Codes, Target> byCodes = new HashMap<>();

    private record Key(Object subject, String area, Subgroup subgroup) {
    }

    /** The receiving codes of one value. */
    record Codes(String dataElement, String categoryOptionCombo, String attributeOptionCombo, String orgUnit) {
    }

    /** What a data value with given codes is: the value of a rule, or one of its bounds. */
    record Target(MappingRule rule, Part part) {
    }

    /** Which number of a rule a data element carries. */
    enum Part {
        VALUE, LOW, HIGH
    }

    private Mapping(List<MappingRule> rules) {
        this.rules = List.copyOf(rules);
        for (MappingRule r : this.rules) {
            Key key = key(r);
            MappingRule before = bySubject.putIfAbsent(key, r);
            if (before != null) {
                throw new IllegalArgumentException("Two mapping rules for the same " + describe(r) + ": data elements "
                        + before.dataElement() + " and " + r.dataElement());
            }
            claim(codes(r, r.dataElement()), new Target(r, Part.VALUE));
            r.lowDataElement().ifPresent(d -> claim(codes(r, d), new Target(r, Part.LOW)));
            r.highDataElement().ifPresent(d -> claim(codes(r, d), new Target(r, Part.HIGH)));
        }
    }

    private void claim(Codes codes, Target target) {
        Target before = byCodes.putIfAbsent(codes, target);
        if (before != null) {
            throw new IllegalArgumentException("Two mapping rules give the same receiving codes (data element "
                    + codes.dataElement() + ", org unit " + codes.orgUnit() + "): " + describe(before.rule()) + " and "
                    + describe(target.rule()));
        }
    }

    /**
     * A mapping of the given rules.
     *
     * @param rules the rules
     * @return the mapping
     * @throws NullPointerException if the list or a rule is null
     * @throws IllegalArgumentException if two rules match the same results or figures, or give the same codes
     */
    public static Mapping of(List<MappingRule> rules) {
        return new Mapping(rules);
    }

    /**
     * Reads a mapping file (CSV, UTF-8, comma-separated; the module README documents its columns), checking indicator
     * ids against the catalogue.
     *
     * @param file the file
     * @param catalogue the catalogue that the indicator ids must name
     * @return the mapping
     * @throws DataFileException if the file cannot be read or has problems; every problem is located
     */
    public static Mapping read(Path file, Catalogue catalogue) {
        return MappingReader.read(file, catalogue);
    }

    /**
     * Reads mapping rules (CSV) from a reader, as {@link #read(Path, Catalogue)}.
     *
     * @param in the text; not closed
     * @param name the file name used in problems
     * @param catalogue the catalogue that the indicator ids must name
     * @return the mapping
     * @throws DataFileException if the text has problems; every problem is located
     * @throws IOException if reading fails
     */
    public static Mapping read(Reader in, String name, Catalogue catalogue) throws IOException {
        return MappingReader.read(in, name, catalogue);
    }

    /**
     * The rules, in the order given.
     *
     * @return the rules
     */
    public List<MappingRule> rules() {
        return rules;
    }

    /**
     * The rule for a result: the one for its indicator and variant, else the one for its indicator and every variant.
     *
     * @param result the result
     * @return the rule, if one matches
     */
    public Optional<MappingRule> find(IndicatorResult result) {
        Objects.requireNonNull(result, "result");
        String id = result.definition().id();
        Optional<String> variant = Optional.of(result.variant().code());
        for (Optional<String> v : List.of(variant, Optional.<String>empty())) {
            Optional<MappingRule> r = inArea(new IndicatorSubject(id, v), result.area(), result.subgroup());
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * The rule for a figure: the one for its measure, area and subgroup.
     *
     * @param figure the figure
     * @return the rule, if one matches
     */
    public Optional<MappingRule> find(Observation figure) {
        Objects.requireNonNull(figure, "figure");
        return inArea(new MeasureSubject(figure.measure()), figure.area(), figure.subgroup());
    }

    private Optional<MappingRule> inArea(Object subject, Area area, Subgroup subgroup) {
        MappingRule r = bySubject.get(new Key(subject, area.name(), subgroup));
        if (r == null && area.code().isPresent()) {
            r = bySubject.get(new Key(subject, area.code().get(), subgroup));
        }
        return Optional.ofNullable(r);
    }

    /** The rule and part that receiving codes belong to. */
    Optional<Target> find(Codes codes) {
        return Optional.ofNullable(byCodes.get(codes));
    }

    static Codes codes(MappingRule r, String dataElement) {
        return new Codes(dataElement, r.categoryOptionCombo().orElse(""), r.attributeOptionCombo().orElse(""),
                r.orgUnit());
    }

    private static Key key(MappingRule r) {
        return new Key(r.subject(), r.area(), r.subgroup());
    }

    /** The rule's subject in words, such as "indicator ost_coverage (every variant) in Kyrgyzstan, total". */
    static String describe(MappingRule r) {
        String what;
        if (r.subject() instanceof IndicatorSubject s) {
            what = "indicator " + s.indicator() + s.variant().map(v -> ", variant " + v).orElse(" (every variant)");
        } else {
            what = "measure " + ((MeasureSubject) r.subject()).measure().code();
        }
        return what + " in " + r.area() + ", " + (r.subgroup().isTotal() ? "total" : r.subgroup().toString());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Mapping m && m.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "Mapping[" + rules.size() + " rules]";
    }
}
