package io.jfvm.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads the test tables under {@code src/test/resources/io/jfvm/evm/} and reads hex. */
final class TestData {
    private static final HexFormat HEX = HexFormat.of();

    private TestData() {}

    static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-comment lines of a tab-separated table, split into columns. */
    static List<String[]> tsv(String name) {
        try (InputStream in = open(name)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = TestData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource io/jfvm/evm/" + name);
        }
        return in;
    }

    /** Bytes of a hex string with or without {@code 0x}. */
    static byte[] hex(String s) {
        return HEX.parseHex(s.startsWith("0x") ? s.substring(2) : s);
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** An unsigned integer written as {@code 0x…} hex or as decimal. */
    static BigInteger integer(String s) {
        return s.startsWith("0x") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
    }
}
