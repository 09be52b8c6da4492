package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.Indicator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The indicator table of the root README.md lists the standard catalogue, in its order. */
class ReadmeIndicatorTableTest {

    @Test
    void tableIdsAreTheCatalogue() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf("## What it computes"), text.indexOf("Inputs without a published"));
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9_]+)` \\|").matcher(section);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).containsExactlyElementsOf(Catalogue.standard().indicators().stream().map(Indicator::id)
                .toList());
    }
}
