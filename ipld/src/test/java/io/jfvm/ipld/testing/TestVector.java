package io.jfvm.ipld.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.ipld.Cid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The parts of a conformance vector the IPLD and state tests need. */
public record TestVector(Path path, String id, int networkVersion, Cid preRoot, Cid postRoot, byte[] car,
                         List<byte[]> messages) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static TestVector read(Path path) {
        try {
            JsonNode root = JSON.readTree(path.toFile());
            List<byte[]> messages = new ArrayList<>();
            for (JsonNode m : root.path("apply_messages")) {
                messages.add(Base64.getDecoder().decode(m.path("bytes").asText()));
            }
            return new TestVector(path, root.path("_meta").path("id").asText(),
                    root.path("preconditions").path("variants").get(0).path("nv").asInt(),
                    Cid.parse(root.path("preconditions").path("state_tree").path("root_cid").path("/").asText()),
                    Cid.parse(root.path("postconditions").path("state_tree").path("root_cid").path("/").asText()),
                    Base64.getDecoder().decode(root.path("car").asText()), messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle file the vector's network version runs with. */
    public String bundleFile() {
        return networkVersion <= 17 ? "v9-mainnet.car" : "v10-mainnet.car";
    }
}
