// Runs the compute kernels on V8, plain and FVM-instrumented, with the iteration counts of kernels.json, so
// the numbers compare with ComputeKernelBenchmark's. Each module is warmed up for WARMUP_MS (V8 tiers up from
// Liftoff to TurboFan), then measured over ROUNDS rounds of ROUND_MS; the checksum is checked on every call.
//
// Usage: node jmh/kernels/v8-bench.mjs [KERNELS_DIR] OUT.json   (KERNELS_DIR defaults to jmh/target/kernels)
// Writes {"node","v8","results":[{"kernel","variant":"plain"|"metered","nsPerOp","iterations"}]}.
import fs from 'node:fs';
import path from 'node:path';

const WARMUP_MS = 5000;
const ROUNDS = 5;
const ROUND_MS = 2000;
/** Gas for the metered modules: far more than any run uses, reset before every call as the JVM side does. */
const UNLIMITED_GAS = (1n << 62n) - 1n;

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  console.error('usage: node v8-bench.mjs [KERNELS_DIR] OUT.json');
  process.exit(2);
}
const out = args[args.length - 1];
const dir = path.resolve(args.length === 2 ? args[0] : 'jmh/target/kernels');
const catalogFile = path.join(dir, 'kernels.json');
if (!fs.existsSync(catalogFile)) {
  console.error(`compiled kernels not found in ${dir}: run jmh/kernels/build.sh`);
  process.exit(1);
}
const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8')).kernels;

async function instantiate(file, gas) {
  const imports = gas ? { gas: { gas_counter: gas } } : {};
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(file), imports);
  return instance;
}

/** Calls run(iterations) once, checking the checksum (compared as the i64's unsigned bits). */
function call(kernel, run, gas) {
  if (gas) {
    gas.value = UNLIMITED_GAS;
  }
  const result = BigInt.asUintN(64, run(kernel.iterations));
  if (result !== BigInt('0x' + kernel.checksum)) {
    throw new Error(`${kernel.name}: checksum ${result.toString(16).padStart(16, '0')}, expected ${kernel.checksum}`);
  }
}

/** Calls repeatedly for at least ms milliseconds; returns [calls, elapsed nanoseconds]. */
function repeatFor(kernel, run, gas, ms) {
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1000000n;
  let calls = 0;
  let now;
  do {
    call(kernel, run, gas);
    calls++;
    now = process.hrtime.bigint();
  } while (now < deadline);
  return [calls, Number(now - start)];
}

const results = [];
for (const kernel of catalog) {
  for (const variant of ['plain', 'metered']) {
    const file = path.join(dir, kernel.name + (variant === 'metered' ? '.metered.wasm' : '.wasm'));
    const gas = variant === 'metered'
      ? new WebAssembly.Global({ value: 'i64', mutable: true }, UNLIMITED_GAS) : null;
    const run = (await instantiate(file, gas)).exports[kernel.export];
    repeatFor(kernel, run, gas, WARMUP_MS);
    let calls = 0;
    let nanos = 0;
    const perRound = [];
    for (let r = 0; r < ROUNDS; r++) {
      const [c, ns] = repeatFor(kernel, run, gas, ROUND_MS);
      calls += c;
      nanos += ns;
      perRound.push((ns / c / 1000).toFixed(1));
    }
    const nsPerOp = nanos / calls;
    console.log(`${kernel.name} ${variant}: ${(nsPerOp / 1000).toFixed(1)} us/op (rounds: ${perRound.join(', ')})`);
    results.push({ kernel: kernel.name, variant, nsPerOp: Number(nsPerOp.toFixed(1)), iterations: kernel.iterations });
  }
}
fs.writeFileSync(out, JSON.stringify({ node: process.version, v8: process.versions.v8, results }) + '\n');
console.log(`written ${out}`);
