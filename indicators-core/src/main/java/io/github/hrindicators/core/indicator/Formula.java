package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.QuantityKind;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.BinomialIntervals;
import io.github.hrindicators.core.uncertainty.CoverageIntervals;
import io.github.hrindicators.core.uncertainty.CoverageOptions;
import io.github.hrindicators.core.uncertainty.SurveyDesign;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an indicator is computed from its inputs: one of a closed family of formulas, each a value that names the
 * measures it reads. An {@link Indicator} pairs a formula with its {@link IndicatorDefinition}; the engine selects,
 * derives and combines the inputs the same way for every formula, which only computes.
 */
public sealed interface Formula permits Formula.Ratio, Formula.CaseShare, Formula.Difference,
        Formula.SurveyProportion, Formula.Reported, Formula.Forms {

    /**
     * The measures the formula reads, in a stable order.
     *
     * @return an unmodifiable set, not empty
     */
    Set<Measure> measures();

    /**
     * The measures that hold the published value of the indicator itself (such as a published injecting share);
     * no derivation may use them, so that a value is never derived from itself.
     *
     * @return an unmodifiable set, possibly empty
     */
    Set<Measure> publishedValues();

    /**
     * The measures whose figures decide which subgroups are computed.
     *
     * @return an unmodifiable set, not empty
     */
    Set<Measure> subgroupMeasures();

    /**
     * Whether the formula can give values in a unit; checked when an {@link Indicator} is made.
     *
     * @param unit the unit
     * @return true if it can
     */
    boolean allows(ResultUnit unit);

    /**
     * Every variant the formula can give, in the order it gives them: what a translation of the variant labels or a
     * client's mapping of variant codes must cover.
     *
     * @return an unmodifiable list, not empty, codes distinct
     */
    List<Variant> variants();

    /**
     * A denominator a ratio accepts, in order of preference; a proxy is flagged on its results.
     *
     * @param measure the denominator's measure
     * @param code the variant code, unique within the indicator, such as {@code pwid_size_proxy}
     * @param label the variant label, for display only, such as {@code denominator: PWID size (proxy)}
     * @param proxy whether it stands in for the first (preferred) denominator
     */
    record Denominator(Measure measure, String code, String label, boolean proxy) {
        /**
         * Validates the option.
         *
         * @param measure as in the record description
         * @param code as in the record description
         * @param label as in the record description
         * @param proxy as in the record description
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the code or label is not valid for a {@link Variant}
         */
        public Denominator {
            Objects.requireNonNull(measure, "measure");
            variant(code, label, measure, proxy);
        }

        /**
         * The preferred denominator.
         *
         * @param measure the measure
         * @param code the variant code
         * @param label the variant label
         * @return the option
         */
        public static Denominator of(Measure measure, String code, String label) {
            return new Denominator(measure, code, label, false);
        }

        /**
         * A proxy denominator, flagged {@link WarningCode#PROXY_DENOMINATOR} on its results.
         *
         * @param measure the measure
         * @param code the variant code
         * @param label the variant label
         * @return the option
         */
        public static Denominator proxy(Measure measure, String code, String label) {
            return new Denominator(measure, code, label, true);
        }

        Variant variant() {
            return variant(code, label, measure, proxy);
        }

        private static Variant variant(String code, String label, Measure measure, boolean proxy) {
            return new Variant(code, label, Optional.of(measure), proxy, Optional.empty());
        }
    }

    /**
     * A ratio {@code C = X / N}: a count X over a population estimate or count N (coverages, per-PWID and per-site
     * ratios, shares of a cascade).
     *
     * <p>For each subgroup with figures of X (or the one subgroup {@code numeratorSubgroup}), and each denominator
     * option with figures (from the same subgroup, or {@code denominatorSubgroup}): the point {@code X / N}; when N has
     * a range, the plausible bounds {@code [X / N_high, X / N_low]}, and for a count X the log-scale delta interval
     * and the Monte Carlo interval of {@link CoverageIntervals}; the gap to each target, with the further X needed at
     * the point of N. A zero N or, for a proportion, {@code X > N} make the result not computable with that reason;
     * an upper plausible bound above 100 % is kept and warned about. Where the indicator's value is itself published
     * ({@code published}, such as UNAIDS' "ART coverage 28 % (21–37 %)"), each published figure is a further variant
     * {@code published} whose value is the figure with its range.
     *
     * @param numerator X
     * @param denominators the accepted denominators, preferred first, at least one; variant codes distinct
     * @param published the measure of the indicator's published value, if any
     * @param numeratorSubgroup the one subgroup X is taken from; empty: every subgroup with figures of X
     * @param denominatorSubgroup the subgroup of N when it differs from X's (a part over its total); empty: X's
     */
    record Ratio(Measure numerator, List<Denominator> denominators, Optional<Measure> published,
            Optional<Subgroup> numeratorSubgroup, Optional<Subgroup> denominatorSubgroup) implements Formula {
        /**
         * Validates the formula and copies the list.
         *
         * @param numerator as in the record description
         * @param denominators as in the record description
         * @param published as in the record description
         * @param numeratorSubgroup as in the record description
         * @param denominatorSubgroup as in the record description
         * @throws IllegalArgumentException if there is no denominator, two share a variant code, one is coded
         *     {@code published}, or the numerator is a yes/no figure
         * @throws NullPointerException if an argument is null
         */
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            if (numerator.kind() == QuantityKind.YES_NO) {
                throw new IllegalArgumentException("A ratio's numerator is a number, not a yes/no figure: "
                        + numerator.code());
            }
            denominators = List.copyOf(denominators);
            if (denominators.isEmpty()) {
                throw new IllegalArgumentException("A ratio needs a denominator: " + numerator.code());
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Denominator d : denominators) {
                if (!codes.add(d.code()) || d.code().equals("published")) {
                    throw new IllegalArgumentException("Denominator variant code '" + d.code()
                            + "' is used twice or is reserved");
                }
            }
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(numeratorSubgroup, "numeratorSubgroup");
            Objects.requireNonNull(denominatorSubgroup, "denominatorSubgroup");
        }

        /**
         * A ratio of a numerator over denominators in order of preference, for every subgroup with figures of the
         * numerator.
         *
         * @param numerator X
         * @param denominators the denominators, preferred first
         * @return the formula
         */
        public static Ratio of(Measure numerator, Denominator... denominators) {
            return new Ratio(numerator, List.of(denominators), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        /**
         * A copy that also reports the indicator's published value, with its range.
         *
         * @param measure the measure of the published value (a share)
         * @return the formula
         */
        public Ratio withPublished(Measure measure) {
            return new Ratio(numerator, denominators, Optional.of(measure), numeratorSubgroup,
                    denominatorSubgroup);
        }

        /**
         * A copy limited to one subgroup of the numerator, with the denominator from another (a part over its
         * total) or from the same.
         *
         * @param numeratorGroup the numerator's subgroup
         * @param denominatorGroup the denominator's subgroup, or empty for the numerator's
         * @return the formula
         */
        public Ratio withSubgroups(Subgroup numeratorGroup, Optional<Subgroup> denominatorGroup) {
            return new Ratio(numerator, denominators, published, Optional.of(numeratorGroup), denominatorGroup);
        }

        @Override
        public Set<Measure> measures() {
            Set<Measure> all = new LinkedHashSet<>();
            all.add(numerator);
            denominators.forEach(d -> all.add(d.measure()));
            published.ifPresent(all::add);
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public Set<Measure> publishedValues() {
            return published.map(Set::of).orElse(Set.of());
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            return Set.of(numerator);
        }

        @Override
        public List<Variant> variants() {
            List<Variant> all = new ArrayList<>(denominators.stream().map(Denominator::variant).toList());
            published.ifPresent(p -> all.add(publishedVariant(p)));
            return List.copyOf(all);
        }

        private static Variant publishedVariant(Measure published) {
            return Variant.of("published", "published " + published.code());
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return unit != ResultUnit.PEOPLE && unit != ResultUnit.ITEMS && unit != ResultUnit.YES_NO;
        }

        List<IndicatorResult> evaluate(Evaluation ev) {
            List<Observation> xs = ev.select(numerator);
            Subgroup denominatorGroup = denominatorSubgroup.orElse(ev.subgroup());
            List<IndicatorResult> results = new ArrayList<>();
            for (Denominator option : denominators) {
                List<Observation> ns = ev.select(option.measure(), denominatorGroup);
                if (ns.isEmpty()) {
                    continue;
                }
                if (xs.isEmpty()) {
                    results.add(ev.missing(option.variant(), List.of(numerator)));
                    continue;
                }
                results.addAll(ev.each(option.variant(), List.of(new Evaluation.Slot(InputRole.NUMERATOR, xs),
                        new Evaluation.Slot(InputRole.DENOMINATOR, ns)),
                        (b, chosen) -> compute(ev, b, chosen[0], chosen[1], option)));
            }
            published.ifPresent(p -> results.addAll(ev.each(publishedVariant(p),
                    List.of(new Evaluation.Slot(InputRole.PUBLISHED_VALUE, ev.select(p))),
                    (b, chosen) -> publishedValue(b, chosen[0]))));
            if (results.isEmpty()) {
                Object names = Phrase.joined("list.or", denominators.stream().map(d -> ev.searched(d.measure()))
                        .toList());
                results.add(ev.missing(denominators.get(0).variant(), published
                        .map(p -> Phrase.of("missing.denominator_or_published", names, p.code()))
                        .orElse(Phrase.of("missing.denominator", names))));
            }
            return results;
        }

        private static IndicatorResult publishedValue(IndicatorResult.Builder b, Observation share) {
            double value = share.value().doubleValue();
            for (Target t : b.definition().targets()) {
                b.gap(TargetGap.of(t, value));
            }
            Evaluation.warnUnconfirmedCut(b, value);
            return b.computed(share.value());
        }

        private IndicatorResult compute(Evaluation ev, IndicatorResult.Builder b, Observation xObs,
                Observation nObs, Denominator option) {
            Quantity x = xObs.value();
            Estimate n = nObs.value() instanceof Count c ? c.toEstimate() : (Estimate) nObs.value();
            if (option.proxy()) {
                b.warn(WarningCode.PROXY_DENOMINATOR, "proxy_denominator", nObs.measure().code(),
                        denominators.get(0).measure().code());
            }
            if (n.point() == 0) {
                return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR, "zero_denominator",
                        nObs.measure().code());
            }
            ResultUnit unit = b.definition().unit();
            double ratio = x.doubleValue() / n.point() * unit.scale();
            if (unit == ResultUnit.PROPORTION && ratio > 1) {
                return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR,
                        "numerator_above_denominator", x.doubleValue(), n.point(), new Phrase.Percent(ratio));
            }
            n.interval().ifPresent(r -> intervals(ev, b, x, n, r.lower()));
            for (Target t : b.definition().targets()) {
                b.gap(x instanceof Count c ? TargetGap.ofRatio(t, c.value(), n.point() / unit.scale())
                        : TargetGap.of(t, ratio));
            }
            Evaluation.warnUnconfirmedCut(b, ratio);
            b.ratio(x, nObs.value());
            Quantity value = unit == ResultUnit.PROPORTION ? Proportion.ofFraction(ratio)
                    : unit == ResultUnit.PER_PERSON_PER_YEAR ? Rate.perPersonPerYear(ratio) : Estimate.of(ratio);
            return b.computed(value);
        }

        /**
         * The intervals of {@code X / N} when N has a range: plausible bounds; for a count X also the log-scale
         * delta method (when X &gt; 0) and Monte Carlo, with the numerator model, draws and seed of the settings,
         * at each of the settings' levels. A derived X (an estimate, not a count) has no counting model: plausible bounds only.
         */
        private static void intervals(Evaluation ev, IndicatorResult.Builder b, Quantity x, Estimate n,
                double low) {
            double scale = b.definition().unit().scale();
            if (low == 0) {
                b.warn(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR, "no_upper_bound");
                return;
            }
            Interval bounds;
            if (x instanceof Count c) {
                bounds = CoverageIntervals.plausibleBounds(c, n);
                b.interval(bounds.scaled(scale));
                for (double level : ev.settings().levels()) {
                    CoverageOptions options = ev.settings().uncertainty().withConfidenceLevel(level);
                    if (c.value() > 0) {
                        b.interval(CoverageIntervals.deltaLog(c, n, options).scaled(scale));
                    }
                    b.interval(CoverageIntervals.monteCarlo(c, n, options).scaled(scale));
                }
            } else {
                bounds = Interval.of(x.doubleValue() / n.highOrPoint(), x.doubleValue() / low,
                        IntervalMethod.PLAUSIBLE_BOUNDS);
                b.interval(bounds.scaled(scale));
            }
            if (b.definition().unit() == ResultUnit.PROPORTION && bounds.upper() > 1) {
                b.warn(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR, "upper_bound_above_100",
                        new Phrase.Percent(bounds.upper()), x.doubleValue(), low);
            }
        }
    }

    /**
     * The share of HIV cases with injecting drug use as transmission route, for each case base with any figure:
     * {@code <base>_all}: injecting count I / total T ({@code I > T} is not computable);
     * {@code <base>_published_share}: the published share s, and when T is known the derived numerator
     * {@code T × s} (6,402 × 51.5 % = 3,297.03 PWID among people registered alive);
     * {@code <base>_known_route}: I / K with K the cases whose route is known (ECDC/WHO-Europe practice).
     *
     * @param bases the case bases, at least one, codes distinct
     */
    record CaseShare(List<CaseBase> bases) implements Formula {
        private static final Variant ALL_BASES = Variant.of("all_bases", "all bases");

        /**
         * Validates the formula and copies the list.
         *
         * @param bases as in the record description
         * @throws IllegalArgumentException if there is no base or two share a code
         * @throws NullPointerException if an argument is null
         */
        public CaseShare {
            bases = List.copyOf(bases);
            if (bases.isEmpty() || bases.stream().map(CaseBase::code).distinct().count() != bases.size()) {
                throw new IllegalArgumentException("A case share needs case bases with distinct codes: " + bases);
            }
        }

        @Override
        public Set<Measure> measures() {
            Set<Measure> all = bases.stream().flatMap(b -> b.measures().stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public Set<Measure> publishedValues() {
            return bases.stream().map(CaseBase::share).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            return measures();
        }

        @Override
        public List<Variant> variants() {
            List<Variant> all = new ArrayList<>();
            for (CaseBase base : bases) {
                all.add(variant(base, "all", "all cases"));
                all.add(variant(base, "published_share", "all cases, published share"));
                all.add(variant(base, "known_route", "cases with known route"));
            }
            all.add(ALL_BASES);
            return List.copyOf(all);
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return unit == ResultUnit.PROPORTION;
        }

        List<IndicatorResult> evaluate(Evaluation ev) {
            List<IndicatorResult> results = new ArrayList<>();
            for (CaseBase base : bases) {
                results.addAll(evaluate(ev, base));
            }
            if (results.isEmpty()) {
                results.add(ev.missing(ALL_BASES, Phrase.of("missing.case_figures")));
            }
            return results;
        }

        private static Variant variant(CaseBase base, String suffix, String label) {
            return new Variant(base.code() + "_" + suffix, base.label() + ": " + label, Optional.empty(), false,
                    Optional.of(base));
        }

        private List<IndicatorResult> evaluate(Evaluation ev, CaseBase base) {
            List<Observation> totals = ev.select(base.total());
            List<Observation> injecting = ev.select(base.injecting());
            List<Observation> known = ev.select(base.knownRoute());
            List<Observation> shares = ev.select(base.share());
            List<IndicatorResult> results = new ArrayList<>();
            if (totals.isEmpty() && injecting.isEmpty() && known.isEmpty() && shares.isEmpty()) {
                return results;
            }
            Variant all = variant(base, "all", "all cases");
            if (!injecting.isEmpty()) {
                if (totals.isEmpty()) {
                    results.add(ev.missing(all, List.of(base.total())));
                }
                results.addAll(ev.each(all, slots(injecting, totals), CaseShare::countShare));
            }
            Variant published = variant(base, "published_share", "all cases, published share");
            if (totals.isEmpty()) {
                results.addAll(ev.each(published, List.of(new Evaluation.Slot(InputRole.PUBLISHED_VALUE, shares)),
                        (b, chosen) -> b.computed(chosen[0].value())));
            } else {
                results.addAll(ev.each(published, List.of(new Evaluation.Slot(InputRole.PUBLISHED_VALUE, shares),
                        new Evaluation.Slot(InputRole.DENOMINATOR, totals)),
                        (b, chosen) -> publishedShare(base, b, chosen)));
            }
            if (!injecting.isEmpty() && !known.isEmpty()) {
                results.addAll(ev.each(variant(base, "known_route", "cases with known route"),
                        slots(injecting, known), CaseShare::countShare));
            }
            if (injecting.isEmpty() && shares.isEmpty()) {
                results.add(ev.missing(all, Phrase.of("list.or", ev.searched(base.injecting()), base.share().code())));
            }
            return results;
        }

        private static List<Evaluation.Slot> slots(List<Observation> parts, List<Observation> wholes) {
            return List.of(new Evaluation.Slot(InputRole.NUMERATOR, parts),
                    new Evaluation.Slot(InputRole.DENOMINATOR, wholes));
        }

        private static IndicatorResult countShare(IndicatorResult.Builder b, Observation[] chosen) {
            Count part = (Count) chosen[0].value();
            Count whole = (Count) chosen[1].value();
            if (whole.value() == 0) {
                return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR, "zero_denominator",
                        chosen[1].measure().code());
            }
            if (part.value() > whole.value()) {
                return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR, "cases_above_total",
                        part, chosen[1].measure().code(), whole);
            }
            return b.ratio(part, whole).computed(Proportion.of(part, whole));
        }

        /** The published share, with the numerator it implies when the total is known. */
        private static IndicatorResult publishedShare(CaseBase base, IndicatorResult.Builder b,
                Observation[] chosen) {
            Proportion share = (Proportion) chosen[0].value();
            Observation totalObs = chosen[1];
            double derived = totalObs.value().doubleValue() * share.toFraction();
            String derivation = Format.number(totalObs.value().doubleValue()) + " × "
                    + Format.percent(share.toFraction()) + " = " + Format.number(derived);
            Estimate numerator = Estimate.of(derived);
            List<InputUsed> inputs = b.inputsSoFar();
            InputUsed shareInput = inputs.stream().filter(i -> i.role() == InputRole.PUBLISHED_VALUE).findFirst()
                    .orElseThrow();
            InputUsed totalInput = inputs.get(inputs.size() - 1);
            b.input(InputUsed.derived(InputRole.NUMERATOR, base.injecting(), numerator, totalObs.period(),
                    derivation, List.of(totalInput, shareInput)));
            b.warn(WarningCode.DERIVED_INPUT, "derived_share", Phrase.of("case_base." + base.code()), derivation);
            return b.ratio(numerator, totalObs.value()).computed(share);
        }
    }

    /**
     * A difference {@code U = P − D}, such as estimated people living with undiagnosed HIV: P an estimate, D a
     * count. When P has a range, U carries it, {@code [P_low − D, P_high − D]} (exact when D is a count). A negative
     * U, at the point or at an end of the range, is reported ({@link WarningCode#NEGATIVE_DIFFERENCE}), never
     * clamped to 0.
     *
     * @param minuend P
     * @param subtrahend D
     * @param variant the variant of every result
     * @param minuendName P in words, for warnings, such as {@code estimated PLHIV}
     * @param subtrahendName D in words, such as {@code people registered alive}
     */
    record Difference(Measure minuend, Measure subtrahend, Variant variant, String minuendName,
            String subtrahendName) implements Formula {

        /**
         * Validates the formula.
         *
         * @param minuend as in the record description
         * @param subtrahend as in the record description
         * @param variant as in the record description
         * @param minuendName as in the record description
         * @param subtrahendName as in the record description
         * @throws IllegalArgumentException if a name is blank or the measures are the same
         * @throws NullPointerException if an argument is null
         */
        public Difference {
            Objects.requireNonNull(minuend, "minuend");
            Objects.requireNonNull(subtrahend, "subtrahend");
            Objects.requireNonNull(variant, "variant");
            if (Objects.requireNonNull(minuendName, "minuendName").isBlank()
                    || Objects.requireNonNull(subtrahendName, "subtrahendName").isBlank()
                    || minuend.equals(subtrahend)) {
                throw new IllegalArgumentException("A difference needs two measures and their names: "
                        + minuend.code() + " − " + subtrahend.code());
            }
        }

        @Override
        public Set<Measure> measures() {
            Set<Measure> all = new LinkedHashSet<>(List.of(minuend, subtrahend));
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public Set<Measure> publishedValues() {
            return Set.of();
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            return measures();
        }

        /** A measure in words: the engine's term for it where it has one, else the name this formula was given. */
        private static Object term(Measure measure, String name) {
            String key = "term." + measure.code();
            return Phrase.keys().contains(key) ? Phrase.of(key) : name;
        }

        @Override
        public List<Variant> variants() {
            return List.of(variant);
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return unit == ResultUnit.PEOPLE;
        }

        List<IndicatorResult> evaluate(Evaluation ev) {
            List<Observation> ps = ev.select(minuend);
            List<Observation> ds = ev.select(subtrahend);
            if (ps.isEmpty() || ds.isEmpty()) {
                List<Measure> missing = new ArrayList<>();
                if (ps.isEmpty()) {
                    missing.add(minuend);
                }
                if (ds.isEmpty()) {
                    missing.add(subtrahend);
                }
                return List.of(ev.missing(variant, missing));
            }
            return ev.each(variant, List.of(new Evaluation.Slot(InputRole.MINUEND, ps),
                    new Evaluation.Slot(InputRole.SUBTRAHEND, ds)), this::difference);
        }

        private IndicatorResult difference(IndicatorResult.Builder b, Observation[] chosen) {
            Quantity p = chosen[0].value();
            Estimate estimate = p instanceof Estimate e ? e : Estimate.of(p.doubleValue());
            double diagnosed = chosen[1].value().doubleValue();
            double point = estimate.point() - diagnosed;
            if (point < 0) {
                b.warn(WarningCode.NEGATIVE_DIFFERENCE, "negative_difference", term(minuend, minuendName),
                        estimate.point(), term(subtrahend, subtrahendName), diagnosed, point);
            }
            estimate.interval().ifPresent(r -> {
                double low = r.lower() - diagnosed;
                b.interval(Interval.of(low, r.upper() - diagnosed, IntervalMethod.RANGE_PROPAGATION));
                if (low < 0 && point >= 0) {
                    b.warn(WarningCode.NEGATIVE_DIFFERENCE, "negative_low_end", term(minuend, minuendName),
                            r.lower(), term(subtrahend, subtrahendName), diagnosed, low);
                }
            });
            return b.computed(Estimate.of(point));
        }
    }

    /**
     * A figure reported as it is, such as the needles-syringes distributed in prisons in a year (GAM 1.7) or whether
     * drug consumption rooms exist: the value is the figure, with its period among the result's inputs (role
     * {@link InputRole#REPORTED_FIGURE}); alternatives give one result each. A count or estimate gives values in
     * {@link ResultUnit#PEOPLE} or {@link ResultUnit#ITEMS}, a yes/no figure in {@link ResultUnit#YES_NO}.
     *
     * @param measure the measure reported
     * @param subgroup the one subgroup the figure is taken from (such as prisons); empty: every subgroup with figures
     * @param variant the variant of every result
     */
    record Reported(Measure measure, Optional<Subgroup> subgroup, Variant variant) implements Formula {
        /**
         * Validates the formula.
         *
         * @param measure as in the record description
         * @param subgroup as in the record description
         * @param variant as in the record description
         * @throws IllegalArgumentException if the measure is a proportion or a rate: a share is an indicator's
         *     published value, not a figure reported as it is
         * @throws NullPointerException if an argument is null
         */
        public Reported {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(subgroup, "subgroup");
            Objects.requireNonNull(variant, "variant");
            if (measure.kind() == QuantityKind.PROPORTION || measure.kind() == QuantityKind.RATE) {
                throw new IllegalArgumentException("A reported figure is a count, an estimate or a yes/no figure: "
                        + measure.code() + " is a " + measure.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        }

        /**
         * The figures of a measure in one subgroup, variant {@code reported}.
         *
         * @param measure the measure
         * @param subgroup the subgroup
         * @return the formula
         */
        public static Reported of(Measure measure, Subgroup subgroup) {
            return new Reported(measure, Optional.of(subgroup), Variant.of("reported", "reported figure"));
        }

        /**
         * The figures of a measure in every subgroup with figures, variant {@code reported}.
         *
         * @param measure the measure
         * @return the formula
         */
        public static Reported of(Measure measure) {
            return new Reported(measure, Optional.empty(), Variant.of("reported", "reported figure"));
        }

        @Override
        public Set<Measure> measures() {
            return Set.of(measure);
        }

        @Override
        public Set<Measure> publishedValues() {
            return Set.of();
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            return Set.of(measure);
        }

        @Override
        public List<Variant> variants() {
            return List.of(variant);
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return measure.kind() == QuantityKind.YES_NO ? unit == ResultUnit.YES_NO
                    : unit == ResultUnit.PEOPLE || unit == ResultUnit.ITEMS;
        }

        List<IndicatorResult> evaluate(Evaluation ev) {
            List<Observation> figures = ev.select(measure);
            if (figures.isEmpty()) {
                return List.of(ev.missing(variant, List.of(measure)));
            }
            return ev.each(variant, List.of(new Evaluation.Slot(InputRole.REPORTED_FIGURE, figures)),
                    (b, chosen) -> {
                        for (Target t : b.definition().targets()) {
                            b.gap(TargetGap.of(t, chosen[0].value().doubleValue()));
                        }
                        return b.computed(chosen[0].value());
                    });
        }
    }

    /**
     * An indicator defined in several forms, each its own formula with its own variants, such as GAM 1.6C (part I
     * from a survey, part II from programme records over the estimated population) or ART coverage among PWID (the
     * programme ratio and the survey proportion of GAM 2.6C). Each form is evaluated as if it were the indicator's
     * only formula; the results of a form whose every result is "not computable" for a missing input are left out
     * when another form gives any other result, so that one form's data does not show the other form's absence as a
     * problem; when no form has its inputs, every form says what it lacks.
     *
     * @param forms the forms, at least two; their variant codes must not clash (check by the caller's tests)
     */
    record Forms(List<Formula> forms) implements Formula {
        /**
         * Validates the formula and copies the list.
         *
         * @param forms as in the record description
         * @throws IllegalArgumentException if there are fewer than two forms or one is itself a {@code Forms}
         * @throws NullPointerException if an argument or element is null
         */
        public Forms {
            forms = List.copyOf(forms);
            if (forms.size() < 2 || forms.stream().anyMatch(f -> f instanceof Forms)) {
                throw new IllegalArgumentException("An indicator in several forms needs at least two forms, none "
                        + "itself in several forms: " + forms);
            }
        }

        /**
         * The forms, in order.
         *
         * @param forms the forms
         * @return the formula
         */
        public static Forms of(Formula... forms) {
            return new Forms(List.of(forms));
        }

        @Override
        public Set<Measure> measures() {
            return union(Formula::measures);
        }

        @Override
        public Set<Measure> publishedValues() {
            return union(Formula::publishedValues);
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            return union(Formula::subgroupMeasures);
        }

        private Set<Measure> union(java.util.function.Function<Formula, Set<Measure>> part) {
            Set<Measure> all = new LinkedHashSet<>();
            forms.forEach(f -> all.addAll(part.apply(f)));
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public List<Variant> variants() {
            return forms.stream().flatMap(f -> f.variants().stream()).toList();
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return forms.stream().allMatch(f -> f.allows(unit));
        }

        /**
         * The results of every form, less those of forms that lack their inputs when another form gives any other
         * result; when every form lacks its inputs, one result per subgroup, that of the first form, whose reason
         * also says what the other forms lack.
         */
        static List<IndicatorResult> keepInformative(List<List<IndicatorResult>> byForm) {
            List<IndicatorResult> kept = new ArrayList<>();
            if (byForm.stream().allMatch(Forms::onlyMissing)) {
                for (IndicatorResult first : byForm.get(0)) {
                    Phrase why = first.reason().orElseThrow().phrase();
                    for (IndicatorResult r : byForm.stream().skip(1).flatMap(List::stream)
                            .filter(r -> r.subgroup().equals(first.subgroup())).toList()) {
                        why = Phrase.of("missing.other_form", why, r.reason().orElseThrow().phrase());
                    }
                    kept.add(first.withReason(new NotComputableReason(NotComputableReason.Code.MISSING_INPUT, why)));
                }
                return kept;
            }
            for (List<IndicatorResult> rs : byForm) {
                if (!onlyMissing(rs)) {
                    kept.addAll(rs);
                }
            }
            return kept;
        }

        private static boolean onlyMissing(List<IndicatorResult> rs) {
            return rs.stream().allMatch(r -> r.reason().map(x -> x.code() == NotComputableReason.Code.MISSING_INPUT)
                    .orElse(false));
        }
    }

    /**
     * A proportion from a survey sample, {@code p = x / n} with x respondents who answer yes (or test positive) among
     * n respondents asked (or tested) ({@code 0 <= x <= n}, {@code n >= 1}), with the binomial interval of the
     * settings' method at each of its confidence levels. The interval takes the survey's design effect deff when
     * given, and the finite-population correction when the size N of the population sampled is given: it is
     * computed for the effective sample n_eff = n / deff · (N − 1) / (N − n) ({@link SurveyDesign},
     * {@link BinomialIntervals}; Brown, Cai &amp; DasGupta 2001; Kish 1965, section 8.2; Cochran 1977, section
     * 3.2). A result that used either correction lists the figures as inputs ({@link InputRole#DESIGN_EFFECT},
     * {@link InputRole#POPULATION_SIZE}) and says which corrections it made and the effective sample size in a
     * {@link WarningCode#SURVEY_CORRECTIONS} warning. Variant {@code survey_sample}. A published proportion is a
     * further variant, {@code published}, with its published range.
     *
     * @param positives x
     * @param tested n
     * @param designEffect the measure of the survey's design effect, if it has one
     * @param populationSize the measure of the size N of the population sampled, for the finite-population
     *     correction, if any
     * @param published the published proportion, if any
     */
    record SurveyProportion(Measure positives, Measure tested, Optional<Measure> designEffect,
            Optional<Measure> populationSize, Optional<Measure> published) implements Formula {
        private static final Variant SAMPLE = Variant.of("survey_sample", "survey sample");
        private static final Variant PUBLISHED = Variant.of("published", "published value");

        /**
         * Validates the formula.
         *
         * @param positives as in the record description
         * @param tested as in the record description
         * @param designEffect as in the record description
         * @param populationSize as in the record description
         * @param published as in the record description
         * @throws IllegalArgumentException if x and n are the same measure
         * @throws NullPointerException if an argument is null
         */
        public SurveyProportion {
            Objects.requireNonNull(positives, "positives");
            Objects.requireNonNull(tested, "tested");
            Objects.requireNonNull(designEffect, "designEffect");
            Objects.requireNonNull(populationSize, "populationSize");
            Objects.requireNonNull(published, "published");
            if (positives.equals(tested)) {
                throw new IllegalArgumentException("A survey proportion needs two measures: " + positives.code());
            }
        }

        /**
         * A survey proportion without a finite-population correction.
         *
         * @param positives x
         * @param tested n
         * @param designEffect the design effect, if the survey has one
         * @param published the published proportion, if any
         * @throws NullPointerException if an argument is null
         */
        public SurveyProportion(Measure positives, Measure tested, Optional<Measure> designEffect,
                Optional<Measure> published) {
            this(positives, tested, designEffect, Optional.empty(), published);
        }

        /**
         * x of n, with no design effect, population size or published value (add them with the {@code with}
         * methods).
         *
         * @param positives x
         * @param tested n
         * @return the formula
         */
        public static SurveyProportion of(Measure positives, Measure tested) {
            return new SurveyProportion(positives, tested, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /**
         * A copy that reads the survey's design effect.
         *
         * @param measure the design effect's measure
         * @return the formula
         */
        public SurveyProportion withDesignEffect(Measure measure) {
            return new SurveyProportion(positives, tested, Optional.of(measure), populationSize, published);
        }

        /**
         * A copy that makes the finite-population correction when the size of the population sampled is given.
         *
         * @param measure the population size's measure
         * @return the formula
         */
        public SurveyProportion withPopulationSize(Measure measure) {
            return new SurveyProportion(positives, tested, designEffect, Optional.of(measure), published);
        }

        /**
         * A copy that also reports the published proportion, with its range.
         *
         * @param measure the published proportion's measure
         * @return the formula
         */
        public SurveyProportion withPublished(Measure measure) {
            return new SurveyProportion(positives, tested, designEffect, populationSize, Optional.of(measure));
        }

        @Override
        public Set<Measure> measures() {
            Set<Measure> all = new LinkedHashSet<>(List.of(positives, tested));
            designEffect.ifPresent(all::add);
            populationSize.ifPresent(all::add);
            published.ifPresent(all::add);
            return java.util.Collections.unmodifiableSet(all);
        }

        @Override
        public Set<Measure> publishedValues() {
            return published.map(Set::of).orElse(Set.of());
        }

        @Override
        public Set<Measure> subgroupMeasures() {
            Set<Measure> all = new LinkedHashSet<>(List.of(positives, tested));
            published.ifPresent(all::add);
            return java.util.Collections.unmodifiableSet(all);
        }

        /** The survey corrections in words, as {@link SurveyDesign#describe(long)} gives them in English. */
        private static Phrase corrections(SurveyDesign design, long n) {
            Phrase deff = design.designEffect() > 1 ? Phrase.of("survey.design_effect", significant(design.designEffect()))
                    : Phrase.of("survey.no_design_effect");
            Object fpc = design.populationSize().isPresent() ? Phrase.of("survey.fpc",
                    design.populationSize().getAsLong(), significant(design.finitePopulationFactor(n))) : "";
            double eff = design.effectiveSampleSize(n);
            Phrase effective = Double.isInfinite(eff) ? Phrase.of("survey.census")
                    : Phrase.of("survey.effective", significant(eff), n);
            return Phrase.of("survey_corrections", deff, fpc, effective);
        }

        private static String significant(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                    : String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        }

        @Override
        public List<Variant> variants() {
            return published.isPresent() ? List.of(SAMPLE, PUBLISHED) : List.of(SAMPLE);
        }

        @Override
        public boolean allows(ResultUnit unit) {
            return unit == ResultUnit.PROPORTION;
        }

        List<IndicatorResult> evaluate(Evaluation ev) {
            List<Observation> xs = ev.select(positives);
            List<Observation> ns = ev.select(tested);
            List<Observation> pubs = published.map(ev::select).orElse(List.of());
            List<IndicatorResult> results = new ArrayList<>();
            if (xs.isEmpty() != ns.isEmpty()) {
                results.add(ev.missing(SAMPLE, List.of(xs.isEmpty() ? positives : tested)));
            }
            List<Evaluation.Slot> slots = new ArrayList<>(List.of(new Evaluation.Slot(InputRole.NUMERATOR, xs),
                    new Evaluation.Slot(InputRole.DENOMINATOR, ns)));
            List<Observation> deffs = designEffect.map(ev::select).orElse(List.of());
            if (!deffs.isEmpty()) {
                slots.add(new Evaluation.Slot(InputRole.DESIGN_EFFECT, deffs));
            }
            List<Observation> sizes = populationSize.map(ev::select).orElse(List.of());
            if (!sizes.isEmpty()) {
                slots.add(new Evaluation.Slot(InputRole.POPULATION_SIZE, sizes));
            }
            if (!xs.isEmpty() && !ns.isEmpty()) {
                results.addAll(ev.each(SAMPLE, slots, (b, chosen) -> sample(ev, b, chosen,
                        deffs.isEmpty() ? -1 : 2, sizes.isEmpty() ? -1 : deffs.isEmpty() ? 2 : 3)));
            }
            results.addAll(ev.each(PUBLISHED, List.of(new Evaluation.Slot(InputRole.PUBLISHED_VALUE, pubs)),
                    (b, chosen) -> publishedValue(b, chosen[0])));
            if (results.isEmpty()) {
                results.add(ev.missing(SAMPLE, published
                        .map(p -> Phrase.of("missing.survey_or_published", positives.code(), tested.code(), p.code()))
                        .orElse(Phrase.of("missing.survey", positives.code(), tested.code()))));
            }
            return results;
        }

        private static IndicatorResult publishedValue(IndicatorResult.Builder b, Observation share) {
            for (Target t : b.definition().targets()) {
                b.gap(TargetGap.of(t, share.value().doubleValue()));
            }
            return b.computed(share.value());
        }

        private static IndicatorResult sample(Evaluation ev, IndicatorResult.Builder b, Observation[] chosen,
                int deffAt, int sizeAt) {
            Count x = (Count) chosen[0].value();
            Count n = (Count) chosen[1].value();
            if (n.value() == 0) {
                return b.notComputable(NotComputableReason.Code.ZERO_DENOMINATOR, "zero_tested",
                        chosen[1].measure().code());
            }
            if (x.value() > n.value()) {
                return b.notComputable(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR,
                        "positives_above_tested", x, n);
            }
            SurveyDesign design = SurveyDesign.simpleRandomSample();
            if (deffAt > 0) {
                double deff = chosen[deffAt].value().doubleValue();
                if (!(deff >= 1)) {
                    return b.notComputable(NotComputableReason.Code.INVALID_INPUT, "design_effect_below_one", deff,
                            chosen[deffAt].period().toString());
                }
                design = design.withDesignEffect(deff);
            }
            if (sizeAt > 0) {
                long size = Math.round(chosen[sizeAt].value().doubleValue());
                if (size < n.value()) {
                    return b.notComputable(NotComputableReason.Code.INVALID_INPUT, "population_below_sample",
                            chosen[sizeAt].measure().code(), size, chosen[sizeAt].period().toString(), n);
                }
                design = design.withPopulationSize(size);
            }
            if (design.isCorrected()) {
                b.warn(new ResultWarning(WarningCode.SURVEY_CORRECTIONS, corrections(design, n.value())));
            }
            double p = (double) x.value() / n.value();
            for (Target t : b.definition().targets()) {
                b.gap(TargetGap.of(t, p));
            }
            for (double level : ev.settings().levels()) {
                b.interval(BinomialIntervals.interval(x.value(), n.value(), design, ev.settings().binomialMethod(),
                        level));
            }
            return b.ratio(x, n).computed(Proportion.of(x, n));
        }
    }
}
