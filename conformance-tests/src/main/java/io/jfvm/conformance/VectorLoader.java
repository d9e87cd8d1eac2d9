package io.jfvm.conformance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.ipld.Cid;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads vector JSON files and finds them in directory trees. */
public final class VectorLoader {
    // Base fee and circulating supply exceed 2^64: read every number as an arbitrary-precision integer.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private VectorLoader() {}

    /** Every {@code .json} file under the given files and directories, sorted by path, without duplicates. */
    public static List<Path> findVectorFiles(List<Path> roots) throws IOException {
        java.util.TreeSet<Path> files = new java.util.TreeSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                            .map(p -> p.toAbsolutePath().normalize()).forEach(files::add);
                }
            } else if (Files.isRegularFile(root)) {
                files.add(root.toAbsolutePath().normalize());
            } else {
                throw new IOException("no such vector file or directory: " + root);
            }
        }
        return new ArrayList<>(files);
    }

    /** Parses one vector file. */
    public static TestVector read(Path path) {
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new VectorFormatException(path + ": not valid JSON: " + e.getMessage(), e);
        }
        try {
            return parse(path, root);
        } catch (RuntimeException e) {
            throw new VectorFormatException(path + ": " + e.getMessage(), e);
        }
    }

    static TestVector parse(Path path, JsonNode root) {
        String id = text(root.path("_meta"), "id", path.getFileName().toString());
        String vectorClass = root.path("class").asText("");
        Map<String, String> selector = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("selector").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            selector.put(e.getKey(), e.getValue().asText());
        }
        byte[] car = base64(required(root, "car"), "car");
        JsonNode pre = root.path("preconditions");
        Cid preRoot = cid(pre.path("state_tree").path("root_cid"), "preconditions.state_tree.root_cid");
        BigInteger baseFee = bigInteger(pre.get("basefee"), "preconditions.basefee");
        BigInteger circ = bigInteger(pre.get("circ_supply"), "preconditions.circ_supply");
        List<TestVector.Variant> variants = new ArrayList<>();
        for (JsonNode v : pre.path("variants")) {
            variants.add(new TestVector.Variant(v.path("id").asText(""), required(v, "epoch").asLong(),
                    required(v, "nv").asInt()));
        }
        List<TestVector.ApplyMessage> messages = new ArrayList<>();
        for (JsonNode m : root.path("apply_messages")) {
            messages.add(new TestVector.ApplyMessage(base64(required(m, "bytes"), "apply_messages.bytes"),
                    m.path("epoch_offset").asLong(0)));
        }
        JsonNode post = root.path("postconditions");
        Cid postRoot = cid(post.path("state_tree").path("root_cid"), "postconditions.state_tree.root_cid");
        List<TestVector.ExpectedReceipt> receipts = new ArrayList<>();
        for (JsonNode r : post.path("receipts")) {
            receipts.add(new TestVector.ExpectedReceipt(required(r, "exit_code").asInt(),
                    base64(r.path("return"), "receipt return"), required(r, "gas_used").asLong()));
        }
        List<RandomnessEntry> randomness = new ArrayList<>();
        for (JsonNode e : root.path("randomness")) {
            JsonNode on = e.path("on");
            randomness.add(new RandomnessEntry(on.path(0).asText(), on.path(1).asLong(),
                    base64(required(e, "ret"), "randomness ret")));
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("preconditions.variants is empty");
        }
        return new TestVector(path, id, vectorClass, selector, car, preRoot, baseFee, circ, variants, messages,
                postRoot, receipts, randomness);
    }

    private static JsonNode required(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return n;
    }

    private static String text(JsonNode parent, String field, String dflt) {
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static Cid cid(JsonNode link, String what) {
        JsonNode s = link.get("/");
        if (s == null) {
            throw new IllegalArgumentException("missing " + what);
        }
        return Cid.parse(s.asText());
    }

    private static BigInteger bigInteger(JsonNode n, String what) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue();
        }
        if (n.isTextual()) {
            return new BigInteger(n.asText());
        }
        throw new IllegalArgumentException(what + " is not an integer: " + n);
    }

    private static byte[] base64(JsonNode n, String what) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(n.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64: " + e.getMessage(), e);
        }
    }
}
