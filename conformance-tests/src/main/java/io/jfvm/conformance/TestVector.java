package io.jfvm.conformance;

import io.jfvm.ipld.Cid;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A message-class conformance vector (fvm-test-vectors format, ref-fvm {@code testing/conformance/src/vector.rs}).
 *
 * @param path the file it was read from
 * @param id {@code _meta.id}
 * @param vectorClass {@code class} (only "message" runs)
 * @param selector {@code selector} key/value pairs
 * @param car the gzip-compressed CARv1 of the vector's blocks (roots: pre- and post-state)
 * @param preRoot the state root messages start from
 * @param baseFee the base fee in attoFIL, or null when absent
 * @param circulatingSupply the circulating supply in attoFIL, or null when absent
 * @param variants the network variants to run (each from a fresh blockstore)
 * @param messages the messages, applied in order
 * @param postRoot the expected state root after the last message
 * @param receipts the expected receipts, one per message
 * @param randomness recorded randomness digests
 */
public record TestVector(Path path, String id, String vectorClass, Map<String, String> selector, byte[] car,
                         Cid preRoot, BigInteger baseFee, BigInteger circulatingSupply, List<Variant> variants,
                         List<ApplyMessage> messages, Cid postRoot, List<ExpectedReceipt> receipts,
                         List<RandomnessEntry> randomness) {

    /** One network variant: {@code {id, epoch, nv}}. */
    public record Variant(String id, long epoch, int networkVersion) {}

    /** One message: the DAG-CBOR unsigned message bytes; {@code epoch_offset} is ignored, as upstream does. */
    public record ApplyMessage(byte[] bytes, long epochOffset) {}

    /** An expected receipt: exit code, return bytes and gas used must all match. */
    public record ExpectedReceipt(int exitCode, byte[] returnData, long gasUsed) {}

    /** The network version of the first variant (what index.tsv calls {@code nv}). */
    public int networkVersion() {
        return variants.isEmpty() ? 0 : variants.get(0).networkVersion();
    }
}
