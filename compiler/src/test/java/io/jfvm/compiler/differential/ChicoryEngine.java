package io.jfvm.compiler.differential;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import io.jfvm.compiler.ir.FuncType;

/** The reference: Chicory's interpreter, which passes the spec test suite. */
final class ChicoryEngine implements Engine {
    private static final int PAGE_SIZE = 65536;

    private final Instance instance;

    ChicoryEngine(byte[] wasm) {
        this.instance = Instance.builder(Parser.parse(wasm)).build();
    }

    @Override
    public CallResult call(String name, FuncType type, long[] args) {
        long[] results;
        try {
            results = instance.export(name).apply(args);
        } catch (ChicoryInterruptedException e) {
            throw e; // the call took too long and was interrupted: not an outcome to compare
        } catch (ChicoryException e) {
            return CallResult.trapped(e.getMessage());
        } catch (StackOverflowError e) {
            return CallResult.trapped("call stack exhausted");
        }
        return CallResult.returned(type.results(), results == null ? new long[0] : results);
    }

    @Override
    public byte[] memory() {
        Memory memory = instance.memory();
        return memory == null ? null : memory.readBytes(0, memory.pages() * PAGE_SIZE);
    }
}
