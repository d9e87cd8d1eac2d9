package io.jfvm.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jfvm.gas.Gas;
import io.jfvm.gas.GasCharge;
import io.jfvm.ipld.types.ActorState;
import io.jfvm.ipld.types.Receipt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The machine-readable report of a run: a summary and every vector with its verdict, reason, time, expected and
 * actual figures (exit code, return bytes as base64, gas used, state root), the differing actors and, for a
 * gas mismatch, the gas trace.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static void write(Path file, List<VectorResult> results, long totalMillis) throws IOException {
        JSON.writeValue(file.toFile(), toJson(results, totalMillis));
    }

    static ObjectNode toJson(List<VectorResult> results, long totalMillis) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("total", results.size());
        for (Verdict v : Verdict.values()) {
            summary.put(v.name().toLowerCase(), results.stream().filter(r -> r.verdict() == v).count());
        }
        summary.put("time_ms", totalMillis);
        ArrayNode vectors = root.putArray("vectors");
        for (VectorResult r : results) {
            vectors.add(vector(r));
        }
        return root;
    }

    private static ObjectNode vector(VectorResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("path", r.path().toString());
        o.put("nv", r.networkVersion());
        o.put("verdict", r.verdict().name().toLowerCase());
        o.put("reason", r.reason());
        o.put("time_ms", r.timeMillis());
        ObjectNode expected = o.putObject("expected");
        expected.put("state_root", r.expectedRoot() == null ? null : r.expectedRoot().toString());
        ArrayNode er = expected.putArray("receipts");
        for (TestVector.ExpectedReceipt e : r.expectedReceipts()) {
            er.add(receipt(e.exitCode(), e.returnData(), e.gasUsed()));
        }
        ArrayNode variants = o.putArray("variants");
        for (VariantResult v : r.variants()) {
            ObjectNode vo = variants.addObject();
            vo.put("id", v.variantId());
            vo.put("epoch", v.epoch());
            vo.put("nv", v.networkVersion());
            vo.put("expected_state_root", v.expectedRoot().toString());
            vo.put("actual_state_root", v.actualRoot() == null ? null : v.actualRoot().toString());
            ArrayNode receipts = vo.putArray("receipts");
            for (MessageResult m : v.messages()) {
                ObjectNode mo = receipts.addObject();
                mo.put("index", m.index());
                mo.put("matches", m.matches());
                mo.set("expected", receipt(m.expected().exitCode(), m.expected().returnData(), m.expected().gasUsed()));
                Receipt a = m.actual();
                mo.set("actual", receipt(a.exitCode(), a.returnData(), a.gasUsed()));
                mo.put("failure_info", m.failureInfo());
                if (!m.gasTrace().isEmpty()) {
                    ArrayNode trace = mo.putArray("gas_trace");
                    for (GasCharge c : m.gasTrace()) {
                        ObjectNode co = trace.addObject();
                        co.put("name", c.name());
                        co.put("compute", Gas.format(c.computeMilligas()));
                        co.put("other", Gas.format(c.otherMilligas()));
                        co.put("total", Gas.format(c.totalMilligas()));
                    }
                }
            }
            if (!v.actorDifferences().isEmpty() || v.missingDiffBlocks() > 0) {
                ArrayNode diffs = vo.putArray("actor_differences");
                for (ActorDifference d : v.actorDifferences()) {
                    ObjectNode dO = diffs.addObject();
                    dO.put("id", Long.toUnsignedString(d.id()));
                    dO.put("description", d.describe());
                    dO.set("expected", actor(d.expected(), d.expectedName()));
                    dO.set("actual", actor(d.actual(), d.actualName()));
                }
                vo.put("actor_diff_missing_blocks", v.missingDiffBlocks());
            }
        }
        return o;
    }

    private static ObjectNode receipt(int exit, byte[] ret, long gas) {
        ObjectNode o = JSON.createObjectNode();
        o.put("exit_code", exit);
        o.put("return", Base64.getEncoder().encodeToString(ret));
        o.put("gas_used", gas);
        return o;
    }

    private static ObjectNode actor(ActorState a, String name) {
        if (a == null) {
            return null;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("code", a.code().toString());
        o.put("actor", name);
        o.put("state", a.state().toString());
        o.put("nonce", Long.toUnsignedString(a.sequence()));
        o.put("balance", a.balance().atto().toString());
        if (a.delegatedAddress() != null) {
            o.put("delegated_address", a.delegatedAddress().toString());
        }
        return o;
    }
}
