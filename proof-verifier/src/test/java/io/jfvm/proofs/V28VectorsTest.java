package io.jfvm.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.proofs.ProofVerifier.PoStProof;
import io.jfvm.proofs.ProofVerifier.SectorInfo;
import io.jfvm.proofs.ProofVerifier.WindowPoStVerifyInfo;
import io.jfvm.proofs.commd.PieceCid;
import io.jfvm.proofs.groth16.Groth16;
import io.jfvm.proofs.groth16.Proof;
import io.jfvm.proofs.params.CircuitKind;
import io.jfvm.proofs.params.ParameterCache;
import io.jfvm.proofs.porep.PoRepConfig;
import io.jfvm.proofs.porep.SealPublicInputs;
import io.jfvm.proofs.sig.BlsBackends;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vectors that need the mainnet (v28) verifying keys, which are not in ../shared. They run when the
 * keys are in the parameter cache (FIL_PROOFS_PARAMETER_CACHE or -Djfvm.proofs.parameterCache,
 * default /var/tmp/filecoin-proof-parameters), checked against shared/proof-params/parameters.json;
 * otherwise they are skipped with a message naming the missing file.
 */
class V28VectorsTest {
    private static ParameterCache v28() {
        String dir = System.getProperty(ParameterCache.DIR_PROPERTY, System.getenv().getOrDefault(
                "FIL_PROOFS_PARAMETER_CACHE", ParameterCache.DEFAULT_DIR));
        return new ParameterCache(Path.of(dir), SharedData.proofParams().resolve("parameters.json"), "v28");
    }

    private static void assumeKey(ParameterCache cache, CircuitKind kind, long sectorSize) {
        Path file = cache.directory().resolve(cache.fileName(kind, sectorSize));
        Assumptions.assumeTrue(Files.isRegularFile(file), "v28 key not available: " + file + "; skipping");
    }

    private static byte[] bytes(JsonNode arr) {
        byte[] b = new byte[arr.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) arr.get(i).asInt();
        }
        return b;
    }

    @Test
    void calibnetWindowPost() throws IOException {
        ParameterCache cache = v28();
        assumeKey(cache, CircuitKind.WINDOW_POST, 32L << 30);
        JsonNode v = new ObjectMapper().readTree(
                SharedData.proofParams().resolve("test-vectors/calibnet-window-post-32g.json").toFile());
        JsonNode s = v.get("sectors").get(0);
        ProofVerifier verifier = new FilecoinProofVerifier(cache, BlsBackends.best());
        byte[] proof = hex(v.get("proof_hex").asText());
        for (long type : new long[] {8, 13}) {
            WindowPoStVerifyInfo info = new WindowPoStVerifyInfo(hex(v.get("randomness_hex").asText()),
                    List.of(new PoStProof(type, proof)),
                    List.of(new SectorInfo(8, s.get("sector_number").asLong(),
                            PieceCid.sealedCid(hex(s.get("comm_r_hex").asText())))), v.get("prover_actor_id").asLong());
            assertTrue(verifier.verifyWindowPost(info), "type " + type);
        }
        WindowPoStVerifyInfo wrongSector = new WindowPoStVerifyInfo(hex(v.get("randomness_hex").asText()),
                List.of(new PoStProof(8, proof)), List.of(new SectorInfo(8, s.get("sector_number").asLong() + 1,
                PieceCid.sealedCid(hex(s.get("comm_r_hex").asText())))), v.get("prover_actor_id").asLong());
        assertFalse(verifier.verifyWindowPost(wrongSector));
    }

    @Test
    void sealRegressionRecords() throws IOException {
        ParameterCache cache = v28();
        int verified = 0;
        int skipped = 0;
        for (String file : new String[] {"seal_regression_records-v16.json", "seal_regression_records-v18.json"}) {
            for (String line : Files.readAllLines(SharedData.proofParams().resolve("test-vectors").resolve(file))) {
                JsonNode r = new ObjectMapper().readTree(line);
                JsonNode pc = r.get("porep_config");
                long size = pc.get("sector_size").asLong();
                String features = pc.get("api_features").toString();
                if (features.contains("NonInteractive")
                        || !Files.isRegularFile(cache.directory().resolve(cache.fileName(CircuitKind.POREP, size)))) {
                    skipped++;
                    continue;
                }
                int partitions = pc.get("partitions").asInt();
                PoRepConfig config = new PoRepConfig(bytes(pc.get("porep_id")), size, partitions,
                        size >= (32L << 30) ? 18 : 2, ApiVersion.valueOf(pc.get("api_version").asText()),
                        features.contains("Synthetic"));
                List<List<BigInteger>> inputs = new SealPublicInputs(config).generate(bytes(r.get("prover_id")),
                        r.get("sector_id").asLong(), bytes(r.get("ticket")), bytes(r.get("seed")),
                        bytes(r.get("comm_r")), bytes(r.get("comm_d")));
                List<Proof> proofs = Proof.readMany(bytes(r.get("proof")), partitions);
                assertTrue(Groth16.verifyBatch(cache.verifyingKey(CircuitKind.POREP, size), proofs, inputs),
                        "record " + line.substring(0, 200));
                verified++;
            }
        }
        System.out.printf("seal regression records: %d verified, %d skipped (key absent or NI-PoRep)%n",
                verified, skipped);
        Assumptions.assumeTrue(verified > 0, "no v28 seal keys in " + cache.directory() + "; skipping");
    }

}
