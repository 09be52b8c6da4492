package io.github.hrindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final AtomicLong clock = new AtomicLong();
    private final StringWriter text = new StringWriter();

    private Progress progress(boolean terminal) {
        return new Progress(new PrintWriter(text, true), terminal, "reading f.csv", 200, clock::get);
    }

    @Test
    void drawsNothingInTheFirstTwoSecondsThenABarThatCloseClears() {
        try (Progress p = progress(true)) {
            p.update(50);
            clock.set(Progress.DELAY_NANOS - 1);
            p.update(60);
            assertThat(text.toString()).isEmpty();
            clock.set(Progress.DELAY_NANOS);
            p.update(90);
            // hand: 90 of 200 = 45 %, 30 × 90 / 200 = 13 of 30 marks
            assertThat(text.toString()).isEqualTo("\r[" + "#".repeat(13) + ".".repeat(17) + "]  45 % reading f.csv");
            clock.addAndGet(1_000);
            p.update(100);
            assertThat(text.toString()).as("at most ten redraws a second").doesNotContain(" 50 %");
            clock.addAndGet(100_000_000);
            p.update(400);
            assertThat(text.toString()).as("never beyond the total").endsWith("] 100 % reading f.csv");
        }
        assertThat(text.toString()).endsWith("\r" + " ".repeat(30 + 8 + "reading f.csv".length()) + "\r");
    }

    @Test
    void drawsNothingWhenStandardErrorIsNotATerminal() {
        try (Progress p = progress(false)) {
            clock.set(10 * Progress.DELAY_NANOS);
            p.update(100);
        }
        assertThat(text.toString()).isEmpty();
    }
}
