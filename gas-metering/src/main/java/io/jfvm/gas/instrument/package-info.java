/**
 * A port of fvm-wasm-instrument 0.2.0 (FVM v2) and 0.4.0 (FVM v3/v4) as IR passes: feature check, stack limiter and
 * gas metering, assembled by {@link io.jfvm.gas.instrument.FvmInstrumentation}. The gas the FVM charges for wasm
 * execution is exactly what these passes inject, so they reproduce upstream bit for bit, quirks included.
 */
package io.jfvm.gas.instrument;
