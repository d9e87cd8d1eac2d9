package io.jfvm.compiler.codegen;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the bytecode length of every method from a class file. ASM does not expose code sizes, and the sizes
 * are what matter: 64 KB is the class-file limit and 8,000 bytes HotSpot's {@code HugeMethodLimit}.
 */
final class ClassFileSizes {
    private ClassFileSizes() {}

    /** Method name + descriptor → bytecode length. */
    static Map<String, Integer> codeLengths(byte[] classFile) {
        ByteBuffer b = ByteBuffer.wrap(classFile);
        b.position(8);
        int count = b.getShort() & 0xFFFF;
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = b.get();
            switch (tag) {
                case 1 -> {
                    int len = b.getShort() & 0xFFFF;
                    byte[] s = new byte[len];
                    b.get(s);
                    utf8[i] = new String(s, java.nio.charset.StandardCharsets.UTF_8);
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                default -> throw new IllegalStateException("unknown constant pool tag " + tag);
            }
        }
        b.position(b.position() + 6);
        int interfaces = b.getShort() & 0xFFFF;
        b.position(b.position() + 2 * interfaces);
        int fields = b.getShort() & 0xFFFF;
        for (int i = 0; i < fields; i++) {
            b.position(b.position() + 6);
            skipAttributes(b);
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        int methods = b.getShort() & 0xFFFF;
        for (int i = 0; i < methods; i++) {
            b.getShort();
            String name = utf8[b.getShort() & 0xFFFF];
            String desc = utf8[b.getShort() & 0xFFFF];
            int attributes = b.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                String attr = utf8[b.getShort() & 0xFFFF];
                int len = b.getInt();
                int next = b.position() + len;
                if (attr.equals("Code")) {
                    b.getInt(); // max_stack, max_locals
                    out.put(name + desc, b.getInt());
                }
                b.position(next);
            }
        }
        return out;
    }

    private static void skipAttributes(ByteBuffer b) {
        int n = b.getShort() & 0xFFFF;
        for (int i = 0; i < n; i++) {
            b.getShort();
            int len = b.getInt();
            b.position(b.position() + len);
        }
    }
}
