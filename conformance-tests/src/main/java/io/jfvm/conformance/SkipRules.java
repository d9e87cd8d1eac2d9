package io.jfvm.conformance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vectors that are not run, each with its reason. {@link #reference()} holds the rules ref-fvm's own runners apply
 * to this corpus (selectors it cannot satisfy; {@code .*}/DisputeWindowedPoSt/Ok/{@code .*}, which cannot succeed
 * while proofs are treated as valid — the policy the vectors were produced with).
 */
public final class SkipRules {
    private record PathRule(Pattern pattern, String reason) {}

    private final List<PathRule> pathRules;

    private SkipRules(List<PathRule> pathRules) {
        this.pathRules = pathRules;
    }

    /** No path rules: only unsupported vector classes and selectors are skipped. */
    public static SkipRules none() {
        return new SkipRules(List.of());
    }

    /** The reference runner's rules (ref-fvm {@code testing/conformance/src/driver.rs}, release/v2 and release/v3). */
    public static SkipRules reference() {
        return new SkipRules(List.of(new PathRule(Pattern.compile(".*/DisputeWindowedPoSt/Ok/.*"),
                "skipped as by the reference runner: proofs are treated as valid, so a successful PoSt dispute"
                        + " cannot be reproduced")));
    }

    /** Why {@code vector} is skipped, or empty if it runs. */
    public Optional<String> skipReason(TestVector vector) {
        if (!"message".equals(vector.vectorClass())) {
            return Optional.of("vector class \"" + vector.vectorClass() + "\" is not supported (only \"message\")");
        }
        if ("true".equals(vector.selector().get("chaos_actor"))) {
            return Optional.of("needs the chaos actor");
        }
        if ("chocolate".equals(vector.selector().get("min_protocol_version"))) {
            return Optional.of("minimum protocol version \"chocolate\" is not supported");
        }
        if ("true".equals(vector.selector().get("requires:consensus_fault_extern"))) {
            return Optional.of("needs the consensus-fault extern");
        }
        String path = vector.path().toString().replace('\\', '/');
        for (PathRule r : pathRules) {
            if (r.pattern().matcher(path).matches()) {
                return Optional.of(r.reason());
            }
        }
        return Optional.empty();
    }
}
