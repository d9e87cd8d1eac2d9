package io.jfvm.compiler.ir;

import java.util.List;

/** A function signature. Equality is structural, as WebAssembly type checks require. */
public record FuncType(List<ValType> params, List<ValType> results) {
    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(List<ValType> params, List<ValType> results) {
        return new FuncType(params, results);
    }

    @Override
    public String toString() {
        return params + " -> " + results;
    }
}
