package io.github.hrindicators.examples.report;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.core.reconcile.ReportedValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The indicator values Kyrgyzstan reported to UNAIDS Global AIDS Monitoring, bundled as
 * {@code kyrgyzstan-reported.csv} (a verbatim copy of {@code kyrgyzstan-reported-indicators.csv}: columns
 * {@code indicator, value, unit, year, geography, denominator_note, source}), read into
 * {@link ReportedValue}s with the value text as published, so that its decimals set the rounding tolerance.
 *
 * <p>Indicator codes of the file map to the library's definition ids: {@code ost_coverage_pct} →
 * {@code ost_coverage} (a proportion; the text is in percent), {@code needles_syringes_per_pwid_per_year} →
 * {@code needles_syringes_per_pwid} (needles-syringes per PWID per year). A row with another code is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportedIndicators {
    /** The bundled file's resource path. */
    public static final String RESOURCE = "/io/github/hrindicators/examples/kyrgyzstan-reported.csv";

    private static final Map<String, String> IDS = Map.of(
            "ost_coverage_pct", StandardIndicators.OST_COVERAGE.definition().id(),
            "needles_syringes_per_pwid_per_year", StandardIndicators.NEEDLES_SYRINGES_PER_PWID.definition().id());

    private ReportedIndicators() {
    }

    /**
     * Reads the bundled reported values.
     *
     * @return the reported values in file order
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalArgumentException if a row has an unknown indicator code or an invalid value
     */
    public static List<ReportedValue> bundled() {
        try (InputStream in = ReportedIndicators.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Missing resource: " + RESOURCE));
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads reported values from CSV with the columns of the bundled file.
     *
     * @param in the CSV, UTF-8 with a header row
     * @return the reported values in file order
     * @throws IllegalArgumentException if a row has an unknown indicator code, a year that is not a whole number
     *     or an invalid value (as for {@link ReportedValue#parse})
     * @throws NullPointerException if {@code in} is null
     */
    public static List<ReportedValue> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        CsvMapper mapper = new CsvMapper();
        List<ReportedValue> values = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            int line = 1;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                line++;
                String code = row.getOrDefault("indicator", "").strip();
                String id = IDS.get(code);
                if (id == null) {
                    throw new IllegalArgumentException("Reported indicator code is not known, line " + line + ": '"
                            + code + "'; expected one of " + IDS.keySet());
                }
                ResultUnit unit = code.equals("ost_coverage_pct") ? ResultUnit.PROPORTION
                        : ResultUnit.PER_PERSON_PER_YEAR;
                int year;
                try {
                    year = Integer.parseInt(row.getOrDefault("year", "").strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Reported year is not a whole number, line " + line + ": '"
                            + row.get("year") + "'", e);
                }
                String note = row.getOrDefault("denominator_note", "");
                values.add(ReportedValue.parse(id, unit, row.getOrDefault("value", ""), year,
                        Area.of(row.getOrDefault("geography", "").strip()), Source.of(row.getOrDefault("source", "")),
                        note.strip().equals("denominator not stated") ? "" : note));
            }
        }
        return List.copyOf(values);
    }
}
