package io.jfvm.proofs.params;

import java.util.Map;

/**
 * The circuits whose verifying keys Filecoin publishes, and for each sector size the first 8 hex
 * digits of the circuit identifier hash in the file name (SHA-256 of the public parameters'
 * identifier; see proofs.md §1.1). The full name is looked up in the manifest.
 */
public enum CircuitKind {
    POREP("stacked-proof-of-replication-merkletree-poseidon_hasher", Map.of(
            2048L, "032d3138", 8L << 20, "ecd68364", 512L << 20, "6babf46c", 32L << 30, "82a357d2", 64L << 30, "96f1b4a0")),
    WINDOW_POST("proof-of-spacetime-fallback-merkletree-poseidon_hasher", Map.of(
            2048L, "0170db1f", 8L << 20, "5294475d", 512L << 20, "0cfb4f17", 32L << 30, "0377ded6", 64L << 30, "2627e400")),
    WINNING_POST("proof-of-spacetime-fallback-merkletree-poseidon_hasher", Map.of(
            2048L, "3ea05428", 8L << 20, "50c7368d", 512L << 20, "7d739b8c", 32L << 30, "559e581f", 64L << 30, "b6209862")),
    EMPTY_SECTOR_UPDATE("empty-sector-update-merkletree-poseidon_hasher", Map.of(
            2048L, "fb9e095b", 8L << 20, "92180959", 512L << 20, "61fa69f3", 32L << 30, "3b7f44a9", 64L << 30, "102e1444"));

    final String namePrefix;
    private final Map<Long, String> idHash;

    CircuitKind(String namePrefix, Map<Long, String> idHash) {
        this.namePrefix = namePrefix;
        this.idHash = idHash;
    }

    String identifierHash(long sectorSize) {
        String h = idHash.get(sectorSize);
        if (h == null) {
            throw new IllegalArgumentException("no " + this + " circuit for sector size " + sectorSize);
        }
        return h;
    }
}
