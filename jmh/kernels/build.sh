#!/usr/bin/env bash
# Builds the compute kernels into OUT_DIR (default jmh/target/kernels):
#   <name>.wasm          each kernels/*.c compiled by clang for wasm32
#   <name>.metered.wasm  the same after the FVM's instrumentation without intrinsics (io.jfvm.jmh.kernels
#                        .InstrumentKernel), so V8 and Chicory can run the metered code jfvm runs
#   kernels.json         the catalog: export, iterations and expected checksum of each kernel
# The instrumentation runs from jmh/target/benchmarks.jar (mvn -B -o -pl jmh package -DskipTests), or from the
# class path in JFVM_KERNELS_CLASSPATH when set (the tests set it to theirs).
#
# -mcpu=mvp keeps out what the FVM's feature check rejects (multi-value) and what FVM v2 rejects
# (sign extension, saturating conversions, reference types); -fno-builtin and -nostdlib because there is no libc.
set -euo pipefail

kernels="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jmh="$(dirname "$kernels")"
out="${1:-$jmh/target/kernels}"
classpath="${JFVM_KERNELS_CLASSPATH:-$jmh/target/benchmarks.jar}"

if [[ -z "${JFVM_KERNELS_CLASSPATH:-}" && ! -f "$classpath" ]]; then
  echo "build.sh: $classpath not found; build it first: mvn -B -o -pl jmh package -DskipTests" >&2
  exit 1
fi

mkdir -p "$out"
pairs=()
for source in "$kernels"/*.c; do
  name="$(basename "$source" .c)"
  clang --target=wasm32 -O2 -mcpu=mvp -nostdlib -fno-builtin -Wl,--no-entry -o "$out/$name.wasm" "$source"
  pairs+=("$out/$name.wasm" "$out/$name.metered.wasm")
done
java -cp "$classpath" io.jfvm.jmh.kernels.InstrumentKernel "${pairs[@]}"
cp "$kernels/kernels.json" "$out/kernels.json"
echo "kernels built in $out"
