package io.jfvm.compiler.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The binary modules of the WebAssembly spec test suite ({@code wasm-testsuite/json}) that are meant to decode
 * and validate: those of {@code module}, {@code assert_unlinkable} and {@code assert_uninstantiable} commands.
 * Modules of {@code assert_malformed} and {@code assert_invalid} are left out.
 */
public final class SpecModules {
    private static final Set<String> WELL_FORMED = Set.of("module", "assert_unlinkable", "assert_uninstantiable");

    private SpecModules() {}

    /** A module file of one script, e.g. {@code elem/elem.3.wasm}. */
    public record SpecModule(String script, Path file) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return script + "/" + file.getFileName();
        }
    }

    /** Every well-formed, valid binary module of every script; skips the calling test without the suite. */
    public static List<SpecModule> wellFormed() {
        Path root = SharedData.require("wasm-testsuite/json");
        ObjectMapper json = new ObjectMapper();
        List<SpecModule> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String script = dir.getFileName().toString();
                JsonNode commands = json.readTree(dir.resolve(script + ".json").toFile()).get("commands");
                for (JsonNode c : commands) {
                    JsonNode filename = c.get("filename");
                    boolean binary = !c.has("module_type") || c.get("module_type").asText().equals("binary");
                    if (WELL_FORMED.contains(c.get("type").asText()) && filename != null && binary) {
                        out.add(new SpecModule(script, dir.resolve(filename.asText())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
