package io.github.hrindicators.cli.report;

import java.util.List;
import java.util.Map;

/** What the HTML template shows: records read by Mustache, every text escaped by the template. */
record Page(String lang, Map<String, String> t, String title, String lede, List<SummaryRow> summary,
        List<Chart> charts, boolean hasReconciliation, List<ReconciliationRow> reconciliation, List<Section> sections,
        List<DefinitionRow> definitions, List<SourceRow> sources) {

    record SummaryRow(String name, String anchor, int year, String variant, String value, String level,
            List<String> gaps) {
    }

    record Chart(String id, String title, String caption, String svg, List<Charts.Legend> legend) {
    }

    record ReconciliationRow(String name, int year, String reported, String computed, String variant,
            String difference, String beyondRounding, String reportedLevel, List<String> reportedGaps,
            String explanation, List<Integer> refs) {
    }

    record Section(String indicatorId, String name, String definitionRef, String formula, List<Row> rows,
            boolean hasRows, List<NotComputableRow> notComputable, boolean hasNotComputable, String notComputableTitle) {
    }

    record Row(String indicatorId, String variantCode, int year, String variant, String subgroup, String value, List<Integer> refs, List<String> intervals,
            String level, List<String> gaps, List<Input> inputs, List<String> warnings) {
    }

    record Input(String text, List<Integer> refs) {
    }

    record NotComputableRow(int year, String variant, String subgroup, String reason) {
    }

    record DefinitionRow(String id, String version, String name, String numerator, String denominator,
            String sources) {
    }

    /** A source: its number, and its citation split around its address, if it has one, for the link. */
    record SourceRow(int number, String before, String url, boolean hasUrl, String after) {
    }
}
