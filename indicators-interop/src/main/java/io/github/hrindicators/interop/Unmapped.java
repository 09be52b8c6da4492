package io.github.hrindicators.interop;

import java.util.Objects;

/**
 * A result or figure that an export could not carry, and why: no mapping rule, not computed, a period the
 * receiving system has no identifier for, or receiving codes already used by another value.
 *
 * @param what the result or figure in words, such as "ost_coverage (denominator: PWID size (proxy)), Kyrgyzstan,
 *     2016, total"
 * @param reason why it is not exported
 */
public record Unmapped(String what, String reason) {
    /**
     * Checks the components.
     *
     * @param what as in the record description
     * @param reason as in the record description
     * @throws NullPointerException if a component is null
     */
    public Unmapped {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return what + ": " + reason;
    }
}
