package io.jfvm.conformance;

import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.types.Receipt;
import java.util.Arrays;
import java.util.List;

/**
 * One applied message: the expected receipt against the actual one.
 *
 * @param index the message's position in the vector
 * @param expected the expected receipt
 * @param actual the actual receipt
 * @param failureInfo the executor's explanation of a non-zero exit, or null
 * @param gasTrace the gas charges, kept only when gas differs
 */
public record MessageResult(int index, TestVector.ExpectedReceipt expected, Receipt actual, String failureInfo,
                            List<GasCharge> gasTrace) {
    public boolean exitCodeMatches() {
        return expected.exitCode() == actual.exitCode();
    }

    public boolean returnMatches() {
        return Arrays.equals(expected.returnData(), actual.returnData());
    }

    public boolean gasMatches() {
        return expected.gasUsed() == actual.gasUsed();
    }

    public boolean matches() {
        return exitCodeMatches() && returnMatches() && gasMatches();
    }

    /** What differs, e.g. {@code receipt 0: gas used 100 != expected 120 (-20)}; null when it matches. */
    public String mismatch() {
        if (matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("receipt ").append(index).append(":");
        if (!exitCodeMatches()) {
            sb.append(" exit code ").append(actual.exitCode()).append(" != expected ").append(expected.exitCode());
            if (failureInfo != null) {
                sb.append(" (").append(failureInfo).append(")");
            }
        }
        if (!returnMatches()) {
            sb.append(" return ").append(actual.returnData().length).append(" bytes != expected ")
                    .append(expected.returnData().length).append(" bytes");
        }
        if (!gasMatches()) {
            long d = actual.gasUsed() - expected.gasUsed();
            sb.append(" gas used ").append(actual.gasUsed()).append(" != expected ").append(expected.gasUsed())
                    .append(" (").append(d > 0 ? "+" : "").append(d).append(")");
        }
        return sb.toString();
    }
}
