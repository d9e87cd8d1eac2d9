package io.jfvm.conformance;

import io.jfvm.ipld.Cid;
import java.nio.file.Path;
import java.util.List;

/**
 * The verdict on one vector file.
 *
 * @param id the vector id (the file name when the file could not be read)
 * @param path the vector file
 * @param networkVersion the first variant's network version (0 if unknown)
 * @param verdict passed, failed or skipped
 * @param reason why it failed or was skipped (null when it passed)
 * @param timeMillis wall time spent on it
 * @param variants per-variant details (only the variants that ran to the end)
 * @param expectedReceipts the vector's expected receipts (empty if it could not be read)
 * @param expectedRoot the vector's expected post-state root (null if it could not be read)
 */
public record VectorResult(String id, Path path, int networkVersion, Verdict verdict, String reason,
                           long timeMillis, List<VariantResult> variants,
                           List<TestVector.ExpectedReceipt> expectedReceipts, Cid expectedRoot) {
    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
