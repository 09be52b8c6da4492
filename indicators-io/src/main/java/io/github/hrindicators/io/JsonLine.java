package io.github.hrindicators.io;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of a JSON Lines record file: an object whose fields are named as the CSV columns of its format. */
final class JsonLine {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLine() {
    }

    /**
     * Puts the line's values, as text, at the index of their column (an empty text for {@code null}; a field not
     * given is left as it was); reports every problem of the line's shape.
     *
     * @return whether the line is an object with known fields only, each a text, a number, true, false or null
     */
    static boolean values(String line, Map<String, Integer> columns, String[] values, RecordFields fields) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            fields.rowProblem(Problem.Kind.SYNTAX, "is not one JSON object" + (at > 0 ? " (the reader stopped at "
                    + "character " + at + ")" : "") + "; check its quotes, commas and braces, and write each record"
                    + " on one line");
            return false;
        }
        if (node == null || !node.isObject()) {
            fields.rowProblem(Problem.Kind.LAYOUT, "is not a JSON object; write each record as one object, such as "
                    + "{\"uic\": \"ABC1990M\", …}");
            return false;
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Integer i = columns.get(e.getKey());
            JsonNode v = e.getValue();
            if (i == null) {
                fields.problems().add(new Problem(Problem.Kind.LAYOUT, fields.file(), fields.line(), 0,
                        "/" + e.getKey(), "", "is not a field of these records; the fields are "
                                + String.join(", ", columns.keySet())));
                ok = false;
            } else if (v.isString()) {
                values[i] = v.stringValue();
            } else if (v.isNumber()) {
                values[i] = v.isIntegralNumber() ? v.bigIntegerValue().toString()
                        : new BigDecimal(v.numberValue().toString()).toPlainString();
            } else if (v.isBoolean()) {
                values[i] = v.booleanValue() ? "yes" : "no";
            } else if (v.isNull()) {
                values[i] = ""; // given, empty
            } else {
                fields.problems().add(new Problem(Problem.Kind.VALUE, fields.file(), fields.line(), 0,
                        "/" + e.getKey(), "", "is a JSON " + (v.isArray() ? "array" : "object")
                                + "; expected a text, a number, true or false"));
                ok = false;
            }
        }
        return ok;
    }
}
