package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Documentation that runs: every {@code java} code block of every README.md in the repository must stand, line for
 * line (white space folded, trailing comments ignored), in a test source file, where it is compiled and run. A README
 * edited without its test, or a test changed without its README, fails here.
 */
class DocumentationSnippetsTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetIsInATest() throws IOException {
        List<Path> readmes = files(p -> p.getFileName().toString().equals("README.md"));
        String tests = files(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/"))
                .stream().map(DocumentationSnippetsTest::read).map(DocumentationSnippetsTest::normalize)
                .collect(Collectors.joining("\n"));
        List<String> missing = new ArrayList<>();
        int snippets = 0;
        for (Path readme : readmes) {
            Matcher m = JAVA_BLOCK.matcher(read(readme));
            while (m.find()) {
                snippets++;
                String snippet = normalize(m.group(1));
                if (!tests.contains(snippet)) {
                    missing.add(ROOT.relativize(readme) + ":\n" + snippet);
                }
            }
        }
        assertThat(readmes).extracting(p -> ROOT.relativize(p).toString()).contains("README.md");
        assertThat(snippets).isPositive();
        assertThat(missing).as("README java snippets not found verbatim in any test").isEmpty();
    }

    private static List<Path> files(java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(filter).sorted().toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per statement line: trailing // comments dropped, white space folded, blank lines removed. */
    static String normalize(String code) {
        return code.lines().map(l -> l.replaceAll("\\s*//.*$", "").strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
