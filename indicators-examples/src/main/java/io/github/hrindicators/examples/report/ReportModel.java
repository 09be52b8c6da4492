package io.github.hrindicators.examples.report;

import java.util.List;

/** The values the HTML template shows; records read by Mustache, texts escaped by the template. */
final class ReportModel {
    private ReportModel() {
    }

    record Page(String title, String area, int fromYear, int toYear, List<String> headlines, List<ChartView> charts,
            List<Section> sections, List<ReconciliationRow> reconciliation, List<SourceRef> sources,
            List<DefinitionRef> definitions, String datasetNote, String reportedNote, int computedCount,
            int notComputableCount) {
    }

    record ChartView(String id, String title, String caption, String dataUri) {
    }

    record Section(String indicatorId, String name, String definitionRef, String formula, List<Row> rows,
            boolean hasRows, List<NotComputableRow> notComputable, boolean hasNotComputable, int notComputableCount) {
    }

    record Row(String indicatorId, int year, String variant, String subgroup, String value, List<String> intervals,
            String level, List<String> gaps, List<String> warnings, List<InputRef> inputs, List<Integer> refs,
            String definitionRef) {
    }

    record InputRef(String text, List<Integer> refs) {
    }

    record NotComputableRow(int year, String variant, String subgroup, String reason) {
    }

    record ReconciliationRow(String indicatorId, String name, int year, String reported, String computed,
            String variant, String difference, String beyondRounding, String reportedLevel,
            List<String> reportedGaps, String explanation, List<Integer> refs) {
    }

    record SourceRef(int number, String citation) {
    }

    record DefinitionRef(String id, String version, String name, String numerator, String denominator,
            String sources) {
    }
}
