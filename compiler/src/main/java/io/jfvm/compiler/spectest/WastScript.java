package io.jfvm.compiler.spectest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec test script as {@code wast2json} writes it: the source file's name and its commands in order. Modules
 * are separate files next to the JSON, named by {@link Command#filename()}; all numbers are decimal strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WastScript(@JsonProperty("source_filename") String sourceFilename, List<Command> commands) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public WastScript {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    public static WastScript read(Path json) throws IOException {
        return MAPPER.readValue(json.toFile(), WastScript.class);
    }

    /**
     * One command. Which fields are set depends on {@link #type()}: module commands carry {@code filename} (and
     * {@code name} when the module is named), assertions on actions carry {@code action} and {@code expected},
     * assertions on modules carry {@code filename}, {@code text} and {@code moduleType}, {@code register} carries
     * {@code as} and optionally {@code name}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Command(String type, int line, String filename, String name, String as, String text,
            @JsonProperty("module_type") String moduleType, Action action, List<Value> expected) {
        public Command {
            expected = expected == null ? List.of() : List.copyOf(expected);
        }

        /**
         * Whether this command concerns a binary engine: an {@code assert_malformed} of a text module tests the
         * text-format parser, which jfvm does not have.
         */
        public boolean appliesToBinaryEngine() {
            return !("assert_malformed".equals(type) && "text".equals(moduleType));
        }

        /** A short description for reports, e.g. {@code assert_return invoke "add"} or {@code module m.0.wasm}. */
        public String describe() {
            StringBuilder sb = new StringBuilder(type);
            if (action != null) {
                sb.append(' ').append(action.describe());
            }
            if (filename != null) {
                sb.append(' ').append(filename);
            }
            if (name != null) {
                sb.append(' ').append(name);
            }
            if (as != null) {
                sb.append(" as \"").append(as).append('"');
            }
            return sb.toString();
        }
    }

    /**
     * An action: {@code invoke} of an exported function with arguments, or {@code get} of an exported global.
     * {@code module} names the target module, or is null for the most recently defined one.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String type, String module, String field, List<Value> args) {
        public Action {
            args = args == null ? List.of() : List.copyOf(args);
        }

        String describe() {
            StringBuilder sb = new StringBuilder(type).append(' ');
            if (module != null) {
                sb.append(module).append('.');
            }
            sb.append('"').append(field).append('"');
            if ("invoke".equals(type)) {
                sb.append('(');
                for (int i = 0; i < args.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(args.get(i));
                }
                sb.append(')');
            }
            return sb.toString();
        }
    }

    /**
     * A typed value: i32/i64 as unsigned decimal, f32/f64 as the unsigned decimal of their bit pattern (or, in
     * expected results, {@code nan:canonical} / {@code nan:arithmetic}), references as {@code null}, a number
     * ({@code ref.extern N}) or absent (any non-null reference).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String type, String value) {
        @Override
        public String toString() {
            return type + ":" + (value == null ? "non-null" : value);
        }
    }
}
