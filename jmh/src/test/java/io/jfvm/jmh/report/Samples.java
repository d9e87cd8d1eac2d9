package io.jfvm.jmh.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-made result files in JMH's JSON format (test resources {@code results/}), with round numbers so that the
 * expected ratios are easy to check by hand. suite3-v8.json is in the node script's format.
 */
final class Samples {
    private Samples() {}

    static Path dir() {
        try {
            return Path.of(Samples.class.getResource("results").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JmhResult> read(String file) throws IOException {
        return JmhResult.read(dir().resolve(file));
    }
}
