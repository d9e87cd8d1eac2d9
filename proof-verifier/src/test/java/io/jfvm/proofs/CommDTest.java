package io.jfvm.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jfvm.proofs.ProofVerifier.PieceInfo;
import io.jfvm.proofs.commd.CommD;
import io.jfvm.proofs.commd.PieceCid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jfvm.proofs.SharedData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** proof-params/test-vectors/commd-vectors.json (proofs.md §C8). */
class CommDTest {
    private static JsonNode vectors;
    private static final Map<String, Long> SEAL_TYPE_V1_1 = Map.of(
            "2KiB", 5L, "8MiB", 6L, "512MiB", 7L, "32GiB", 8L, "64GiB", 9L);

    @BeforeAll
    static void load() throws IOException {
        vectors = new ObjectMapper().readTree(
                SharedData.proofParams().resolve("test-vectors/commd-vectors.json").toFile());
    }

    private final ProofVerifier verifier = new FilecoinProofVerifier(SharedData.v27Cache(),
            io.jfvm.proofs.sig.BlsBackends.best());

    @Test
    void zeroPieceCommitments() {
        int n = 0;
        for (JsonNode z : vectors.get("zero_piece_commitments")) {
            assertEquals(z.get("comm_hex").asText(), hex(CommD.zeroCommitment(z.get("padded_size").asLong())));
            n++;
        }
        assertEquals(35, n);
    }

    @Test
    void emptySectors() {
        for (JsonNode e : vectors.get("empty_sector_unsealed_cid")) {
            long type = SEAL_TYPE_V1_1.get(e.get("sector").asText());
            byte[] cid = verifier.computeUnsealedSectorCid(type, List.of());
            assertEquals(e.get("cid").asText(), PieceCid.toBase32String(cid));
            assertEquals(e.get("comm_d_hex").asText(), hex(PieceCid.unsealedCommitment(cid)));
        }
    }

    @Test
    void realMainnetSectorOfTenDeals() {
        JsonNode s = vectors.get("mainnet_sector");
        List<PieceInfo> pieces = new ArrayList<>();
        for (JsonNode p : s.get("pieces_in_order")) {
            pieces.add(new PieceInfo(p.get("padded_size").asLong(), PieceCid.fromBase32String(p.get("cid").asText())));
        }
        byte[] cid = verifier.computeUnsealedSectorCid(8, pieces);
        assertEquals(s.get("expected_unsealed_cid").asText(), PieceCid.toBase32String(cid));
        assertEquals(s.get("expected_comm_d_hex").asText(), hex(PieceCid.unsealedCommitment(cid)));
        // order matters
        List<PieceInfo> swapped = new ArrayList<>(pieces);
        java.util.Collections.swap(swapped, 0, 1);
        org.junit.jupiter.api.Assertions.assertNotEquals(s.get("expected_unsealed_cid").asText(),
                PieceCid.toBase32String(verifier.computeUnsealedSectorCid(8, swapped)));
    }

    @Test
    void malformedPiecesAreIllegalArguments() {
        byte[] comm = CommD.zeroCommitment(1024);
        byte[] sealedCid = PieceCid.sealedCid(comm);
        assertThrows(IllegalArgumentException.class,
                () -> verifier.computeUnsealedSectorCid(5, List.of(new PieceInfo(1024, sealedCid))), "wrong codec");
        assertThrows(IllegalArgumentException.class,
                () -> verifier.computeUnsealedSectorCid(5, List.of(new PieceInfo(1000, PieceCid.unsealedCid(comm)))),
                "size not a power of two");
        assertThrows(IllegalArgumentException.class, () -> verifier.computeUnsealedSectorCid(5,
                List.of(new PieceInfo(2048, PieceCid.unsealedCid(comm)), new PieceInfo(128, PieceCid.unsealedCid(comm)))),
                "pieces larger than the sector");
    }

    @Test
    void onePieceFillingTheSectorIsItsOwnCommD() {
        byte[] comm = hex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        assertEquals(hex(comm), hex(CommD.compute(2048, List.of(new CommD.Piece(2048, comm)))));
    }
}
