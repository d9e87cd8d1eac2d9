package io.jfvm.compiler.spectest;

/**
 * One failed command.
 *
 * @param file the script's name (its directory under the JSON root, e.g. {@code i32})
 * @param line the command's line in the {@code .wast} source
 * @param command what the command does, e.g. {@code assert_return invoke "add"(i32:1, i32:2)}
 * @param expected the outcome the script expects
 * @param actual the outcome jfvm produced
 */
public record Failure(String file, int line, String command, String expected, String actual) {
    @Override
    public String toString() {
        return file + ".wast:" + line + ": " + command + ": expected " + expected + ", got " + actual;
    }
}
