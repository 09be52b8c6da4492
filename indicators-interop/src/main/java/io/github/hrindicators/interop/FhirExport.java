package io.github.hrindicators.interop;

import ca.uhn.fhir.context.FhirContext;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dimension;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponentComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.StringType;

/**
 * Indicator results as FHIR R4 {@code MeasureReport}s (type {@code summary}) and catalogue indicators as FHIR
 * {@code Measure}s, built with HAPI FHIR.
 *
 * <p>One MeasureReport per indicator, variant, area and period: {@code measure} is the indicator's canonical URL
 * ({@value #BASE}{@code /Measure/ID}; the Measure gives the definition's version), {@code subject} names the area (a Location reference by
 * identifier), {@code group.code} the variant; the populations {@code numerator} and {@code denominator} carry the
 * result's inputs (a count when the input is a whole number of people, otherwise the number in the extension
 * {@value #POPULATION_VALUE}); {@code measureScore} is the value in its unit (percent for proportions, UCUM codes);
 * results for subgroups become strata of one stratifier per set of disaggregating dimensions. FHIR has no field for
 * an interval: each interval of a result or stratum is an extension {@value #INTERVAL} with the parts {@code method},
 * {@code lower}, {@code upper}, {@code level}, {@code seed} and {@code draws}. Both extensions' StructureDefinitions
 * are published in this module as JSON resources ({@code StructureDefinition-interval.json},
 * {@code StructureDefinition-population-value.json}). {@code improvementNotation} is {@code increase} when the
 * indicator has targets (every target is a threshold to reach); without targets it is left out.
 *
 * <p>The canonical carries no {@code |VERSION} suffix: HAPI FHIR's validator up to 8.6 stops with an error on a
 * versioned Measure canonical in a MeasureReport (hapi-fhir issue 7200, fixed by pull request 7751), and every
 * MeasureReport this class makes must validate with it. The version is in each Measure of {@link #bundle}.
 *
 * <p>Sources: HL7 FHIR R4 (4.0.1), resources Measure and MeasureReport; IHE QRPH mADX (MeasureReport for aggregate
 * data exchange).
 *
 * <p>This class is thread-safe; the resources it returns are HAPI's mutable objects, new on every call.
 */
public final class FhirExport {
    /** The project's canonical base. */
    public static final String BASE = "https://hrindicators.github.io/fhir";
    /** The URL of the interval extension. */
    public static final String INTERVAL = BASE + "/StructureDefinition/interval";
    /** The URL of the extension carrying a population that is not a whole number. */
    public static final String POPULATION_VALUE = BASE + "/StructureDefinition/population-value";
    static final String AREA_SYSTEM = BASE + "/area";
    private static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
    private static final String SCORING_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    private static final String IMPROVEMENT_SYSTEM =
            "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private static final String UCUM = "http://unitsofmeasure.org";

    private FhirExport() {
    }

    /**
     * The shared HAPI context for R4 (costly to create; thread-safe).
     *
     * @return the context
     */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /**
     * A resource as pretty-printed JSON.
     *
     * @param resource the resource
     * @return the JSON text
     */
    public static String json(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /**
     * The FHIR id of an indicator: its catalogue id with {@code -} for {@code _} (FHIR ids allow no underscore).
     *
     * @param indicatorId the catalogue id
     * @return the FHIR id
     */
    public static String fhirId(String indicatorId) {
        return indicatorId.replace('_', '-');
    }

    /**
     * The Measure of a catalogue indicator: id, canonical URL, version, computable name, title, scoring, the
     * populations' descriptions and the sources as citations.
     *
     * @param indicator the indicator
     * @return the Measure
     */
    public static Measure measure(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        Measure m = new Measure();
        m.setId(fhirId(d.id()));
        m.setUrl(canonical(d));
        m.setVersion(d.version());
        m.setName(computableName(d.id()));
        m.setTitle(d.name());
        m.setStatus(PublicationStatus.DRAFT);
        m.setDescription(d.name() + ": " + d.numerator() + " / " + d.denominator() + ".");
        narrative(m, d.name() + ": " + d.numerator() + " / " + d.denominator());
        m.setScoring(new CodeableConcept(new Coding(SCORING_SYSTEM, scoring(d.unit()), null)));
        improvement(d).ifPresent(m::setImprovementNotation);
        Measure.MeasureGroupComponent g = m.addGroup();
        g.addPopulation().setCode(population("numerator")).setDescription(d.numerator())
                .setCriteria(new org.hl7.fhir.r4.model.Expression().setLanguage("text/plain")
                        .setExpression(d.numerator()));
        g.addPopulation().setCode(population("denominator")).setDescription(d.denominator())
                .setCriteria(new org.hl7.fhir.r4.model.Expression().setLanguage("text/plain")
                        .setExpression(d.denominator()));
        for (Dimension dim : indicator.dimensions()) {
            g.addStratifier().setCode(new CodeableConcept().setText(code(dim)));
        }
        for (String s : d.sources()) {
            m.addRelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION).setCitation(s);
        }
        return m;
    }

    /**
     * The MeasureReport of the results of one indicator, variant, area and period: the total and any subgroups.
     *
     * @param results the results; all of one indicator, variant, area and period, computed; without the total, the
     *     group has strata only
     * @return the MeasureReport
     * @throws IllegalArgumentException if the results are empty, mixed or not computed
     */
    public static MeasureReport measureReport(List<IndicatorResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("No results for a MeasureReport");
        }
        IndicatorResult first = results.get(0);
        IndicatorResult total = null;
        for (IndicatorResult r : results) {
            if (!key(r).equals(key(first))) {
                throw new IllegalArgumentException("A MeasureReport holds results of one indicator, variant, area "
                        + "and period: " + key(first) + " and " + key(r));
            }
            if (r.value().isEmpty()) {
                throw new IllegalArgumentException("Result not computed: " + key(r) + ", " + r.subgroup());
            }
            if (r.subgroup().isTotal()) {
                if (total != null) {
                    throw new IllegalArgumentException("Two totals among the results of " + key(r) + "; a "
                            + "MeasureReport reports one result per subgroup (alternatives go in reports of their own)");
                }
                total = r;
            }
        }
        IndicatorDefinition d = first.definition();
        MeasureReport mr = new MeasureReport();
        mr.setId(reportId(first, ""));
        mr.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
        mr.setType(MeasureReport.MeasureReportType.SUMMARY);
        mr.setMeasure(canonical(d));
        mr.setSubject(new Reference().setType("Location").setIdentifier(new Identifier().setSystem(AREA_SYSTEM)
                .setValue(first.area().code().orElse(first.area().name()))).setDisplay(first.area().name()));
        mr.setPeriod(new Period().setStart(date(first.period().start())).setEnd(date(first.period().end())));
        improvement(d).ifPresent(mr::setImprovementNotation);
        narrative(mr, d.name() + " (" + first.variantLabel() + "), " + first.area().name() + ", " + first.period()
                + ": " + (total == null ? "subgroups only" : scoreText(total)));
        MeasureReportGroupComponent g = mr.addGroup();
        g.setCode(new CodeableConcept().setText(first.variant().code() + ": " + first.variantLabel()));
        if (total != null) {
            IndicatorResult t = total;
            populations(t, () -> g.addPopulation());
            g.setMeasureScore(score(t));
            intervals(t, g);
        }
        Map<String, MeasureReportGroupStratifierComponent> stratifiers = new LinkedHashMap<>();
        for (IndicatorResult r : results) {
            if (r.subgroup().isTotal()) {
                continue;
            }
            List<Dimension> dims = List.copyOf(r.subgroup().dimensions());
            String name = dims.stream().map(FhirExport::code).collect(Collectors.joining("+"));
            MeasureReportGroupStratifierComponent s = stratifiers.computeIfAbsent(name,
                    n -> g.addStratifier().addCode(new CodeableConcept().setText(n)));
            StratifierGroupComponent stratum = s.addStratum();
            if (dims.size() == 1) {
                stratum.setValue(new CodeableConcept().setText(value(r.subgroup(), dims.get(0))));
            } else {
                for (Dimension dim : dims) {
                    StratifierGroupComponentComponent c = stratum.addComponent();
                    c.setCode(new CodeableConcept().setText(code(dim)));
                    c.setValue(new CodeableConcept().setText(value(r.subgroup(), dim)));
                }
            }
            populations(r, () -> stratum.addPopulation());
            stratum.setMeasureScore(score(r));
            intervals(r, stratum);
        }
        return mr;
    }

    /**
     * A collection Bundle of the MeasureReports of computed results, grouped by indicator, variant, area and period,
     * followed by the Measure of each indicator reported. Alternative results (two published prevalences for one year)
     * get a report each, the second with the id suffix {@code -alt-2}. Results that are not computed have no
     * value to report and are left out.
     *
     * @param indicators the indicators the results belong to (for their Measures)
     * @param results the results
     * @return the bundle
     */
    public static Bundle bundle(Collection<Indicator> indicators, Collection<IndicatorResult> results) {
        Objects.requireNonNull(indicators, "indicators");
        // One report per indicator, variant, area and period, and one more for each alternative result (two
        // published prevalences for the same year): a report holds one result per subgroup.
        Map<List<Object>, List<List<IndicatorResult>>> groups = new LinkedHashMap<>();
        for (IndicatorResult r : results) {
            if (r.value().isEmpty()) {
                continue;
            }
            List<List<IndicatorResult>> reports = groups.computeIfAbsent(key(r), k -> new ArrayList<>());
            Optional<List<IndicatorResult>> free = reports.stream()
                    .filter(g -> g.stream().noneMatch(x -> x.subgroup().equals(r.subgroup()))).findFirst();
            if (free.isPresent()) {
                free.get().add(r);
            } else {
                reports.add(new ArrayList<>(List.of(r)));
            }
        }
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        List<String> reported = new ArrayList<>();
        for (List<List<IndicatorResult>> reports : groups.values()) {
            for (int k = 0; k < reports.size(); k++) {
                MeasureReport mr = measureReport(reports.get(k));
                if (k > 0) {
                    mr.setId(reportId(reports.get(k).get(0), "-alt-" + (k + 1)));
                }
                b.addEntry().setFullUrl(BASE + "/MeasureReport/" + mr.getIdElement().getIdPart()).setResource(mr);
                reported.add(reports.get(k).get(0).definition().id());
            }
        }
        for (Indicator i : indicators) {
            if (reported.contains(i.id())) {
                Measure m = measure(i);
                b.addEntry().setFullUrl(canonical(i.definition())).setResource(m);
            }
        }
        return b;
    }

    /**
     * The id of a report: indicator, variant and first year, such as {@code ost-coverage-pwid-size-proxy-2016}; FHIR
     * ids hold at most 64 characters, so a longer one keeps the indicator and year and names the variant by a hash.
     */
    static String reportId(IndicatorResult r, String suffix) {
        String year = "-" + r.period().startYear() + suffix;
        String id = fhirId(r.definition().id()) + "-" + fhirId(r.variant().code()) + year;
        if (id.length() <= 64) {
            return id;
        }
        String hash = String.format("-%08x", r.variant().code().hashCode());
        String head = fhirId(r.definition().id());
        return head.substring(0, Math.min(head.length(), 64 - hash.length() - year.length())) + hash + year;
    }

    private static List<Object> key(IndicatorResult r) {
        return List.of(r.definition().id(), r.variant().code(), r.area(), r.period());
    }

    static String canonical(IndicatorDefinition d) {
        return BASE + "/Measure/" + fhirId(d.id());
    }

    private static String computableName(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("_")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static String scoring(ResultUnit unit) {
        switch (unit) {
            case PROPORTION:
                return "proportion";
            case PEOPLE:
            case ITEMS:
            case YES_NO:
                return "continuous-variable";
            default:
                return "ratio";
        }
    }

    private static Optional<CodeableConcept> improvement(IndicatorDefinition d) {
        return d.targets().isEmpty() ? Optional.empty()
                : Optional.of(new CodeableConcept(new Coding(IMPROVEMENT_SYSTEM, "increase", "Increased score "
                        + "indicates improvement")));
    }

    private static CodeableConcept population(String code) {
        return new CodeableConcept(new Coding(POPULATION_SYSTEM, code, code.substring(0, 1).toUpperCase(Locale.ROOT)
                + code.substring(1)));
    }

    private static String code(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    private static String value(Subgroup s, Dimension d) {
        switch (d) {
            case SETTING:
                return s.setting().orElseThrow().name().toLowerCase(Locale.ROOT);
            case GENDER:
                return s.gender().orElseThrow().name().toLowerCase(Locale.ROOT);
            case AGE:
                return s.ageBand().orElseThrow().toString();
            default:
                return s.providerType().orElseThrow().name().toLowerCase(Locale.ROOT);
        }
    }

    private static Date date(java.time.LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private interface PopulationAdder {
        Element add();
    }

    private static void populations(IndicatorResult r, PopulationAdder adder) {
        String[] codes = {"numerator", "denominator"};
        List<Optional<Quantity>> qs = List.of(r.numerator(), r.denominator());
        for (int k = 0; k < 2; k++) {
            if (qs.get(k).isEmpty()) {
                continue;
            }
            Quantity q = qs.get(k).get();
            Element p = adder.add();
            if (p instanceof MeasureReportGroupPopulationComponent gp) {
                gp.setCode(population(codes[k]));
                count(q, gp::setCount, gp);
            } else {
                StratifierGroupPopulationComponent sp = (StratifierGroupPopulationComponent) p;
                sp.setCode(population(codes[k]));
                count(q, sp::setCount, sp);
            }
        }
    }

    private static void count(Quantity q, java.util.function.IntConsumer setCount, Element on) {
        if (q instanceof Count c && c.value() <= Integer.MAX_VALUE) {
            setCount.accept((int) c.value());
        } else {
            on.addExtension(POPULATION_VALUE, new DecimalType(BigDecimal.valueOf(q.doubleValue())));
        }
    }

    private static void narrative(org.hl7.fhir.r4.model.DomainResource r, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        r.getText().setStatus(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escaped + "</p></div>");
    }

    private static String scoreText(IndicatorResult r) {
        org.hl7.fhir.r4.model.Quantity q = score(r);
        return q.getValue().toPlainString() + " " + q.getUnit();
    }

    private static org.hl7.fhir.r4.model.Quantity score(IndicatorResult r) {
        boolean percent = r.definition().unit() == ResultUnit.PROPORTION;
        org.hl7.fhir.r4.model.Quantity q = new org.hl7.fhir.r4.model.Quantity();
        q.setValue(new BigDecimal(percent ? Numbers.percent(r.number().getAsDouble())
                : Numbers.plain(r.number().getAsDouble())));
        switch (r.definition().unit()) {
            case PROPORTION:
                q.setUnit("%").setSystem(UCUM).setCode("%");
                break;
            case PER_PERSON_PER_YEAR:
                q.setUnit("per person per year").setSystem(UCUM).setCode("/a");
                break;
            case YES_NO:
                q.setUnit("1 = yes, 0 = no");
                break;
            default:
                q.setUnit(r.definition().unit().label());
                break;
        }
        return q;
    }

    private static void intervals(IndicatorResult r, Element on) {
        boolean percent = r.definition().unit() == ResultUnit.PROPORTION;
        for (Interval i : r.intervals()) {
            Extension e = on.addExtension().setUrl(INTERVAL);
            e.addExtension("method", new CodeType(i.method().code()));
            e.addExtension("lower", new DecimalType(new BigDecimal(Numbers.bound(i.lower(), percent))));
            e.addExtension("upper", new DecimalType(new BigDecimal(Numbers.bound(i.upper(), percent))));
            i.confidenceLevel().ifPresent(l -> e.addExtension("level", new DecimalType(BigDecimal.valueOf(l))));
            i.seed().ifPresent(s -> e.addExtension("seed", new StringType(Long.toString(s))));
            i.draws().ifPresent(n -> e.addExtension("draws", new IntegerType(n)));
        }
    }
}
