package io.jfvm.proofs;

import io.jfvm.proofs.params.CircuitKind;
import io.jfvm.proofs.params.ParameterCache;
import io.jfvm.proofs.params.ParametersMissingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterCacheTest {
    private static final long GIB32 = 32L << 30;

    @Test
    void digestsOfTheV27KeysMatchTheManifest() {
        ParameterCache cache = SharedData.v27Cache();
        // the digest values from proof-params/README.md
        assertEquals("7a139d82b8a02e35279d657e197f5c1f",
                ParameterCache.digest(SharedData.read(cache.directory().resolve(cache.fileName(CircuitKind.POREP, GIB32)))));
        assertEquals("2306247a1e616dbe07f01b88196c2044", ParameterCache.digest(SharedData.read(
                cache.directory().resolve(cache.fileName(CircuitKind.WINNING_POST, GIB32)))));
        assertNotNull(cache.verifyingKey(CircuitKind.WINNING_POST, GIB32));
    }

    @Test
    void fileNamesFollowTheCircuitIdentifiers() {
        ParameterCache cache = SharedData.v27Cache();
        assertTrue(cache.fileName(CircuitKind.WINDOW_POST, GIB32).contains("-0377ded6"));
        assertTrue(cache.fileName(CircuitKind.WINNING_POST, GIB32).contains("-559e581f"));
        ParameterCache v28 = new ParameterCache(SharedData.v27(), SharedData.proofParams().resolve("parameters.json"), "v28");
        assertEquals("v28-empty-sector-update-merkletree-poseidon_hasher-8-8-0-"
                        + "3b7f44a9362e3985369454947bc94022e118211e49fd672d52bec1cbfd599d18.vk",
                v28.fileName(CircuitKind.EMPTY_SECTOR_UPDATE, GIB32));
    }

    @Test
    void aMissingKeyIsAClearErrorNamingTheFile() {
        // the v27 manifest lists the 2KiB seal key, but the file is not in the directory
        ParameterCache cache = SharedData.v27Cache();
        ParametersMissingException e = assertThrows(ParametersMissingException.class,
                () -> cache.verifyingKey(CircuitKind.POREP, 2048));
        assertTrue(e.getMessage().contains(cache.fileName(CircuitKind.POREP, 2048)), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aCorruptKeyIsAClearErrorNamingTheFile(@TempDir Path tmp) throws IOException {
        ParameterCache good = SharedData.v27Cache();
        String name = good.fileName(CircuitKind.WINNING_POST, GIB32);
        byte[] bytes = SharedData.read(good.directory().resolve(name));
        bytes[1000] ^= 1;
        Files.write(tmp.resolve(name), bytes);
        ParameterCache bad = new ParameterCache(tmp, SharedData.v27().resolve("parameters-v27.json"), "v27");
        ParametersMissingException e = assertThrows(ParametersMissingException.class,
                () -> bad.verifyingKey(CircuitKind.WINNING_POST, GIB32));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aMissingManifestIsAClearError(@TempDir Path tmp) {
        ParameterCache cache = new ParameterCache(tmp, tmp.resolve("parameters.json"), "v28");
        ParametersMissingException e = assertThrows(ParametersMissingException.class,
                () -> cache.verifyingKey(CircuitKind.POREP, GIB32));
        assertTrue(e.getMessage().contains("parameters.json"), e.getMessage());
    }
}
