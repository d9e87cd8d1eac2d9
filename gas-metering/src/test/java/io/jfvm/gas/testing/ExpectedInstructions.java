package io.jfvm.gas.testing;

import io.jfvm.compiler.ir.BlockType;
import io.jfvm.compiler.ir.Instr;
import io.jfvm.compiler.ir.Op;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code gas_metering_other/*.expected.txt} file: instruction lists transcribed from fvm-wasm-instrument's
 * Rust tests, one mnemonic per line, grouped under {@code ;; expected body of function index K} headers (K is the
 * position in the code section), or a single {@code ;; expects inject() to FAIL}.
 */
public final class ExpectedInstructions {
    public final boolean expectsFailure;
    /** Bodies by defined-function index, in file order. */
    public final Map<Integer, List<Instr>> bodies;

    private ExpectedInstructions(boolean expectsFailure, Map<Integer, List<Instr>> bodies) {
        this.expectsFailure = expectsFailure;
        this.bodies = bodies;
    }

    public static ExpectedInstructions read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        boolean fail = false;
        Map<Integer, List<Instr>> bodies = new LinkedHashMap<>();
        List<Instr> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith(";; expects inject() to FAIL")) {
                fail = true;
                continue;
            }
            if (line.startsWith(";; expected body of function index ")) {
                int k = Integer.parseInt(line.substring(";; expected body of function index ".length()).split(" ")[0]);
                current = new ArrayList<>();
                bodies.put(k, current);
                continue;
            }
            if (line.isEmpty() || line.startsWith(";;")) {
                continue;
            }
            int comment = line.indexOf(";;");
            if (comment >= 0) {
                line = line.substring(0, comment).strip();
            }
            if (current == null) {
                throw new AssertionError(file + ": instruction before any body header: " + raw);
            }
            current.add(parse(line, file));
        }
        return new ExpectedInstructions(fail, bodies);
    }

    static Instr parse(String line, Path file) {
        String[] parts = line.split("\\s+");
        Op op = null;
        for (Op o : Op.values()) {
            if (o.text.equals(parts[0])) {
                op = o;
                break;
            }
        }
        if (op == null) {
            throw new AssertionError(file + ": unknown instruction " + line);
        }
        return switch (op.immediate) {
            case NONE -> Instr.of(op);
            case BLOCK -> Instr.block(op, BlockType.EMPTY);
            case LABEL -> Instr.branch(op, Integer.parseInt(parts[1]));
            case FUNC, LOCAL, GLOBAL, TABLE, DATA, ELEM -> Instr.indexed(op, Integer.parseInt(parts[1]));
            case MEMORY -> Instr.indexed(op, 0);
            case DATA_MEMORY -> Instr.indexed(op, Integer.parseInt(parts[1]), 0);
            case I32 -> Instr.i32(Integer.parseInt(parts[1]));
            case I64 -> Instr.i64(Long.parseLong(parts[1]));
            default -> throw new AssertionError(file + ": unsupported immediate in " + line);
        };
    }
}
