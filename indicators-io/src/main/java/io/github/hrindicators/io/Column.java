package io.github.hrindicators.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a CSV file and the fields of a JSON figure, in the order the writers use. */
enum Column {
    MEASURE(true), VALUE(true), UNIT(false), LOW(false), HIGH(false), RANGE_KIND(false), PERIOD(true), AREA(true),
    SETTING(false), GENDER(false), AGE_BAND(false), PROVIDER_TYPE(false), SOURCE(true), NOTE(false);

    static final List<Column> ALL = List.of(values());
    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : ALL) {
            BY_NAME.put(c.header(), c);
        }
    }

    private final boolean required;
    private final String header;

    Column(boolean required) {
        this.required = required;
        this.header = name().toLowerCase(Locale.ROOT);
    }

    /** Whether a figure must give this column (area may come from a JSON document's default area). */
    boolean required() {
        return required;
    }

    /** The name in files: {@code range_kind}. */
    String header() {
        return header;
    }

    static Optional<Column> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }
}
