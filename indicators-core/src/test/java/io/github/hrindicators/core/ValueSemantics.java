package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks equals, hashCode and toString of a value type against an equal copy and copies differing in one field. */
final class ValueSemantics {
    private ValueSemantics() {
    }

    /**
     * Asserts the value contract.
     *
     * @param value a value
     * @param equalCopy a separately built value with the same fields
     * @param differing values that differ from {@code value} in exactly one field each
     */
    static void assertValueSemantics(Object value, Object equalCopy, Object... differing) {
        assertThat(equalCopy).isNotSameAs(value);
        assertThat(value).isEqualTo(value);
        assertThat(value).isEqualTo(equalCopy);
        assertThat(equalCopy).isEqualTo(value);
        assertThat(value).hasSameHashCodeAs(equalCopy);
        assertThat(value).hasToString(equalCopy.toString());
        assertThat(value).isNotEqualTo(null);
        assertThat(value).isNotEqualTo(new Object());
        assertThat(differing).isNotEmpty();
        for (Object other : differing) {
            assertThat(other).as("differs from %s", value).isNotEqualTo(value);
            assertThat(value).as("differs from %s", other).isNotEqualTo(other);
        }
        // Hash quality: the hash must depend on the fields. A constant hash would satisfy the contract above and
        // turn every hash set of figures into a list; the values given differ enough that real hashes differ.
        assertThat(java.util.Arrays.stream(differing).mapToInt(Object::hashCode))
                .as("hash codes of values differing from %s", value).anyMatch(h -> h != value.hashCode());
    }
}
